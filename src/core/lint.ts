// Lints a postmortem: parse once, choose the template, match sections, run every rule in isolation.
import { applyTimeline, parse } from './parse/index';
import type { ParsedDocument } from './parse/model';
import { extractSummary, summaryRanges as genericSummaryRanges, type LineRange } from './parse/summary';
import { allRules } from './rules/index';
import type { Rule, RuleContext } from './rules/rule';
import { chooseTemplate, matchTemplate, type TemplateMatch } from './templates/match';
import { findZone } from './time/zones';
import type { Finding, LintOptions, LintResult, Range, SummaryFacts, Template, Zone } from './types';

type Check = NonNullable<Template['sections'][number]['content']>[number];
const NO_TEMPLATES: Template[] = [];
const SUMMARY_CHECKS: readonly Check[] = ['duration', 'start-end', 'time-zone', 'impact', 'percent-users'];

/** Lines before the first section that is not the title (header fields such as "**Duration:** …"). */
function preamble(doc: ParsedDocument): LineRange {
  const first = doc.sections.find((s) => s.headingLine !== doc.titleLine);
  return [0, first ? first.headingLine : doc.lineCount];
}

/** Lines of a matched section, running on over unmatched sibling sections up to the next matched one. */
function extent(doc: ParsedDocument, match: TemplateMatch, section: number): LineRange {
  const s = doc.sections[section]!;
  let end = doc.lineCount;
  for (const m of match.matches) {
    const h = doc.sections[m.section]!.headingLine;
    if (h > s.headingLine && h < end) end = h;
  }
  for (let i = section + 1; i < doc.sections.length; i++) {
    const o = doc.sections[i]!;
    if (o.headingLine >= end) break;
    if (o.level < s.level) {
      end = o.headingLine;
      break;
    }
  }
  return [s.bodyStartLine, Math.max(s.endLine, end)];
}

/** Builds the context rules read: matched sections and summary facts per content check. */
function context(doc: ParsedDocument, template: Template, match: TemplateMatch): RuleContext {
  const facts = new Map<string, SummaryFacts>();
  const factsByCheck = new Map<Check, SummaryFacts>();
  const withCheck = new Map<Check, ReturnType<RuleContext['sectionsWith']>>();
  // Memoised per check: several rules ask for the same sections (rules only read the array).
  const sectionsWith: RuleContext['sectionsWith'] = (check) => {
    let r = withCheck.get(check);
    if (!r) {
      r = [];
      for (const m of match.matches) {
        const ts = template.sections[m.templateSection]!;
        if (ts.content?.includes(check)) r.push({ section: doc.sections[m.section]!, templateSection: ts, match: m });
      }
      withCheck.set(check, r);
    }
    return r;
  };
  return {
    template, match, sectionsWith,
    factsFor(check) {
      let f = factsByCheck.get(check);
      if (!f) {
        const ranges: LineRange[] = [preamble(doc)];
        for (const { match: m } of sectionsWith(check)) ranges.push(extent(doc, match, m.section));
        factsByCheck.set(check, (f = this.factsForRanges(ranges)));
      }
      return f;
    },
    factsForRanges(ranges) {
      let key = '';
      for (const r of ranges) key += `${r[0]}-${r[1]},`;
      let f = facts.get(key);
      if (!f) facts.set(key, (f = extractSummary(doc, ranges)));
      return f;
    },
  };
}

const ALL_TIMES = /\ball (?:times|timestamps|dates and times)\b/i;

/** A zone the document declares for all its times ("All times UTC", "All times are in WAT"), on a prose line. */
function declaredZone(doc: ParsedDocument): Zone | undefined {
  for (let n = 0; n < doc.lineCount; n++) {
    const line = doc.lines[n]!;
    if (!doc.prose[n] || !ALL_TIMES.test(line)) continue;
    const z = findZone(line.slice(ALL_TIMES.exec(line)!.index));
    if (z) return z;
  }
  return undefined;
}

