// Plain-data contracts shared by the core, the extension, the webview and the CLI.
// Everything here is JSON-compatible except the model's parsed text; nothing imports vscode or the DOM.
import type { ParsedText } from './parse/index';

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
  /** A fix that needs the author's words: the editor asks `prompt` and replaces `range` with the answer (no edits). */
  ask?: { range: Range; prompt: string };
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

/** The part an entry plays in the incident's story. */
export type Phase = 'detection' | 'investigation' | 'misleading' | 'escalation' | 'mitigation' | 'resolution' | 'other';

/** One entry of the timeline: a bullet (with its nested bullets), a table row, a line, a paragraph or a clause. */
export interface TimelineEntry {
  /** First line (0-based). */
  line: number;
  /** The line after the entry's last line (end-exclusive). */
  endLine: number;
  shape: 'bullet' | 'table' | 'line' | 'paragraph' | 'heading' | 'clause';
  time?: Timestamp;
  /** The entry's date: written on it, or from a date line/heading above it. */
  date?: { year?: number; month: number; day: number };
  /** True when the time (or date) is the first thing on the entry, as in `time - text`. */
  timeFirst: boolean;
  /** The text after the time and its separator (first line; nested lines follow in `detail`). */
  text: string;
  /** Column of `line` where `text` starts. */
  textColumn: number;
  /** Column of `line` where the entry ends, when several entries share the line (run-on paragraphs). */
  endColumn?: number;
  /** Text of the lines the entry spans below its first (nested bullets, continuation lines), markup stripped. */
  detail?: string;
  /** Minutes since the first timed entry, from the one order key (undefined when unknown). */
  elapsedMinutes?: number;
  /**
   * When the entry is placed by words instead of (or before) a clock: 'later' ("Shortly after, …", "Mon 6:30 pm"),
   * 'nextDay' ("Next day 10:00 - …", "The following morning: …", "Tue 7:05 am" after a Monday). Such an entry is well
   * formed without a leading time.
   */
  relative?: 'later' | 'nextDay';
  /** What the entry does in the incident's story. */
  phase: Phase;
}

/** A moment of the incident that incident tools track: impact start, detected, acknowledged, mitigated, resolved. */
export type MilestoneKind = 'start' | 'detected' | 'acknowledged' | 'mitigated' | 'resolved';

/** One milestone as read from the document. */
export interface Milestone {
  kind: MilestoneKind;
  /** Where it was read: a timeline entry by its phase (or the first timed entry for the start), an explicit `[detected]` marker, a milestone table, the summary's start, or implied by the resolution (mitigated = resolved). */
  source: 'timeline' | 'marker' | 'table' | 'summary' | 'implied';
  /** 0-based line it was read from. */
  line: number;
  /** Index into `timeline.entries`, when it is a timeline entry. */
  entry?: number;
  /** The time as written ("09:15 UTC"); undefined when that line has no valid time. */
  written?: string;
  /** Minutes on the one timeline axis (UTC when the zone is known); undefined without a time, or when a day was guessed. */
  at?: number;
  /** The time shown for it: the metrics' zone, with the date when it is not the start's ("09:15 UTC", "2024-03-03 00:10 UTC"). */
  display?: string;
  /**
   * Its wall-clock time in the metrics' zone, in minutes: since 1970-01-01 00:00 on a dated timeline (year 2000 when
   * the dates name no year), since midnight otherwise. For drawing (the gantt); `at` is for arithmetic.
   */
  wall?: number;
  /** True when `wall` is on the calendar (the timeline has dates). */
  dated?: boolean;
  /** ISO 8601 instant when its date (with year) and zone are known ("2024-03-03T00:10:00Z"). */
  iso?: string;
}

/** Two milestones out of order: `later` should not come before `earlier`. */
export interface MilestoneConflict {
  earlier: MilestoneKind;
  later: MilestoneKind;
  /** How many minutes `later` comes before `earlier`. */
  minutes: number;
  /** The line to point at: the milestone that is out of place. */
  line: number;
  /** True when `earlier` is the start the summary states (not the impact start the metrics use). */
  summary?: boolean;
}

/** Durations measured from impact start (as Rootly does), in minutes; undefined when unknown, never guessed. */
export interface IncidentDurations {
  /** Time to detect: start → detected. */
  ttd?: number;
  /** Time to acknowledge: start → acknowledged (first escalation). */
  tta?: number;
  /** Time to mitigate: start → mitigated. */
  ttm?: number;
  /** Time to resolve: start → resolved. */
  ttr?: number;
  /** Impact duration: start → the end the summary states, else → resolved. */
  impact?: number;
}

