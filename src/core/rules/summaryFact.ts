// Shared shape of the summary-fact rules (PM006–PM011): a template section must state one fact.
import type { ParsedDocument } from '../parse/model';
import type { Finding, SummaryFacts, TemplateSection } from '../types';
import { finding, lineRange, templateHas, type Rule, type RuleContext } from './rule';

type Check = NonNullable<TemplateSection['content']>[number];

// Counts words on the prose lines [from, to) (a cheap check that a section has content).
function wordsIn(doc: ParsedDocument, from: number, to: number): number {
  let n = 0;
  for (let i = from; i < to && n < 3; i++) if (doc.prose[i]) n += (doc.lines[i]!.match(/[\p{L}\p{N}]+/gu) ?? []).length;
  return n;
}

/** Builds a rule that reports, on the heading of the first section holding `check`, when `has(facts)` is false. */
export function summaryFactRule(spec: {
  id: string; name: string; check: Check; description: string; message: string;
  has(f: SummaryFacts): boolean;
  /** Only report when this holds (e.g. zone: only when times are given). */
  relevant?(f: SummaryFacts): boolean;
  /** A section whose template title matches this and holds prose states the fact by itself ("Root Cause Analysis"). */
  titled?: RegExp;
}): Rule {
  return {
    id: spec.id, name: spec.name, description: spec.description, tags: ['summary'], severity: 'warning',
    appliesTo: (t) => templateHas(t, spec.check),
    check(doc: ParsedDocument, ctx: RuleContext): Finding[] {
      const all = ctx.sectionsWith(spec.check);
      const where = all[0];
      if (!where) return [];
      if (spec.titled && all.some((w) => spec.titled!.test(w.templateSection.title) && wordsIn(doc, w.section.bodyStartLine, w.section.endLine) >= 3)) return [];
      const f = ctx.factsFor(spec.check);
      if (spec.has(f) || (spec.relevant && !spec.relevant(f))) return [];
      return [finding(this, `${where.section.title}: ${spec.message}`, lineRange(doc, where.section.headingLine))];
    },
  };
}
