// Shared shape of the summary-fact rules (PM006–PM011): a template section must state one fact.
import type { ContentCheck, Finding, PostmortemModel, SummaryFacts } from '../types';
import { factsFor, finding, lineRange, regionName, regionWords, regionsWith, templateHas, type Rule } from './rule';

/** Builds a rule that reports, on the first section holding `check`, when `has(facts)` is false. */
export function summaryFactRule(spec: {
  id: string;
  name: string;
  check: ContentCheck;
  description: string;
  message: string | ((f: SummaryFacts) => string);
  has(f: SummaryFacts): boolean;
  /** Only report when this holds. */
  relevant?(f: SummaryFacts): boolean;
  /** A section whose template title matches this and holds prose states the fact by itself ("Root Cause Analysis"). */
  titled?: RegExp;
}): Rule {
  return {
    id: spec.id,
    name: spec.name,
    description: spec.description,
    tags: ['summary'],
    severity: 'warning',
    appliesTo: (t) => templateHas(t, spec.check),
    check(m: PostmortemModel): Finding[] {
      const all = regionsWith(m, spec.check);
      const where = all[0];
      if (!where) return [];
      if (
        spec.titled &&
        all.some((w) => spec.titled!.test(w.templateSection.title) && regionWords(m, w.region, 3) >= 3)
      )
        return [];
      const f = factsFor(m, spec.check);
      if (spec.has(f) || (spec.relevant && !spec.relevant(f))) return [];
      const message = typeof spec.message === 'string' ? spec.message : spec.message(f);
      return [finding(this, `${regionName(m, where.region)}: ${message}`, lineRange(m, where.region.anchorLine))];
    },
  };
}
