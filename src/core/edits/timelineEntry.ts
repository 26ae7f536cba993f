// Plans a new timeline entry the way the document writes its entries: the clock now while the incident is live,
// a prefilled time to type over for a past incident, or a typed time; placed so the rest reads the same (checked).
import { readModel } from '../lint';
import { formatTimelineStamp } from '../time/format';
import { wallClock } from '../time/input';
import { orderKeys, type Timed } from '../time/order';
import type { PostmortemModel, Template, TextEdit, TimelineEntry, Timestamp, Zone } from '../types';
import { readingChange, readingOf } from './readsSame';
import { insertLinesEdit } from './text';
import {
  chronologicalAnchor,
  entryBlockEnd,
  entryUnderCursor,
  lastContentLine,
  newSection,
  planTimelineInsert,
  timelineEntries,
  timelineExtent,
  type Placement,
} from './timelineInsert';
import {
  formatEntry,
  padHintOf,
  readEntryStyle,
  styleFromFormat,
  type EntryStyle,
  type WallTime,
} from './timelineStyle';

/** An incident whose latest entry is at most this old (in minutes) is live: entries are stamped with the clock. */
export const LIVE_WINDOW_MINUTES = 6 * 60;

/** What the user asked for, and the settings that apply when the timeline has nothing to imitate. */
export interface EntryRequest {
  now: Date;
  /** After the entry under the cursor (stamped now, or prefilled for a past incident), or at a typed time in time order. */
  placement: Placement;
  /** `postmortem.timeline.*`: the zone ('UTC', 'local', an IANA name), the format and includeDate; defaults only. */
  defaults: { timeZone: string; format: string; includeDate: boolean };
  template?: Template;
  /** Reads text into a model the way the document was read (default: the core's reader with the document's template). */
  read?: (text: string) => PostmortemModel;
}

/** The planned insert. */
export interface EntryPlan {
  edit: TextEdit;
  /** Line of the new entry after the edit. */
  line: number;
  /** Where the entry's text goes. */
  cursor: { line: number; column: number };
  /** For a past incident: the prefilled time on `line`, for the user to type over. */
  time?: { startColumn: number; endColumn: number };
  /** 'live': stamped now; 'past': prefilled; 'at': the typed time. */
  mode: 'live' | 'past' | 'at';
  createdSection: boolean;
}

/** A plan, or why no insert could keep the rest of the document reading the same. */
export type EntryResult = EntryPlan | { refused: string };

/** Where a zone's clock is read from. */
interface ZoneSpec {
  iana?: string;
  local?: boolean;
  offsetMinutes: number;
}

/**
 * Plans a timeline entry for `doc`: written like its entries (shape, clock, separator, zone, a date only when
 * they carry one), placed after the entry at the cursor (or in time order), and checked by reading the document
 * again: every section and summary fact as before, the timed entries as before plus this one. A placement that
 * fails the check gives way to a safer one (blank lines around it, then the end of the timeline).
 */