/** The incident's milestones and the durations between them (built once with the model). */
export interface IncidentMetrics {
  milestones: Partial<Record<MilestoneKind, Milestone>>;
  durations: IncidentDurations;
  /** Zone the `display` times are written in ("UTC", "WAT"); undefined when no time carries one. */
  zone?: string;
  /** Milestones out of order (their durations are left unknown). */
  conflicts: MilestoneConflict[];
  /** Why durations are unknown, in a few words each ("the day change at midnight was guessed"). */
  unknown: string[];
}

/** How a heading was written. */
export type HeadingStyle = 'atx' | 'setext' | 'html' | 'emphasis' | 'plain' | 'label';

/** A section as the author wrote it. */
export interface Section {
  /** Heading text with markup, emoji and trailing punctuation removed. */
  title: string;
  rawTitle: string;
  level: number;
  style: HeadingStyle;
  headingLine: number;
  /** First line of the section's text (the heading line itself for a `Label: text` heading). */
  bodyStartLine: number;
  /** Column where the text starts on the heading line (`Label: text` headings only). */
  bodyColumn?: number;
  /** The line after the section (the next heading of the same or a higher rank). */
  endLine: number;
  /** Id of the template section it was matched to by its title, if any. */
  templateSectionId?: string;
}

/** Where a template section lives in the document. */
export interface Region {
  templateSectionId: string;
  /** Index of the template section in the template. */
  templateIndex: number;
  /** 'title': a heading names it; 'content': a heading with another name whose text reads as it; 'opening': the untitled paragraphs under the title. */
  by: 'title' | 'content' | 'opening';
  /** Index into `sections` of its heading (not for 'opening'). */
  section?: number;
  /** Where findings about the section point: its heading line, or the first line of the text. */
  anchorLine: number;
  /** First line of the text and, for `Label: text` headings, the column it starts at. */
  startLine: number;
  startColumn?: number;
  /** End-exclusive. */
  endLine: number;
}

/** Who owns an action item: a named person (or a role one person holds), an @handle, or a team. */
export type OwnerKind = 'person' | 'handle' | 'team';

/** What an action item does (the SRE book's action-item types). */
export type ActionType = 'mitigate' | 'prevent' | 'detect' | 'process' | 'other';

/** A calendar date (year absent when neither written nor inferable). */
export interface CalendarDate {
  year?: number;
  month: number;
  day: number;
}

