// Model stage: one immutable, template-aware PostmortemModel from the parsed text and its outline.
import { anyCase } from '../parse/chars';
import { LineKind, linesMatching, type ParsedText } from '../parse/index';
import type { Outline } from '../outline/index';
import { bestSimilarity, headingKey } from '../outline/normalize';
import { findGenerated } from '../story/blocks';
import { incidentMetrics } from '../story/metrics';
import { classifyTimeline } from '../story/phases';
import { orderKeys } from '../time/order';
import { findDates, mayHaveTime } from '../time/parse';
import { findZone } from '../time/zones';
import type {
  CalendarDate,
  ContentCheck,
  PostmortemModel,
  Region,
  SummaryFacts,
  Task,
  Timeline,
  TimelineEntry,
  Zone,
} from '../types';
import { readSummary, stampReader, type LineRange } from './summary';
import { checkboxTasks, tasksIn } from './tasks';
import { readTimeline } from './timeline';

const SUMMARY_CHECKS: readonly ContentCheck[] = ['duration', 'start-end', 'time-zone', 'impact', 'percent-users'];
const TIMELINE_KEYS = [
  'timeline',
  'chronology',
  'sequence of events',
  'timeline of events',
  'incident timeline',
  'events timeline',
];
/** "All times are in UTC" (the word boundary before "all" is checked by hand: a leading `\b` defeats the regex engine's literal scan). */
const ALL_TIMES = new RegExp(
  `${anyCase('all ')}(?:${['times', 'timestamps', 'dates and times'].map(anyCase).join('|')})\\b`,
  'g',
);

/** Builds the model (frozen: every consumer reads it, nobody patches it). */
export function buildModel(p: ParsedText, o: Outline): PostmortemModel {
  const stamps = stampReader(p);
  const t = o.template;
  const regionRange = (r: Region): LineRange =>
    r.startColumn !== undefined ? [r.startLine, r.endLine, r.startColumn] : [r.startLine, r.endLine];
  const regionsWith = (check: ContentCheck): Region[] =>
    o.regions.filter((r) => t.sections[r.templateIndex]!.content?.includes(check));

  // Summary facts per content check: the preamble plus the sections holding the check.
  // Checks held by the same sections read the same lines: each distinct set of lines is read once.
  const facts: Partial<Record<ContentCheck, SummaryFacts>> = {};
  const checks = new Set(t.sections.flatMap((s) => s.content ?? []));
  const declared = declaredZone(p);
  // The key-metrics table the extension writes under the summary is read from the timeline: not a summary fact.
  const metricsBlock = findGenerated(p.lines, 'metrics');
  const read = new Map<string, SummaryFacts>();
  const factsOf = (regions: readonly Region[]): SummaryFacts => {
    const key = regions.map((r) => r.templateIndex).join(',');
    let f = read.get(key);
    if (!f)
      read.set(
        key,
        (f = withDeclaredZone(
          readSummary(p, withoutGenerated([o.preamble, ...regions.map(regionRange)], metricsBlock), stamps),
          declared,
        )),
      );
    return f;
  };
  for (const check of checks) {
    if (check === 'timeline' || check === 'task-list' || check === 'owner-deadline') continue;
    facts[check] = factsOf(regionsWith(check));
  }
  const summary = factsOf(
    o.regions.filter((r) => t.sections[r.templateIndex]!.content?.some((c) => SUMMARY_CHECKS.includes(c))),
  );

  const timeline = readTimelineOf(p, o, stamps, summary);
  const tasks = readTasks(p, o, incidentDate(p, summary, timeline));
  const reading = readingOf(p, o, timeline);
  const times = stamps.all();
  const metrics = incidentMetrics({ summary, timeline, parsed: p, times });
  const model: PostmortemModel = {
    lines: p.lines,
    lineCount: p.lineCount,
    eol: p.source.eol,
    bom: p.source.bom,
    template: t,
    templateSource: o.templateSource,
    sections: o.sections,
    regions: o.regions,
    duplicates: o.match.duplicates.map((d) => ({ section: d.section, templateIndex: d.templateSection })),
    preamble: o.preamble,
    summary,
    tasks,
    mermaid: p.mermaid,
    words: p.words,
    reading,
    facts,
    parsed: p,
    times,
    metrics,
    ...(timeline ? { timeline } : {}),
    ...(o.title !== undefined ? { title: o.title } : {}),
    ...(o.titleLine !== undefined && o.titleLine >= 0 ? { titleLine: o.titleLine } : {}),
    ...(p.frontMatter ? { frontMatter: p.frontMatter.data } : {}),
    ...(p.templateHint ? { templateHint: p.templateHint } : {}),
  };
  return freeze(model);
}