/** Keeps a range inside the document (defensive: a finding must never point outside). */
function clamp(doc: ParsedDocument, r: Range): Range {
  const last = Math.max(0, doc.lineCount - 1);
  const sl = Math.max(0, Math.min(r.startLine, last)), el = Math.max(sl, Math.min(r.endLine, last));
  const sc = Math.max(0, Math.min(r.startColumn, doc.lines[sl]?.length ?? 0));
  let ec = Math.max(0, Math.min(r.endColumn, doc.lines[el]?.length ?? 0));
  if (el === sl && ec < sc) ec = sc;
  return { startLine: sl, startColumn: sc, endLine: el, endColumn: ec };
}

const appliesCache = new WeakMap<Template, Map<Rule, boolean>>();

/** rule.appliesTo(template), memoised per template (templates are data that does not change once built). */
function applies(rule: Rule, template: Template): boolean {
  if (!rule.appliesTo) return true;
  let m = appliesCache.get(template);
  if (!m) appliesCache.set(template, (m = new Map()));
  let a = m.get(rule);
  if (a === undefined) m.set(rule, (a = rule.appliesTo(template)));
  return a;
}

/**
 * Lints Markdown text. Template: `options.template`, else the document's hint (front matter
 * `template:` / `<!-- postmortem: id -->`), else the best match by headings, else `defaultTemplate`.
 * Pure and synchronous; never throws for any input (a rule that throws is reported in `ruleErrors`).
 */
export function lint(text: string, options: LintOptions = {}): LintResult {
  return lintWith(allRules, text, options);
}

/** lint() with a given rule list (tests use it to check that a throwing rule is isolated). */
export function lintWith(rules: readonly Rule[], text: string, options: LintOptions = {}): LintResult {
  const custom = options.customTemplates?.length ? options.customTemplates : NO_TEMPLATES;
  const doc = parse(text, { customTemplates: custom, skipSummary: true });
  const opts: { template?: string; defaultTemplate?: string; customTemplates?: Template[] } = { customTemplates: custom };
  if (options.template) opts.template = options.template;
  if (options.defaultTemplate) opts.defaultTemplate = options.defaultTemplate;
  const { template, source } = chooseTemplate(doc, opts);
  const match = matchTemplate(doc.sections, template);
  for (const m of match.matches) doc.sections[m.section]!.templateSectionId = template.sections[m.templateSection]!.id;
  const tl = match.matches.find((m) => template.sections[m.templateSection]!.content?.includes('timeline'));
  if (tl && tl.section !== doc.timelineSection) applyTimeline(doc, tl.section);
  const ctx = context(doc, template, match);
  const summaryRanges: LineRange[] = [preamble(doc)];
  for (const m of match.matches) {
    if (template.sections[m.templateSection]!.content?.some((c) => SUMMARY_CHECKS.includes(c))) summaryRanges.push(extent(doc, match, m.section));
  }
  doc.summary = summaryRanges.length > 1 ? ctx.factsForRanges(summaryRanges) : extractSummary(doc, genericSummaryRanges(doc));
  if (!doc.summary.zone && (doc.summary.start || doc.summary.end)) {
    const z = declaredZone(doc);
    if (z) doc.summary.zone = z;
  }

  const findings: Finding[] = [];
  const ruleErrors: Array<{ ruleId: string; message: string }> = [];
  for (const rule of rules) {
    const setting = options.rules?.[rule.id] ?? options.rules?.[rule.name];
    if (setting === 'off' || !applies(rule, template)) continue;
    try {
      for (const f of rule.check(doc, ctx)) {
        f.range = clamp(doc, f.range);
        if (setting) f.severity = setting;
        findings.push(f);
      }
    } catch (e) {
      ruleErrors.push({ ruleId: rule.id, message: e instanceof Error ? e.message : String(e) });
    }
  }
  findings.sort((a, b) => a.range.startLine - b.range.startLine || a.range.startColumn - b.range.startColumn || a.ruleId.localeCompare(b.ruleId));
  const result: LintResult = { template, templateSource: source, findings, document: doc };
  if (ruleErrors.length) result.ruleErrors = ruleErrors;
  return result;
}