/** A task-list or action item. */
export interface Task {
  line: number;
  /** The line after the item's last line (nested bullets and continuation lines included). */
  endLine: number;
  /** True when marked done (`- [x]`, a Status of Done), false when marked open (`- [ ]`, Status: Open); else undefined. */
  checked?: boolean;
  text: string;
  owner?: string;
  /** What the owner is, when there is one. */
  ownerKind?: OwnerKind;
  deadline?: string;
  /**
   * The deadline as a date: written ("2026-12-15", "15 Dec 2026", "Q3 2026" → its last day) or with the year taken
   * from the incident's date ("15 Dec" after an incident on 2026-11-02 → 2026-12-15).
   */
  due?: CalendarDate;
  /** True when the deadline is relative or vague ("next week", "ASAP", "soon", "end of sprint"). */
  dueRelative?: boolean;
  /** The action's type when it names one (a Type column, "Type: prevent", "[mitigate]"). */
  type?: ActionType;
  /** Column of the "[ ]" box on `line` (checkbox items only). */
  boxColumn?: number;
  /** How it was written: a checkbox item, a list item, a table row, or a plain line. */
  markup: 'checkbox' | 'list' | 'table' | 'line';
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

/** The timeline as read: its region, declared zone and entries (with their phases). */
export interface Timeline {
  /** Index into `sections` of its heading, when it has one. */
  section?: number;
  /** Lines of the timeline's text [start, end). */
  startLine: number;
  endLine: number;
  /** A zone declared for the whole timeline ("Timeline (all times UTC)", "All times are WAT"). */
  zone?: Zone;
  entries: TimelineEntry[];
  /** True when the order key added a day at a backwards clock jump that no date confirms (spans built on it are guesses). */
  rolloverGuessed?: boolean;
}

/**
 * The postmortem as read, built once per text and frozen: every consumer (rules, fixes, story, preview, CLI)
 * reads this and nothing re-parses. `lines` is the only source of lines.
 */
export interface PostmortemModel {
  readonly lines: readonly string[];
  readonly lineCount: number;
  /** The text's dominant line ending and whether it had a byte-order mark (edits keep both). */
  readonly eol: string;
  readonly bom: boolean;
  readonly title?: string;
  /** Line of the document title (undefined for a front-matter title or none). */
  readonly titleLine?: number;
  readonly frontMatter?: Readonly<Record<string, string>>;
  /** Template id named by front matter `template:` or `<!-- postmortem: id -->`. */
  readonly templateHint?: string;
  readonly template: Template;
  readonly templateSource: 'option' | 'hint' | 'match' | 'default';
  readonly sections: readonly Section[];
  /** Where each template section lives, in document order. */
  readonly regions: readonly Region[];
  /** Headings repeating a template section already present (index into `sections` and template section). */
  readonly duplicates: ReadonlyArray<{ section: number; templateIndex: number }>;
  /** The lines before the first section that is not the title: [start, end). */
  readonly preamble: readonly [number, number];
  readonly summary: SummaryFacts;
  readonly timeline?: Timeline;
  readonly tasks: readonly Task[];
  readonly mermaid: readonly MermaidBlock[];
  readonly words: number;
  /** False for a document that does not read as a postmortem (an essay, a how-to, an empty outline); `why` says so. */
  readonly reading: { postmortem: boolean; why?: string };
  /** Summary facts read from the preamble and the sections holding each content check. */
  readonly facts: Readonly<Partial<Record<ContentCheck, SummaryFacts>>>;
  /** The incident's milestones and durations (TTD, TTA, TTM, TTR, impact), read from the timeline and summary. */
  readonly metrics: IncidentMetrics;
  /** The times of day found on each line (the same objects the summary and timeline hold). */
  readonly times: ReadonlyArray<readonly Timestamp[]>;
  /** The parsed text: per-line kinds, blocks and tokens (not serialisable; rules read it, nothing re-parses). */
  readonly parsed: ParsedText;
}

/** A content check a template section asks for. */
export type ContentCheck =
  | 'duration'
  | 'start-end'
  | 'time-zone'
  | 'impact'
  | 'percent-users'
  | 'root-cause'
  | 'timeline'
  | 'task-list'
  | 'owner-deadline'
  | 'action-type';

/** One section of a template. */
export interface TemplateSection {
  id: string;
  title: string;
  aliases: string[];
  required: boolean;
  /** Markdown body inserted by snippets and the insert-section fix. */
  skeleton: string;
  /** Content checks the rules run on this section. */
  content?: ContentCheck[];
}

/** A postmortem format (built-in or from `.postmortem.json`). */
export interface Template {
  id: string;
  title: string;
  description: string;
  sections: TemplateSection[];
  wordRange?: { min: number; max: number };
  /** Severity of blaming language (PM027) in this format: a school assignment gets advice, a corporate report a warning. */
  blameless?: Severity | 'off';
}

/** Options the adapters pass into the core (core never reads settings). */
export interface LintOptions {
  /** Force a template; else hint → best match → defaultTemplate. */
  template?: string;
  defaultTemplate?: string;
  customTemplates?: Template[];
  /** Per-rule severity override or 'off', by id or name. */
  rules?: Record<string, Severity | 'off'>;
  /** Today's date (ISO `YYYY-MM-DD`) for overdue action items; the editor and the CLI pass the real date, tests a fixed one. */
  today?: string;
  /** Blameless-language phrases added to, or disabled from, the defaults (`.postmortem.json` "blameless"). */
  blameless?: BlamelessConfig;
}

/** Where a blameless-language phrase counts (checked in code; a custom phrase counts anywhere unless it says). */
export type BlamelessWhen =
  'any' | 'person' | 'other-person' | 'person-participle' | 'person-after' | 'cause' | 'procedure';

/** One entry of the blameless-language phrase list: phrases of one family, what to say, what to write instead. */
export interface BlamelessPhrase {
  /** Stable id, used to disable or replace the entry ("should-have"). */
  id: string;
  /** The family it belongs to ("hindsight", "blame", "character", "certainty", "human-error", "named-subject" or a custom name). */
  family: string;
  /** Literal phrases, matched as whole words in any case (an apostrophe matches ’ too). */
  phrases: string[];
  /** Why it reads as blame ("hindsight: it judges what people did by what is known now"). */
  message: string;
  /** What to write instead. */
  suggestion: string;
  when?: BlamelessWhen;
  /** Skip it in the timeline's entries (their plain facts of who did what). */
  notInTimeline?: boolean;
  /** Skip it on action items (PM028 covers their wording). */
  notInTasks?: boolean;
  /** A built-in rewrite the quick fix applies where it can be made safely. */
  rewrite?: 'drop-word' | 'manual-step' | 'not-followed' | 'passive';
}

/** Changes to the default phrase list: entries added (an entry with a default's id replaces it), ids or families disabled. */
export interface BlamelessConfig {
  phrases?: BlamelessPhrase[];
  disable?: string[];
}

export interface LintResult {
  template: Template;
  /** How the template was chosen. */
  templateSource: 'option' | 'hint' | 'match' | 'default';
  findings: Finding[];
  model: PostmortemModel;
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
  /** True when the rule's preferred fixes are safe to apply without looking (fix-all, `--fix`, fix on save). */
  fixAll: boolean;
  /** Path of the rule's page inside the repository/extension, e.g. 'docs/rules/PM003.md'. */
  docs: string;
}