/** Line ranges without the lines of a generated block [start, end] (its markers included). */
function withoutGenerated(
  ranges: readonly LineRange[],
  block: { start: number; end: number } | undefined,
): LineRange[] {
  if (!block) return [...ranges];
  const out: LineRange[] = [];
  for (const [a, b, col] of ranges) {
    if (b <= block.start || a > block.end) out.push(col !== undefined ? [a, b, col] : [a, b]);
    else {
      if (a < block.start) out.push(col !== undefined ? [a, block.start, col] : [a, block.start]);
      if (b > block.end + 1) out.push([block.end + 1, b]);
    }
  }
  return out;
}

// A zone the document declares for all its times fills in a summary that has times but no zone.
function withDeclaredZone(f: SummaryFacts, declared: Zone | undefined): SummaryFacts {
  if (!f.zone && declared && (f.start || f.end)) f.zone = declared;
  return f;
}

/** A zone the document declares for all its times ("All times UTC", "All times are in WAT"), on a prose line. */
function declaredZone(p: ParsedText): Zone | undefined {
  const maybe = linesMatching(p, ALL_TIMES);
  for (let n = 0; n < p.lineCount; n++) {
    if (!maybe[n] || p.kinds[n] !== LineKind.Text) continue;
    const line = p.lines[n]!;
    const head = line.length > 2000 ? line.slice(0, 2000) : line;
    ALL_TIMES.lastIndex = 0;
    for (let m = ALL_TIMES.exec(head); m; m = ALL_TIMES.exec(head)) {
      if (m.index > 0 && /\w/.test(head[m.index - 1]!)) continue;
      const z = findZone(line.slice(m.index, m.index + 200));
      if (z) return z;
      break;
    }
  }
  return undefined;
}

/** The timeline: the template's timeline section (by title or content), else a section named like one. */
function readTimelineOf(
  p: ParsedText,
  o: Outline,
  stamps: ReturnType<typeof stampReader>,
  summary: SummaryFacts,
): Timeline | undefined {
  const t = o.template;
  const region = o.regions.find((r) => t.sections[r.templateIndex]!.content?.includes('timeline'));
  let section = region?.section;
  let start = region?.startLine,
    end = region?.endLine;
  if (region === undefined) {
    let best = 0.7;
    o.sections.forEach((s, i) => {
      const sc = bestSimilarity(headingKey(s.title), TIMELINE_KEYS);
      if (sc > best) [best, section, start, end] = [sc, i, s.bodyStartLine, s.endLine];
    });
  }
  if (start === undefined || end === undefined) return undefined;
  const heading = section !== undefined ? o.sections[section]!.rawTitle : '';
  const read = readTimeline(
    p,
    start,
    end,
    heading,
    stamps,
    section !== undefined ? o.sections[section]!.headingLine : -1,
  );
  const { keys, rollover } = orderKeys(read.entries, read.zone ?? summary.zone);
  const first = keys.find((k) => k !== undefined);
  const phases = classifyTimeline(read.entries, keys);
  // The raw entries become the model's entries (built here, frozen with the model; nothing patches them later).
  const entries = read.entries as TimelineEntry[];
  entries.forEach((e, i) => {
    const k = keys[i];
    e.phase = phases[i]!;
    if (k !== undefined && first !== undefined && !(rollover && k - first >= 1440 * 2)) e.elapsedMinutes = k - first;
  });
  const tl: Timeline = {
    startLine: start,
    endLine: end,
    entries,
    ...(section !== undefined ? { section } : {}),
    ...(read.zone ? { zone: read.zone } : {}),
  };
  if (rollover) tl.rolloverGuessed = true;
  return tl;
}

/** Tasks: items of the sections that hold a task list, plus checkbox items anywhere (each line once). */
function readTasks(p: ParsedText, o: Outline, incident: CalendarDate | undefined): Task[] {
  const seen = new Set<number>();
  const out: Task[] = [];
  for (const r of o.regions) {
    if (!o.template.sections[r.templateIndex]!.content?.includes('task-list')) continue;
    for (const task of tasksIn(p, r.startLine, r.endLine, r.startColumn, incident)) {
      if (seen.has(task.line)) continue;
      seen.add(task.line);
      out.push(task);
    }
  }
  for (const task of checkboxTasks(p, incident)) {
    if (seen.has(task.line)) continue;
    seen.add(task.line);
    out.push(task);
  }
  return out.sort((a, b) => a.line - b.line);
}

