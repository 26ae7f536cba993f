// Plain-data contracts shared by the core, the extension, the webview and the CLI.
// Everything here is JSON-compatible; nothing imports vscode or the DOM.

/** How serious a finding is; the extension maps it through settings. */
export type Severity = 'error' | 'warning' | 'information' | 'hint';

/** A 0-based, end-exclusive range inside the document (columns in UTF-16 code units, as VS Code counts). */
export interface Range {
  startLine: number;
  startColumn: number;
  endLine: number;
  endColumn: number;
}

/** Replace `range` with `newText` (an insertion has an empty range). */
export interface TextEdit {
  range: Range;
  newText: string;
}

/** A titled set of edits, applied together as one undo step. */
export interface Fix {
  title: string;
  edits: TextEdit[];
}

/** What a rule reports. */
export interface Finding {
  ruleId: string; // 'PM001'
  ruleName: string; // 'required-sections'
  severity: Severity;
  message: string;
  range: Range;
  /** The preferred quick fix, if the rule knows one. */
  fix?: Fix;
  /** Other fixes (e.g. one per placeholder replacement). */
  alternativeFixes?: Fix[];
}

/** A time zone as written, resolved when possible. */
export interface Zone {
  raw: string; // 'WAT', 'GMT+1', 'America/New_York', 'Z'
  /** Offset from UTC in minutes at the moment in question, when known. */
  offsetMinutes?: number;
  /** IANA name when the zone was written as one. */
  iana?: string;
}

/** A time of day (and maybe a date) as found in the text. */
export interface Timestamp {
  raw: string;
  line: number;
  startColumn: number;
  endColumn: number;
  hour: number; // 0-23 (24h clock after AM/PM resolution)
  minute: number;
  second?: number;
  date?: { year?: number; month: number; day: number };
  zone?: Zone;
  /** False for '25:61' or '13:00PM'; `problem` says why. */
  valid: boolean;
  problem?: string;
}

/** One line of the Timeline section. */
export interface TimelineEntry {
  line: number;
  shape: 'bullet' | 'table' | 'paragraph' | 'heading';
  time?: Timestamp;
  /** The text after the time and its separator. */
  text: string;
  /** Column where `text` starts. */
  textColumn: number;
  /** Minutes since the first entry, after date and midnight handling (undefined when unknown). */
  elapsedMinutes?: number;
  /** The entry's date: written on it, or from a date line/heading above it (date-only timelines). */
  date?: { year?: number; month: number; day: number };
  /** True when the time (or date) is the first thing on the entry, as in `time - text`. */
  timeFirst?: boolean;
}

/** A section as the author wrote it. */
export interface Section {
  /** Heading text with markup, emoji and trailing punctuation removed. */
  title: string;
  rawTitle: string;
  level: number;
  style: 'atx' | 'setext' | 'bold' | 'plain';
  headingLine: number;
  /** First line after the heading, and the line after the last line (end-exclusive). */
  bodyStartLine: number;
  endLine: number;
  /** Id of the template section it was matched to, if any. */
  templateSectionId?: string;
}

/** A task-list or action item. */
export interface Task {
  line: number;
  checked?: boolean; // undefined when not a checkbox item
  text: string;
  owner?: string;
  deadline?: string;
}

/** A ```mermaid fenced block as written. */
export interface MermaidBlock {
  startLine: number; // the opening fence
  endLine: number; // the line after the closing fence
  source: string;
}

/** Facts a reviewer looks for in the summary. */
export interface SummaryFacts {
  start?: Timestamp;
  end?: Timestamp;
  durationMinutes?: number;
  durationText?: string;
  /** Line where `durationText` was written. */
  durationLine?: number;
  zone?: Zone;
  impact?: string;
  percentUsers?: string;
  rootCause?: string;
}

/** The parsed postmortem: parse once per document version, every consumer reads this. */
export interface PostmortemDocument {
  lineCount: number;
  title?: string;
  frontMatter?: Record<string, string>;
  /** Template id named by front matter `template:` or `<!-- postmortem: id -->`. */
  templateHint?: string;
  sections: Section[];
  timeline: TimelineEntry[];
  /** Index into `sections` of the Timeline section, when there is one. */
  timelineSection?: number;
  /** Zone declared for the whole timeline ("Timeline (all times UTC)", "All times US/Pacific"). */
  timelineZone?: Zone;
  /** Line of the document title (front matter title: undefined). */
  titleLine?: number;
  summary: SummaryFacts;
  tasks: Task[];
  mermaid: MermaidBlock[];
  wordCount: number;
}

/** One section of a template. */
export interface TemplateSection {
  id: string;
  title: string;
  aliases: string[];
  required: boolean;
  /** Markdown body inserted by snippets and the insert-section fix. */
  skeleton: string;
  /** Content checks the rules run on this section. */
  content?: Array<'duration' | 'start-end' | 'time-zone' | 'impact' | 'percent-users' | 'root-cause' | 'timeline' | 'task-list' | 'owner-deadline'>;
}

/** A postmortem format (built-in or from `.postmortem.json`). */
export interface Template {
  id: string;
  title: string;
  description: string;
  sections: TemplateSection[];
  wordRange?: { min: number; max: number };
}

/** Options the adapters pass into the core (core never reads settings). */
export interface LintOptions {
  /** Force a template; else hint → best match → defaultTemplate. */
  template?: string;
  defaultTemplate?: string;
  customTemplates?: Template[];
  /** Per-rule severity override or 'off', by id or name. */
  rules?: Record<string, Severity | 'off'>;
}

export interface LintResult {
  template: Template;
  /** How the template was chosen. */
  templateSource: 'option' | 'hint' | 'match' | 'default';
  findings: Finding[];
  document: PostmortemDocument;
  /** Rules that threw (isolated by the runner; their findings are missing). */
  ruleErrors?: Array<{ ruleId: string; message: string }>;
}

/** What the adapters need to know about a rule (no code). */
export interface RuleMeta {
  id: string; // 'PM003'
  name: string; // 'timeline-timezone'
  description: string;
  tags: string[];
  /** Severity before user overrides. */
  severity: Severity;
  /** Path of the rule's page inside the repository/extension, e.g. 'docs/rules/PM003.md'. */
  docs: string;
}
