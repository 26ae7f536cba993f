// The shape of a rule and the context the runner gives it.
import type { ParsedDocument } from '../parse/model';
import type { SectionMatch, TemplateMatch } from '../templates/match';
import type { Finding, Fix, Range, Section, Severity, SummaryFacts, Template, TemplateSection } from '../types';

type ContentCheck = NonNullable<TemplateSection['content']>[number];

/** What a rule sees besides the document. */
export interface RuleContext {
  template: Template;
  match: TemplateMatch;
  /** Matched sections of the template sections holding a content check, in document order. */
  sectionsWith(check: ContentCheck): Array<{ section: Section; templateSection: TemplateSection; match: SectionMatch }>;
  /** Summary facts read from the sections holding a content check (plus the preamble). */
  factsFor(check: ContentCheck): SummaryFacts;
  /** Summary facts read from line ranges (memoised per ranges). */
  factsForRanges(ranges: ReadonlyArray<readonly [number, number]>): SummaryFacts;
}

/** A check: pure, no I/O; the runner isolates one that throws. */
export interface Rule {
  id: string;
  name: string;
  description: string;
  tags: string[];
  severity: Severity;
  appliesTo?(template: Template): boolean;
  check(doc: ParsedDocument, ctx: RuleContext): Finding[];
}

/** Makes a finding of `rule` (the runner applies severity overrides). */
export function finding(rule: Rule, message: string, range: Range, fix?: Fix, severity?: Severity): Finding {
  const f: Finding = { ruleId: rule.id, ruleName: rule.name, severity: severity ?? rule.severity, message, range };
  if (fix) f.fix = fix;
  return f;
}

/** The range of a line's text (leading whitespace excluded). */
export function lineRange(doc: ParsedDocument, line: number): Range {
  const n = Math.max(0, Math.min(line, doc.lineCount - 1));
  const text = doc.lines[n] ?? '';
  const start = text.length - text.trimStart().length;
  return { startLine: n, startColumn: start === text.length ? 0 : start, endLine: n, endColumn: text.length };
}

/** A range on one line between two columns. */
export function spanRange(line: number, start: number, end: number): Range {
  return { startLine: line, startColumn: start, endLine: line, endColumn: end };
}

/** Where whole-document findings go: the title line, else the first line. */
export function documentRange(doc: ParsedDocument): Range {
  return lineRange(doc, doc.titleLine ?? 0);
}

/** True when the template has a section holding the content check. */
export function templateHas(t: Template, check: ContentCheck): boolean {
  return t.sections.some((s) => s.content?.includes(check));
}
