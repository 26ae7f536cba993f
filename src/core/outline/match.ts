// Matches heading candidates to a template's sections by title, and picks the template that fits a document best.
import type { Template, TemplateSection } from '../types';
import { DEFAULT_TEMPLATE_ID, allTemplates, getTemplate } from '../templates/index';
import type { AliasIndex, Candidate, HeadingStyle } from './candidates';
import { MATCH_THRESHOLD, headingKey, similarity, toKey, type Key } from './normalize';

/** A heading matched to a template section. */
export interface SectionMatch {
  /** Index into the candidates (or sections) list. */
  section: number;
  templateSection: number;
  score: number;
}

/** One match per template section at most, and the headings that repeat a matched section. */
export interface TemplateMatch {
  matches: SectionMatch[];
  /** Headings that repeat an already matched template section under (nearly) the same title. */
  duplicates: SectionMatch[];
}

/** How much a style of heading is worth: a real heading beats emphasis, which beats a plain line, which beats a label. */
const STYLE_WEIGHT: Record<HeadingStyle, number> = {
  atx: 1,
  setext: 1,
  html: 1,
  emphasis: 0.99,
  plain: 0.97,
  label: 0.95,
};

/**
 * Keys of a template section: its title first, then its aliases. Derived once per template object: templates
 * are immutable data (built-ins are constants, custom ones are frozen with the model), and recomputing them on
 * every keystroke was the largest cost of a lint (a 600-word postmortem: 6.7 ms → under 1 ms).
 */
const keysOf = new WeakMap<TemplateSection, Key[]>();
export function sectionKeys(ts: TemplateSection): Key[] {
  let k = keysOf.get(ts);
  if (!k) keysOf.set(ts, (k = [ts.title, ...ts.aliases].map((a) => toKey(headingKey(a)))));
  return k;
}

/** How well a heading key matches a template section (title match 1, alias match up to 0.98). */
export function sectionScore(key: string | Key, keys: readonly Key[]): number {
  const k = typeof key === 'string' ? toKey(key) : key;
  let best = similarity(k, keys[0]!);
  for (let i = 1; i < keys.length && best < 1; i++) best = Math.max(best, similarity(k, keys[i]!) * 0.98);
  return best;
}

/**
 * Scores of every candidate against every section of a template (rows: candidates), from the alias keys each
 * candidate resembles (found once per candidate against all templates).
 */
export function scoreTable(candidates: readonly Candidate[], template: Template, index: AliasIndex): number[][] {
  // A template not in the index (forced by id but not listed) is scored directly (asked once, not per candidate).
  const indexed = index.refs.some((list) => list.some((r) => r.template === template));
  return candidates.map((c) => {
    const row = new Array<number>(template.sections.length).fill(0);
    for (let h = 0; h < c.hits.length; h++) {
      const [ki, sim] = c.hits[h]!;
      for (const r of index.refs[ki]!) {
        if (r.template !== template) continue;
        const v = sim * (r.title ? 1 : 0.98) * STYLE_WEIGHT[c.style];
        if (v > row[r.section]!) row[r.section] = v;
      }
    }
    if (!indexed)
      template.sections.forEach((ts, i) => (row[i] = sectionScore(c.k, sectionKeys(ts)) * STYLE_WEIGHT[c.style]));
    return row;
  });
}

/**
 * Matches candidates greedily by score (then real headings first, then earlier line), keeping template order
 * between equally good headings; `skip` excludes candidates (the document title).
 */
export function matchTemplate(
  candidates: readonly Candidate[],
  scores: number[][],
  skip: ReadonlySet<number> = new Set(),
): TemplateMatch {
  const pairs: SectionMatch[] = [];
  candidates.forEach((c, si) => {
    if (skip.has(si)) return;
    scores[si]!.forEach((score, ti) => {
      if (score >= MATCH_THRESHOLD * STYLE_WEIGHT[c.style]) pairs.push({ section: si, templateSection: ti, score });
    });
  });
  const rank = (c: Candidate): number => c.rank ?? 7;
  pairs.sort(
    (a, b) => b.score - a.score || rank(candidates[a.section]!) - rank(candidates[b.section]!) || a.section - b.section,
  );
  const usedS = new Set<number>(),
    usedT = new Map<number, SectionMatch>();
  const matches: SectionMatch[] = [],
    duplicates: SectionMatch[] = [];
  for (const p of pairs) {
    if (usedS.has(p.section)) continue;
    const prior = usedT.get(p.templateSection);
    if (prior) {
      const a = candidates[prior.section]!,
        b = candidates[p.section]!;
      if (p.score >= 0.85 && b.style !== 'label' && rank(a) === rank(b) && similarity(a.k, b.k) >= 0.85) {
        duplicates.push(p);
        usedS.add(p.section);
      }
      continue;
    }
    usedS.add(p.section);
    usedT.set(p.templateSection, p);
    matches.push(p);
  }
  preferInOrder(pairs, matches, usedS);
  matches.sort((a, b) => a.section - b.section);
  duplicates.sort((a, b) => a.section - b.section);
  return { matches, duplicates };
}

