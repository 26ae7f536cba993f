// Matches a document's sections to a template's sections, and picks the template that fits best.
import { MATCH_THRESHOLD, headingKey, similarity } from '../parse/normalize';
import type { PostmortemDocument, Section, Template, TemplateSection } from '../types';
import { DEFAULT_TEMPLATE_ID, allTemplates, getTemplate } from './index';

/** A section of the document matched to a template section. */
export interface SectionMatch {
  section: number;
  templateSection: number;
  score: number;
}

/** Result of matching: one match per template section at most, and headings that repeat a matched section. */
export interface TemplateMatch {
  matches: SectionMatch[];
  /** Sections that repeat an already matched template section under (nearly) the same title. */
  duplicates: SectionMatch[];
}

const keyCache = new WeakMap<TemplateSection, string[]>();

// Keys of a template section: its title first, then its aliases.
function keysOf(ts: TemplateSection): string[] {
  let k = keyCache.get(ts);
  if (!k) keyCache.set(ts, (k = [ts.title, ...ts.aliases].map(headingKey)));
  return k;
}

/** How well a heading matches a template section (title match 1, alias match up to 0.98). */
export function sectionScore(key: string, ts: TemplateSection): number {
  const keys = keysOf(ts);
  let best = similarity(key, keys[0]!);
  for (let i = 1; i < keys.length && best < 1; i++) best = Math.max(best, similarity(key, keys[i]!) * 0.98);
  return best;
}

const scoreCache = new WeakMap<Template, Map<string, number[]>>();

// Scores of a heading key against every section of a template (memoised per template and key).
function scoresFor(key: string, template: Template): number[] {
  let m = scoreCache.get(template);
  if (!m) scoreCache.set(template, (m = new Map()));
  let scores = m.get(key);
  if (!scores) {
    scores = template.sections.map((ts) => sectionScore(key, ts));
    if (m.size > 5000) m.clear();
    m.set(key, scores);
  }
  return scores;
}

const matchCache = new WeakMap<readonly Section[], Map<Template, TemplateMatch>>();

/** Matches sections greedily by score (then shallower level, then earlier line); memoised per sections array. */
export function matchTemplate(sections: readonly Section[], template: Template): TemplateMatch {
  let byTemplate = matchCache.get(sections);
  if (!byTemplate) matchCache.set(sections, (byTemplate = new Map()));
  let result = byTemplate.get(template);
  if (!result) byTemplate.set(template, (result = computeMatch(sections, template)));
  return result;
}

// Scores every (section, template section) pair once per distinct heading key, then assigns greedily.
const sectionKeys = new WeakMap<readonly Section[], string[]>();

// Heading keys of a sections array, computed once for all the templates it is matched against.
function keysOfSections(sections: readonly Section[]): string[] {
  let k = sectionKeys.get(sections);
  if (!k) sectionKeys.set(sections, (k = sections.map((s) => headingKey(s.title))));
  return k;
}

function computeMatch(sections: readonly Section[], template: Template): TemplateMatch {
  const pairs: SectionMatch[] = [];
  const keys = keysOfSections(sections);
  for (let si = 0; si < sections.length; si++) {
    const key = keys[si]!;
    if (!key) continue;
    const scores = scoresFor(key, template);
    for (let ti = 0; ti < scores.length; ti++) {
      const score = scores[ti]!;
      if (score >= MATCH_THRESHOLD) pairs.push({ section: si, templateSection: ti, score });
    }
  }
  pairs.sort((a, b) => b.score - a.score || sections[a.section]!.level - sections[b.section]!.level || a.section - b.section);
  const usedS = new Set<number>(), usedT = new Map<number, SectionMatch>();
  const matches: SectionMatch[] = [], duplicates: SectionMatch[] = [];
  for (const p of pairs) {
    if (usedS.has(p.section)) continue;
    const prior = usedT.get(p.templateSection);
    if (prior) {
      const a = sections[prior.section]!, b = sections[p.section]!;
      if (p.score >= 0.85 && a.level === b.level && similarity(headingKey(a.title), headingKey(b.title)) >= 0.85) {
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
 * later "Root Cause & Fix" heading), keeps the one in template order: swaps an out-of-order match for an
 * unused, equally scored candidate that is in order.
 */
function preferInOrder(pairs: readonly SectionMatch[], matches: SectionMatch[], usedS: Set<number>): void {
  for (let i = 0; i < matches.length; i++) {
    const m = matches[i]!;
    if (inOrder(matches, m, m.templateSection, m.section)) continue;
    const alt = pairs.find((p) => p.templateSection === m.templateSection && !usedS.has(p.section) && p.score >= m.score - 1e-9 && inOrder(matches, m, p.templateSection, p.section));
    if (!alt) continue;
    usedS.delete(m.section);
    usedS.add(alt.section);
    matches[i] = alt;
  }
}

const wantCache = new WeakMap<Template, number>();

// The weight of a template's sections (required 1, optional 0.3), summed in section order.
function wantOf(template: Template): number {
  let want = wantCache.get(template);
  if (want === undefined) {
    want = 0;
    for (const ts of template.sections) want += ts.required ? 1 : 0.3;
    wantCache.set(template, want);
  }
  return want;
}

/** How well a template fits: coverage of its (required-weighted) sections and of the document's headings. */
export function templateFit(doc: PostmortemDocument, template: Template): number {
  const { matches } = matchTemplate(doc.sections, template);
  if (matches.length < 2) return 0;
  let got = 0, covered = 0;
  const want = wantOf(template);
  for (const m of matches) {
    got += m.score * (template.sections[m.templateSection]!.required ? 1 : 0.3);
    if (doc.sections[m.section]!.style !== 'plain') covered++;
  }
  let headings = 0;
  for (const s of doc.sections) if (s.headingLine !== doc.titleLine && s.style !== 'plain') headings++;
  headings ||= 1;
  return 0.5 * (got / want) + 0.5 * Math.min(1, covered / headings);
}

/** Chooses the template: option, then hint (front matter / comment), then best match, then the default. */
export function chooseTemplate(
  doc: PostmortemDocument,
  opts: { template?: string; defaultTemplate?: string; customTemplates?: readonly Template[] } = {},
): { template: Template; source: 'option' | 'hint' | 'match' | 'default' } {
  const custom = opts.customTemplates ?? [];
  const forced = opts.template ? getTemplate(opts.template, custom) : undefined;
  if (forced) return { template: forced, source: 'option' };
  const hinted = doc.templateHint ? getTemplate(doc.templateHint, custom) : undefined;
  if (hinted) return { template: hinted, source: 'hint' };
  const fallback = getTemplate(opts.defaultTemplate ?? DEFAULT_TEMPLATE_ID, custom) ?? getTemplate(DEFAULT_TEMPLATE_ID)!;
  let best: Template | undefined, bestFit = 0;
  for (const t of allTemplates(custom)) {
    const fit = templateFit(doc, t) + (t.id === fallback.id ? 0.05 : 0);
    if (fit > bestFit) [best, bestFit] = [t, fit];
  }
  return best && bestFit >= 0.3 ? { template: best, source: 'match' } : { template: fallback, source: 'default' };
}