export function planTimelineEntry(doc: PostmortemModel, req: EntryRequest): EntryResult {
  // Read again with the template the document was read with (passed as a custom one, so custom templates work too).
  const read =
    req.read ?? ((text: string) => readModel(text, { template: doc.template.id, customTemplates: [doc.template] }));
  const lines = [...doc.lines];
  const entries = timelineEntries(doc);
  const timed = entries.filter((e) => e.time?.valid);
  const extent = timelineExtent(doc);
  if (!extent || timed.length === 0) return untimedTimeline(doc, req, lines, entries, read);

  const anchor =
    req.placement.kind === 'cursor'
      ? (entryUnderCursor(entries, req.placement.line, extent.headingLine, extent.endLine) ??
        entries[entries.length - 1]!)
      : (chronologicalAnchor(entries, req.placement) ?? entries[entries.length - 1]!);
  const styleAt = anchor === 'first' ? timed[0]! : anchor;
  const padHint = padHintOf(timed, lines);
  const source = styleSource(entries, styleAt, lines, padHint);
  const fallbackZone = doc.timeline?.zone ?? doc.summary.zone;
  const settingZone = zoneOfSetting(req.defaults.timeZone, req.now);
  const entryZone = source?.entry.time?.zone;
  const zone: ZoneSpec = entryZone ? specOf(entryZone) : fallbackZone ? specOf(fallbackZone) : settingZone.spec;
  const style: EntryStyle =
    source?.style ??
    adaptMarker(
      styleFromFormat(req.defaults.format, fallbackZone?.raw ?? settingZone.label, req.defaults.includeDate),
      lines[styleAt.line] ?? '',
    );
  if (!style.zone && !fallbackZone) style.zone = { before: ' ', label: settingZone.label, after: '' };

  const keyed = keysOf(doc, entries, zone, req.now);
  let wall: WallTime;
  let mode: EntryPlan['mode'];
  if (req.placement.kind === 'time') {
    mode = 'at';
    wall = typedWall(req.placement, anchor === 'first' ? timed[0]! : anchor, zone, req.now);
  } else {
    const a = anchor === 'first' ? undefined : anchor;
    const live = isLive(entries, keyed, a);
    mode = live ? 'live' : 'past';
    wall = live ? wallIn(req.now, zone) : prefill(entries, keyed, a);
  }
  const text = formatEntry(style, wall);
  let why: string | undefined;
  for (const c of placements(doc, lines, entries, anchor, extent, style)) {
    const res = insertLinesEdit(lines, c.at, [text.head + text.tail], {
      blankBefore: c.blankBefore,
      blankAfter: c.blankAfter,
    });
    const plan: EntryPlan = {
      edit: res.edit,
      line: res.firstLine,
      cursor: { line: res.firstLine, column: text.head.length },
      mode,
      createdSection: false,
    };
    if (mode === 'past') plan.time = { startColumn: text.timeStart, endColumn: text.timeEnd };
    why = verify(doc, plan, wall, read, 0);
    if (why === undefined) return plan;
  }
  return { refused: `adding an entry there would change how the rest of the document reads (${why})` };
}

/** The timeline has no timed entry (or no timeline): the settings' format, stamped now or at the summary's start. */
function untimedTimeline(
  doc: PostmortemModel,
  req: EntryRequest,
  lines: string[],
  entries: TimelineEntry[],
  read: (text: string) => PostmortemModel,
): EntryResult {
  const declared = doc.timeline?.zone ?? doc.summary.zone;
  const setting = zoneOfSetting(req.defaults.timeZone, req.now);
  const zone = declared ? specOf(declared) : setting.spec;
  const neighbour = entries[entries.length - 1];
  let style = styleFromFormat(req.defaults.format, declared?.raw ?? setting.label, req.defaults.includeDate);
  if (neighbour) style = adaptMarker(style, lines[neighbour.line] ?? '');
  // A summary that dates the incident hours or days ago: the entry starts at the incident's start, to type over.
  const start = doc.summary.start;
  const startWall =
    start?.valid && start.date
      ? {
          year: start.date.year ?? wallIn(req.now, zone).year,
          month: start.date.month,
          day: start.date.day,
          hour: start.hour,
          minute: start.minute,
        }
      : undefined;
  let mode: EntryPlan['mode'] = 'live';
  let wall = wallIn(req.now, zone);
  if (req.placement.kind === 'time') {
    mode = 'at';
    wall = {
      ...wall,
      hour: req.placement.hour,
      minute: req.placement.minute,
      second: 0,
      ...(req.placement.date ?? {}),
    };
  } else if (startWall) {
    const gap =
      (Date.UTC(wall.year, wall.month - 1, wall.day, wall.hour, wall.minute) -
        Date.UTC(startWall.year, startWall.month - 1, startWall.day, startWall.hour, startWall.minute)) /
      60000;
    if (gap < -5 || gap > LIVE_WINDOW_MINUTES) [mode, wall] = ['past', startWall];
  }
  const text = formatEntry(style, wall);
  const template = req.template ?? doc.template;
  const stamp = text.head + text.tail;
  const candidates = [
    planTimelineInsert(
      doc,
      lines,
      stamp,
      { kind: 'cursor', line: req.placement.kind === 'cursor' ? req.placement.line : -1 },
      template,
    ),
  ];
  // A section read as the timeline by its content (an untimed list of steps) may stop reading as one once it holds a
  // timed entry: then the entry starts a Timeline section of its own.
  const region = doc.regions.find((r) => doc.template.sections[r.templateIndex]?.content?.includes('timeline'));
  if (doc.timeline && region?.by !== 'title') candidates.push(newSection(doc, lines, stamp, template));
  let why: string | undefined;
  for (const planned of candidates) {
    const line = planned.cursor.line;
    const plan: EntryPlan = {
      edit: planned.edit,
      line,
      cursor: { line, column: text.head.length },
      mode,
      createdSection: planned.createdSection,
    };
    if (mode === 'past') plan.time = { startColumn: text.timeStart, endColumn: text.timeEnd };
    why = verify(doc, plan, wall, read, planned.createdSection ? 1 : 0);
    if (why === undefined) return plan;
  }
  return { refused: `adding an entry would change how the rest of the document reads (${why})` };
}

