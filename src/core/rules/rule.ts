// The shape of a rule and the helpers rules share. A rule reads the model, returns findings with their fixes as data.
import { LineKind } from '../parse/index';
import type {
  BlamelessPhrase,
  CalendarDate,
  ContentCheck,
  Finding,
  Fix,
  PostmortemModel,
  Range,
  Region,
  Severity,
  SummaryFacts,
  Template,
  TemplateSection,
} from '../types';

/** What a rule may read besides the model: what the adapters passed in (the core never reads a clock or a file). */
export interface RuleContext {
  /** Today's date, when the adapter gave one (`LintOptions.today`); overdue items need it. */
  today?: CalendarDate;
  /** The blameless-language phrase list in force (the defaults with `.postmortem.json`'s changes). */
  blameless: readonly BlamelessPhrase[];
}

/** A check: pure, no I/O; the runner isolates one that throws. */
export interface Rule {
  id: string;
  name: string;
  description: string;
  tags: string[];
  severity: Severity;
  /** True when the rule's preferred fixes are safe to apply unseen (fix-all, `postmortem-lint --fix`, fix on save). */
  fixAll?: boolean;
  /** Runs on documents that do not read as postmortems too (conflict markers, the verdict itself). */
  always?: boolean;
  appliesTo?(template: Template): boolean;
  check(model: PostmortemModel, context: RuleContext): Finding[];
}

/** Makes a finding of `rule` (the runner applies severity overrides). */
export function finding(
  rule: Pick<Rule, 'id' | 'name' | 'severity'>,
  message: string,
  range: Range,
  fix?: Fix,
  severity?: Severity,
  alternatives?: Fix[],
): Finding {
  const f: Finding = { ruleId: rule.id, ruleName: rule.name, severity: severity ?? rule.severity, message, range };
  if (fix) f.fix = fix;
  if (alternatives?.length) f.alternativeFixes = alternatives;
  return f;
}

/** The range of a line's text (leading whitespace excluded). */
export function lineRange(m: PostmortemModel, line: number): Range {
  const n = Math.max(0, Math.min(line, m.lineCount - 1));
  const text = m.lines[n] ?? '';
  const start = text.length - text.trimStart().length;
  return { startLine: n, startColumn: start === text.length ? 0 : start, endLine: n, endColumn: text.length };
}

/** A range on one line between two columns. */
export function spanRange(line: number, start: number, end: number): Range {
  return { startLine: line, startColumn: start, endLine: line, endColumn: end };
}

/** Where whole-document findings go: the title line, else the first line. */
export function documentRange(m: PostmortemModel): Range {
  return lineRange(m, m.titleLine ?? 0);
}

/** True when the template has a section holding the content check. */
export function templateHas(t: Template, check: ContentCheck): boolean {
  return t.sections.some((s) => s.content?.includes(check));
}

/** The regions of the template sections holding a content check, in document order, with their template section. */
export function regionsWith(
  m: PostmortemModel,
  check: ContentCheck,
): Array<{ region: Region; templateSection: TemplateSection }> {
  return m.regions
    .filter((r) => m.template.sections[r.templateIndex]!.content?.includes(check))
    .map((region) => ({ region, templateSection: m.template.sections[region.templateIndex]! }));
}

/** Summary facts read from the preamble and the sections holding a content check. */
export function factsFor(m: PostmortemModel, check: ContentCheck): SummaryFacts {
  return m.facts[check] ?? {};
}

/** The heading text of a region ("Issue Summary"), or what stands for it ("the opening paragraphs"). */
export function regionName(m: PostmortemModel, r: Region): string {
  return r.section !== undefined ? m.sections[r.section]!.title : m.template.sections[r.templateIndex]!.title;
}

/** Counts words on the prose lines of a region (stops at `limit`). */
export function regionWords(m: PostmortemModel, r: Region, limit = Infinity): number {
  let n = 0;
  for (let i = r.startLine; i < r.endLine && n < limit; i++) {
    if (m.parsed.kinds[i] !== LineKind.Text) continue;
    const line = i === r.startLine && r.startColumn ? m.lines[i]!.slice(r.startColumn) : m.lines[i]!;
    n += (line.slice(0, 2000).match(/[\p{L}\p{N}]+/gu) ?? []).length;
  }
  return n;
}