/**
 * The incident's date with its year, which a deadline written without one ("15 Dec") takes: the summary's start,
 * else the first dated timeline entry, else front matter `date:`, else the first dated line near the top.
 */
function incidentDate(p: ParsedText, summary: SummaryFacts, timeline: Timeline | undefined): CalendarDate | undefined {
  if (summary.start?.date?.year !== undefined) return summary.start.date;
  for (const e of timeline?.entries ?? []) if (e.date?.year !== undefined) return e.date;
  const front = p.frontMatter?.data['date'];
  const fromFront = front ? findDates(front)[0] : undefined;
  if (fromFront?.date.year !== undefined) return fromFront.date;
  for (let n = 0; n < Math.min(p.lineCount, 40); n++) {
    if (p.kinds[n] !== LineKind.Text) continue;
    const d = findDates(p.lines[n]!.slice(0, 400)).find((x) => x.date.year !== undefined);
    if (d) return d.date;
  }
  return undefined;
}

const ESSAY = new RegExp(`\\b${anyCase('post')}-?${anyCase('mortem')}[Ss]?\\b`, 'g');

/**
 * Whether the document reads as a postmortem. Not: an outline whose sections hold no text, or an essay or
 * how-to about postmortems (it names no time or date, tells no timeline, and talks about postmortems).
 */
function readingOf(p: ParsedText, o: Outline, timeline: Timeline | undefined): { postmortem: boolean; why?: string } {
  let prose = 0,
    timed = false,
    mentions = 0;
  const headings = new Set(o.sections.map((s) => s.headingLine));
  const essay = linesMatching(p, ESSAY);
  for (let n = 0; n < p.lineCount; n++) {
    if (p.kinds[n] !== LineKind.Text || headings.has(n) || n === o.titleLine) continue;
    const line = p.lines[n]!;
    if (prose === 0 && /[\p{L}\p{N}]/u.test(line)) prose++; // only "none" matters
    if (!timed && /\d/.test(line) && (mayHaveTime(line) || datesIn(line))) timed = true;
    if (!essay[n]) continue;
    const head = line.length > 2000 ? line.slice(0, 2000) : line;
    ESSAY.lastIndex = 0;
    while (ESSAY.exec(head)) mentions++;
  }
  if (o.sections.length > 0 && prose === 0) return { postmortem: false, why: 'no section has content' };
  const entries = timeline?.entries.filter((e) => e.time || e.date).length ?? 0;
  if (!timed && entries === 0 && mentions >= 2 && o.sections.length > 0) {
    return {
      postmortem: false,
      why: 'it describes no incident: no time or date, no timeline, and it talks about postmortems in general',
    };
  }
  return { postmortem: true };
}

// Cheap check used by readingOf (times: mayHaveTime).
function datesIn(line: string): boolean {
  return /\b\d{4}-\d{1,2}-\d{1,2}\b|\b\d{1,2}\/\d{1,2}\/\d{2,4}\b|\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d{1,2}\b|\b\d{1,2}(?:st|nd|rd|th)?\s+(?:of\s+)?(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)/i.test(
    line,
  );
}

/**
 * Freezes the model, its arrays and the records in them (sections, regions, entries, tasks, summary facts), so no
 * consumer can patch what another reads. The parsed text and the per-line times are frozen as containers only:
 * freezing every token and timestamp of a 1 MB document costs more than it protects.
 */
function freeze(m: PostmortemModel): PostmortemModel {
  const deep = (v: unknown, depth: number): void => {
    if (v === null || typeof v !== 'object' || Object.isFrozen(v)) return;
    Object.freeze(v);
    if (depth === 0) return;
    // Indexes and keys, not Object.values: no array per record (a 1 MB document has thousands of them).
    if (Array.isArray(v)) for (let i = 0; i < v.length; i++) deep(v[i], depth - 1);
    else for (const key in v) deep((v as Record<string, unknown>)[key], depth - 1);
  };
  for (const [k, v] of Object.entries(m)) {
    if (k === 'parsed') continue;
    deep(v, k === 'times' || k === 'lines' ? 0 : 3);
  }
  return Object.freeze(m);
}