/** Reads the document after the edit: undefined when it reads as before plus the one entry, else what changed. */
function verify(
  doc: PostmortemModel,
  plan: EntryPlan,
  wall: WallTime,
  read: (text: string) => PostmortemModel,
  sections: number,
): string | undefined {
  const lines = [...doc.lines];
  const after = read(applyInsert(lines, plan.edit));
  // Every line of the document reads as before, in the same section; the inserted lines are left out of the texts.
  const inserted = insertedLines(lines, after.lines);
  const why = readingChange(readingOf(doc), readingOf(after, { skip: [inserted] }), { entries: 1, sections });
  if (why) return why;
  const entry = after.timeline?.entries.find((e) => e.line === plan.line && e.time?.valid);
  if (!entry || entry.time!.hour !== wall.hour || entry.time!.minute !== wall.minute)
    return 'the new entry does not read with its time';
  return undefined;
}

/** The lines [from, to) of `after` that are not in `before`: between their common first and last lines. */
export function insertedLines(before: readonly string[], after: readonly string[]): { from: number; to: number } {
  let head = 0,
    tail = 0;
  while (head < before.length && head < after.length && before[head] === after[head]) head++;
  while (
    tail < before.length - head &&
    tail < after.length - head &&
    before[before.length - 1 - tail] === after[after.length - 1 - tail]
  )
    tail++;
  return { from: head, to: after.length - tail };
}

// Applies an insertion edit to lines (edits are written with LF).
function applyInsert(lines: string[], e: TextEdit): string {
  const { startLine, startColumn, endLine, endColumn } = e.range;
  const head = lines
    .slice(0, startLine)
    .concat([(lines[startLine] ?? '').slice(0, startColumn) + e.newText + (lines[endLine] ?? '').slice(endColumn)]);
  return head.concat(lines.slice(endLine + 1)).join('\n');
}

/** The entry to imitate: the anchor when its style reads, else the nearest timed entry before it, else after. */
function styleSource(
  entries: TimelineEntry[],
  at: TimelineEntry,
  lines: readonly string[],
  padHint: boolean | undefined,
): { entry: TimelineEntry; style: EntryStyle } | undefined {
  const i = Math.max(0, entries.indexOf(at));
  const order = [at, ...entries.slice(0, i).reverse(), ...entries.slice(i + 1)];
  for (const e of order) {
    const style = readEntryStyle(e, lines[e.line] ?? '', padHint);
    if (style) return { entry: e, style };
  }
  return undefined;
}

/** The settings' style with the neighbour's bullet marker and indentation ("* ", "  - "). */
function adaptMarker(style: EntryStyle, neighbour: string): EntryStyle {
  const m = /^(\s{0,12})([-*+])\s/.exec(neighbour);
  if (m && /^[-*+]\s/.test(style.prefix)) return { ...style, prefix: m[1]! + m[2]! + style.prefix.slice(1) };
  return style;
}

/** The setting's zone: how to read its clock and how to write it. */
function zoneOfSetting(timeZone: string, now: Date): { spec: ZoneSpec; label: string } {
  const label = formatTimelineStamp(now, { timeZone, format: 'Z' });
  if (timeZone === 'UTC') return { spec: { offsetMinutes: 0 }, label };
  if (timeZone === 'local') return { spec: { local: true, offsetMinutes: -now.getTimezoneOffset() }, label };
  return { spec: { iana: timeZone, offsetMinutes: offsetAt(timeZone, now) }, label };
}

// Offset of an IANA zone at an instant, in minutes.
function offsetAt(iana: string, now: Date): number {
  const w = wallClock(now, iana);
  return Math.round(
    (Date.UTC(w.year, w.month - 1, w.day, w.hour, w.minute) - Math.floor(now.getTime() / 60000) * 60000) / 60000,
  );
}