// True when `section` sits, among the other matches, where template order puts template section `t`.
function inOrder(matches: readonly SectionMatch[], skip: SectionMatch, t: number, section: number): boolean {
  for (const m of matches) {
    if (m === skip) continue;
    if (m.templateSection < t ? m.section > section : m.section < section) return false;
  }
  return true;
}

/**
 * Between headings that match a template section equally well ("Root Cause:" as a summary field and a
 * later "Root Cause & Fix" heading), keeps the one in template order.
 */
function preferInOrder(pairs: readonly SectionMatch[], matches: SectionMatch[], usedS: Set<number>): void {
  for (let i = 0; i < matches.length; i++) {
    const m = matches[i]!;
    if (inOrder(matches, m, m.templateSection, m.section)) continue;
    const alt = pairs.find(
      (p) =>
        p.templateSection === m.templateSection &&
        !usedS.has(p.section) &&
        p.score >= m.score - 0.03 &&
        inOrder(matches, m, p.templateSection, p.section),
    );
    if (!alt) continue;
    usedS.delete(m.section);
    usedS.add(alt.section);
    matches[i] = alt;
  }
}

/** How well a template fits: coverage of its (required-weighted) sections and of the document's headings. */
function templateFit(
  candidates: readonly Candidate[],
  template: Template,
  skip: ReadonlySet<number>,
  index: AliasIndex,
): number {
  // Labels with text after them ("Impact: …") are fields more often than headings: they do not vote for a template;
  // a label alone on its line ("Timeline:") is a heading and does.
  // The first 200 headings decide (a 1 MB log of incidents need not be read to the end to know its format).
  const headings = candidates
    .slice(0, 200)
    .map((c, i) => (c.style === 'label' && (c.bodyColumn !== undefined || c.rest?.trim()) ? -1 : i))
    .filter((i) => i >= 0 && !skip.has(i));
  const subset = headings.map((i) => candidates[i]!);
  const { matches } = matchTemplate(subset, scoreTable(subset, template, index));
  if (matches.length < 2) return 0;
  let got = 0,
    want = 0,
    covered = 0;
  for (const ts of template.sections) want += ts.required ? 1 : 0.3;
  let plainMatched = 0;
  for (const m of matches) {
    got += m.score * (template.sections[m.templateSection]!.required ? 1 : 0.3);
    covered++;
    if (subset[m.section]!.style === 'plain') plainMatched++;
  }
  // Of the lines that look like headings (plain lines only where they name this template's sections), how many match.
  const real = subset.filter((c) => c.style !== 'plain').length + plainMatched || 1;
  return 0.5 * (got / want) + 0.5 * Math.min(1, covered / real);
}

/** Chooses the template: option, then hint (front matter / marker), then best match, then the default. */
export function chooseTemplate(
  candidates: readonly Candidate[],
  skip: ReadonlySet<number>,
  hint: string | undefined,
  opts: { template?: string; defaultTemplate?: string; customTemplates?: readonly Template[] },
  index: AliasIndex,
): { template: Template; source: 'option' | 'hint' | 'match' | 'default' } {
  const custom = opts.customTemplates ?? [];
  const forced = opts.template ? getTemplate(opts.template, custom) : undefined;
  if (forced) return { template: forced, source: 'option' };
  const hinted = hint ? getTemplate(hint, custom) : undefined;
  if (hinted) return { template: hinted, source: 'hint' };
  const fallback =
    getTemplate(opts.defaultTemplate ?? DEFAULT_TEMPLATE_ID, custom) ?? getTemplate(DEFAULT_TEMPLATE_ID)!;
  let best: Template | undefined,
    bestFit = 0;
  for (const t of allTemplates(custom)) {
    const fit = templateFit(candidates, t, skip, index) + (t.id === fallback.id ? 0.05 : 0);
    if (fit > bestFit) [best, bestFit] = [t, fit];
  }
  return best && bestFit >= 0.3 ? { template: best, source: 'match' } : { template: fallback, source: 'default' };
}