/** A zone as written in the document, as a clock to read. */
function specOf(z: Zone): ZoneSpec {
  return z.iana ? { iana: z.iana, offsetMinutes: z.offsetMinutes ?? 0 } : { offsetMinutes: z.offsetMinutes ?? 0 };
}

/** The wall clock of an instant in a zone (Intl for named zones, the offset for abbreviations such as PST). */
export function wallIn(now: Date, z: ZoneSpec): WallTime {
  if (z.local || z.iana) {
    const w = wallClock(now, z.local ? 'local' : z.iana!);
    return { ...w, second: z.local ? now.getSeconds() : now.getUTCSeconds() };
  }
  const d = new Date(now.getTime() + z.offsetMinutes * 60000);
  return {
    year: d.getUTCFullYear(),
    month: d.getUTCMonth() + 1,
    day: d.getUTCDate(),
    hour: d.getUTCHours(),
    minute: d.getUTCMinutes(),
    second: d.getUTCSeconds(),
  };
}

/** Order keys of the entries and of "now", on one axis (dates from the entries, else the summary's start date). */
interface Keyed {
  keys: Array<number | undefined>;
  now: number | undefined;
  /** Minutes to add to a key to read it as a wall clock in the entry's zone (the zone's offset). */
  offset: number;
}

function keysOf(doc: PostmortemModel, entries: TimelineEntry[], zone: ZoneSpec, now: Date): Keyed {
  const dated = entries.some((e) => e.date || e.time?.date);
  const summaryDate = dated ? undefined : doc.summary.start?.date;
  const w = wallIn(now, zone);
  const anyYear = entries.some((e) => (e.time?.date ?? e.date)?.year !== undefined) || summaryDate?.year !== undefined;
  const nowDate =
    dated || summaryDate ? { month: w.month, day: w.day, ...(anyYear ? { year: w.year } : {}) } : undefined;
  const nowStamp: Timestamp = {
    raw: 'now',
    line: -1,
    startColumn: 0,
    endColumn: 0,
    hour: w.hour,
    minute: w.minute,
    valid: true,
    zone: { raw: 'now', offsetMinutes: zone.offsetMinutes },
  };
  if (nowDate) nowStamp.date = nowDate;
  const timed: Timed[] = entries.map((e) => {
    const t: Timed = {};
    if (e.time) t.time = e.time;
    const date = e.date ?? summaryDate;
    if (date) t.date = date;
    return t;
  });
  // Entries without a zone are in the timeline's or summary's zone, else in the zone the new entry is written in.
  const { keys } = orderKeys(
    [...timed, { time: nowStamp }],
    doc.timeline?.zone ?? doc.summary.zone ?? { raw: '', offsetMinutes: zone.offsetMinutes },
  );
  const nowKey = keys.pop();
  return { keys, now: nowKey, offset: zone.offsetMinutes };
}

/** Live: now is no earlier than the latest entry, at most LIVE_WINDOW after it, and not before the entry after the anchor. */
function isLive(entries: TimelineEntry[], k: Keyed, anchor: TimelineEntry | undefined): boolean {
  if (k.now === undefined) return true;
  let latest: number | undefined;
  for (const x of k.keys) if (x !== undefined && (latest === undefined || x > latest)) latest = x;
  if (latest === undefined) return true;
  if (k.now < latest - 5 || k.now - latest > LIVE_WINDOW_MINUTES) return false;
  const next = nextKey(entries, k, anchor);
  return next === undefined || k.now <= next;
}

// The key of the first timed entry after the anchor (in line order).
function nextKey(entries: TimelineEntry[], k: Keyed, anchor: TimelineEntry | undefined): number | undefined {
  const i = anchor ? entries.indexOf(anchor) : -1;
  for (let j = i + 1; j < entries.length; j++) if (k.keys[j] !== undefined) return k.keys[j];
  return undefined;
}

/** A past incident's prefill: halfway to the next entry, or five minutes after the anchor. */
function prefill(entries: TimelineEntry[], k: Keyed, anchor: TimelineEntry | undefined): WallTime {
  const i = anchor ? entries.indexOf(anchor) : -1;
  let a: number | undefined;
  for (let j = i; j >= 0 && a === undefined; j--) a = k.keys[j];
  const b = nextKey(entries, k, anchor);
  let t: number;
  if (a === undefined) t = (b ?? 0) - 5;
  else t = b !== undefined && b > a ? a + Math.floor((b - a) / 2) : a + 5;
  const d = new Date((t + k.offset) * 60000);
  return {
    year: d.getUTCFullYear(),
    month: d.getUTCMonth() + 1,
    day: d.getUTCDate(),
    hour: d.getUTCHours(),
    minute: d.getUTCMinutes(),
    second: 0,
  };
}

/** The typed time, dated from the entry it follows (the next day when the clock went round), else today. */
function typedWall(
  p: Extract<Placement, { kind: 'time' }>,
  anchor: TimelineEntry,
  zone: ZoneSpec,
  now: Date,
): WallTime {
  const today = wallIn(now, zone);
  const base = { hour: p.hour, minute: p.minute, second: 0 };
  if (p.date) return { ...p.date, ...base };
  const d = anchor.time?.date ?? anchor.date;
  if (!d) return { ...today, ...base };
  const rolled = anchor.time && p.hour * 60 + p.minute < anchor.time.hour * 60 + anchor.time.minute;
  const day = new Date(Date.UTC(d.year ?? today.year, d.month - 1, d.day + (rolled ? 1 : 0)));
  return { year: day.getUTCFullYear(), month: day.getUTCMonth() + 1, day: day.getUTCDate(), ...base };
}

/** Where the entry may go, safest last: right after the anchor, then with blank lines around it, then the timeline's end. */
function placements(
  doc: PostmortemModel,
  lines: readonly string[],
  entries: TimelineEntry[],
  anchor: TimelineEntry | 'first',
  extent: { endLine: number },
  style: EntryStyle,
): Array<{ at: number; blankBefore: boolean; blankAfter: boolean }> {
  const table = style.prefix.trimStart().startsWith('|');
  const starts = new Set(entries.map((e) => e.line));
  let at: number;
  if (anchor === 'first') at = entries.find((e) => e.time?.valid)?.line ?? entries[0]!.line;
  else {
    const next = entries.find((e) => e.line > anchor.line)?.line ?? extent.endLine;
    let end = Math.min(Math.max(anchor.endLine, entryBlockEnd(lines, anchor, entries, extent.endLine)), next);
    while (end > anchor.line + 1 && (lines[end - 1] ?? '').trim() === '') end--;
    at = end;
    // A loose list (entries apart by blank lines) stays loose.
    if (
      !table &&
      (lines[at] ?? '').trim() === '' &&
      next < extent.endLine &&
      starts.has(next) &&
      lines.slice(at, next).every((l) => l.trim() === '')
    ) {
      return [{ at: next, blankBefore: true, blankAfter: true }, ...safer(doc, lines, at, table)];
    }
  }
  const following = lines[at] ?? '';
  const glued = !table && following.trim() !== '' && !starts.has(at);
  // Text right below the entry (a title glued to the list): a blank line keeps it out of the new entry; when that
  // changes how it reads (a setext title a list had swallowed), the entry goes in tight, as the one before it was.
  const tight = [
    { at, blankBefore: false, blankAfter: glued },
    ...(glued ? [{ at, blankBefore: false, blankAfter: false }] : []),
  ];
  return [...tight, ...safer(doc, lines, at, table)];
}

// The safer placements: blank lines on both sides, then after the timeline's last line.
function safer(
  doc: PostmortemModel,
  lines: readonly string[],
  at: number,
  table: boolean,
): Array<{ at: number; blankBefore: boolean; blankAfter: boolean }> {
  if (table) return [];
  const tl = doc.timeline!;
  const last = lastContentLine(lines, tl.startLine, Math.min(tl.endLine, lines.length));
  return [
    { at, blankBefore: true, blankAfter: true },
    ...(last !== undefined ? [{ at: last + 1, blankBefore: true, blankAfter: true }] : []),
  ];
}

/** The zone a new entry is written in, for prompts: the entries' own, the timeline's or summary's, else the setting's. */
export function entryZoneLabel(doc: PostmortemModel, settingTimeZone: string, now: Date): string {
  const e = timelineEntries(doc).find((x) => x.time?.valid && x.time.zone);
  return (
    e?.time?.zone?.raw ??
    doc.timeline?.zone?.raw ??
    doc.summary.zone?.raw ??
    formatTimelineStamp(now, { timeZone: settingTimeZone, format: 'Z' })
  );
}
