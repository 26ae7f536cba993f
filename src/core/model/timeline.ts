// Reads the timeline's entries however people write them: bullets (nested bullets belong to their entry), table
// rows, `time - text` lines glued into one paragraph, a time alone on a line followed by its text, time and date
// headings, HTML list items, indented blocks, run-on paragraphs with several times, and untimed step lists.
import { LineKind, type Block, type ParsedText } from '../parse/index';
import { stripInline } from '../outline/normalize';
import { findDates, findTimestamps } from '../time/parse';
import { findZone } from '../time/zones';
import type { Phase, TimelineEntry, Timestamp, Zone } from '../types';

type DateOnly = { year?: number; month: number; day: number };

/** An entry before its phase is known. */
export type RawEntry = Omit<TimelineEntry, 'phase'> & { phase?: Phase };

// Markup before an entry's text: spaces, emphasis, quote and list marks, brackets, tags (bounded), escapes, pseudo-bullets.
const LEAD = /^(?:[\s*_~`>([\\•·◦▪‣⁃\p{Extended_Pictographic}\uFE0F\u200D]|<[^<>]{0,200}>){0,40}/u;
// What separates a time from its text: closing markup, a dash, colon or bar, opening markup.
const SEPARATOR = /^(?:[\s*_~`)\]]|<\/?[^<>]{0,200}>){0,20}(?::-|[-–—:|~=>]{1,3})?(?:[\s*_~`]|<[^<>]{0,200}>){0,20}/;
const ITEM = /^\s*(?:[-*+•]|\d{1,9}[.)])\s+(?:\[[ xX]\]\s+)?/;
const RANGE_GAP = /^\s*(?:[-\u2013\u2014~]{1,3}|to|until|till|through)\s*$/i;
const INTRO = /:\s*$/;
// What may follow a time that closes its line in brackets: the bracket, emphasis, a full stop.
const CLOSING_TAIL = /^[\s)\]*_.]{1,8}$/;
/**
 * A step told by its place after the one before it ("Shortly after, …", "Next day: …", "The following morning …"):
 * an entry without a clock time, in a timeline whose other steps have one.
 */
const RELATIVE =
  /^(?:(?:shortly|soon|right|just|immediately|not long|a (?:few|couple of) (?:minutes?|mins?|hours?)|(?:\d{1,3}|two|three|five|ten|fifteen|twenty|thirty|forty) (?:minutes?|mins?|hours?)|minutes|hours|moments?)\s+(?:after(?:wards)?|later)|(?:the\s+)?(?:next|following)\s+(?:day|morning|evening|afternoon|night|week|monday|tuesday|wednesday|thursday|friday)|later\s+(?:that|the same|in the)\s+(?:day|night|morning|evening|afternoon)|the\s+day\s+after|(?:the\s+)?day\s+after|on\s+the\s+\d{1,2}(?:st|nd|rd|th)|(?:a\s+(?:bit|little|while|moment)|a\s+little\s+while|some\s+(?:time|minutes|hours))\s+later|later\s+on|in\s+the\s+(?:morning|afternoon|evening|night)|that\s+(?:morning|afternoon|evening|night)|(?:the\s+)?(?:day|night|evening|morning|afternoon)\s+before|(?:the\s+)?(?:previous|prior)\s+(?:day|night|evening|morning|afternoon)|yesterday|last\s+(?:night|evening))\b/i;

const NEXT_DAY =
  /^(?:the\s+)?(?:(?:next|following)\s+(?:day|morning|evening|afternoon|night|week|monday|tuesday|wednesday|thursday|friday)|day\s+after)\b/i;

/** True when a line, past its markup, opens with a relative time ("Shortly after, the provider was suspected"). */
function opensRelative(line: string, column: number): boolean {
  return RELATIVE.test(headAt(line, column));
}

/** The first 60 characters of a line from `column`, past its markup (and, with `marker`, a list marker first). */
function headAt(line: string, column = 0, marker = false): string {
  let from = column;
  if (marker) from += /^\s*(?:(?:[-*+]|\d{1,3}[.)])\s+)?/.exec(line.slice(from, from + 400))![0].length;
  const lead = from + (LEAD.exec(line.slice(from, from + 400))?.[0].length ?? 0);
  return line.slice(lead, lead + 60);
}

const WEEKDAY = /^(mon|tue|wed|thu|fri|sat|sun)(?:day|sday|nesday|rsday|urday|s|d|r|t)?\.?,?\s+(?=\d)/i;
const DAYS = ['sun', 'mon', 'tue', 'wed', 'thu', 'fri', 'sat'];

/** The weekday (0 = Sunday) a line opens with, before a clock ("Tue 7:05 am — …", "**Monday 18:40** …"). */
function weekdayOf(line: string): number | undefined {
  const m = WEEKDAY.exec(headAt(line, 0, true));
  return m ? DAYS.indexOf(m[1]!.toLowerCase()) : undefined;
}

/** How a text placed by words opens: 'nextDay', 'later', or undefined. */
function relativeOf(text: string): 'later' | 'nextDay' | undefined {
  const head = headAt(text, 0, true);
  if (!RELATIVE.test(head)) return undefined;
  return NEXT_DAY.test(head) ? 'nextDay' : 'later';
}

/** Reads the entries of lines [start, end) and the zone the timeline declares. */
export function readTimeline(
  p: ParsedText,
  start: number,
  end: number,
  headingTitle: string,
  stamps: (n: number) => readonly Timestamp[],
  headingLine = -1,
): { entries: RawEntry[]; zone?: Zone } {
  let zone = findZone(headingTitle.replace(/timeline/i, ''));
  const units = unitsOf(p, start, end);
  const entries: RawEntry[] = [];
  let ctxDate: DateOnly | undefined;
  // A bare time heading ("### 10:20 UTC") and where its entry goes: the untimed bullets and lines under it, up to the
  // next heading, are its text (one entry at the heading line, as a time alone on a line is one with the text below).
  let head: { entry: RawEntry; at: number; told: boolean } | undefined;
  // Timed mode: most units carry a time, so untimed prose between them is intro or narrative, not an entry.
  const timedUnits = units.filter((u) => u.kind !== 'heading' && leadingTime(p, u.line, u.column, stamps)).length;
  const timed = timedUnits >= 2;
  for (const u of units) {
    const line = p.lines[u.line]!;
    // The rest of a heading line ("**Timeline:** grab a coffee, this one is long"): an aside, unless it is timed.
    if (u.line === headingLine && u.kind !== 'heading' && !leadingTime(p, u.line, u.column, stamps)) continue;
    if (u.kind === 'heading') {
      const d = dateOnly(line);
      head = undefined;
      if (d) {
        ctxDate = d;
        continue;
      }
      const e = leadingTime(p, u.line, u.column, stamps) && entryAt(p, u, stamps, ctxDate, 'heading');
      if (e && e.text) entries.push(e);
      else if (e) head = { entry: e, at: entries.length, told: false };
      continue;
    }
    if (head && u.kind !== 'row' && !leadingTime(p, u.line, u.column, stamps)) {
      const x = u.kind === 'line' ? undefined : entryAt(p, u, stamps, ctxDate, 'bullet');
      const text = u.kind === 'line' ? stripInline(line).trim() : [x?.text, x?.detail].filter(Boolean).join(' ');
      if (text) {
        head.entry.detail = joinDetail(head.entry.detail, text);
        head.entry.endLine = Math.max(head.entry.endLine, u.endLine, u.line + 1);
        if (!head.told) entries.splice(head.at, 0, head.entry);
        head.told = true;
      }
      continue;
    }
    if (u.kind === 'row') {
      const e = tableEntry(p, u, ctxDate, stamps, !timed);
      if (e) entries.push(e);
      continue;
    }
    if (u.kind === 'line') {
      const d = dateOnly(line);
      if (d && !stamps(u.line).length) {
        ctxDate = d;
        if (!zone && line.length <= 100 && /\btimes?\b|zone/i.test(line)) zone = findZone(line);
        continue;
      }
      const t = leadingTime(p, u.line, u.column, stamps);
      if (!t && !opensWithDate(line, u.column)) {
        if (
          !zone &&
          line.length <= 100 &&
          !stamps(u.line).length &&
          /\btimes?\b[^.]{0,40}\b(?:in|are|utc|gmt)\b|\bzone\b/i.test(line)
        ) {
          const z = findZone(line);
          if (z) {
            zone = z;
            continue;
          }
        }
        // A line continuing a timed entry above it (same paragraph), or the text under a time on a line of its own,
        // belongs to that entry; in an untimed step list every line is a step.
        const prev = entries[entries.length - 1];
        if (
          prev &&
          prev.line < u.line &&
          !opensRelative(line, u.column) &&
          ((u.continues && prev.endLine >= u.line && (timed || prev.time)) || (prev.time && !prev.text && !prev.detail))
        ) {
          prev.endLine = u.line + 1;
          prev.detail = joinDetail(prev.detail, stripInline(line));
          continue;
        }
        // In a timed timeline untimed prose is narrative; a paragraph that holds a time of its own ("The problem
        // began at 02:10, when …") is an entry at that time whatever the other paragraphs look like.
        if (
          timed &&
          !opensRelative(line, u.column) &&
          !stamps(u.line).some((t) => t.valid && !isEvidence(line, t, u.column))
        )
          continue;
        if (INTRO.test(line) && !stamps(u.line).length) continue;
      }
      for (const e of clausesOf(p, u, stamps, ctxDate)) entries.push(e);
      continue;
    }
    // A bullet (a run-on bullet holding several timed clauses is split at each) or a paragraph-shaped unit.
    if (u.kind === 'item') {
      const clauses = clausesOf(p, u, stamps, ctxDate);
      if (clauses.length > 1) {
        entries.push(...clauses);
        continue;
      }
    }
    const e = entryAt(p, u, stamps, ctxDate, u.kind === 'item' ? 'bullet' : 'paragraph');
    if (!e) continue;
    if (!e.time && !e.date && timed && u.kind === 'paragraph' && !opensRelative(line, u.column)) continue;
    if (INTRO.test(line) && !e.time && u.kind === 'paragraph') continue;
    entries.push(e);
  }
  // Entries placed by words ("Next day 10:00 - …", "Shortly after, …", "Tue 7:05 am - …"): read from the entry's own
  // start. A weekday other than the one before it is a later day.
  let weekday: number | undefined;
  let lastLine = -1;
  for (const e of entries) {
    const first = e.line !== lastLine;
    lastLine = e.line;
    // (Of a run-on line, only the first clause starts where the line does.)
    if (e.shape === 'clause' && !first) continue;
    const line = p.lines[e.line]!;
    const wd = e.date ? undefined : weekdayOf(line);
    if (wd !== undefined) {
      e.relative = weekday !== undefined && wd !== weekday ? 'nextDay' : 'later';
      weekday = wd;
      continue;
    }
    if (e.relative || e.shape === 'clause') continue;
    const r = relativeOf(line);
    if (r) e.relative = r;
  }
  const out: { entries: RawEntry[]; zone?: Zone } = { entries };
  if (zone) out.zone = zone;
  return out;
}

/** A stretch of the timeline: a list item, a table row, a heading, or one line of a paragraph. */
interface Unit {
  kind: 'item' | 'row' | 'heading' | 'line' | 'paragraph';
  line: number;
  endLine: number;
  /** Column where the unit's text starts (after the bullet or the quote marks). */
  column: number;
  /** True for a paragraph line that follows another line of the same paragraph. */
  continues?: boolean;
  block?: Block;
}

/** Splits lines [start, end) into units, in line order. */
function unitsOf(p: ParsedText, start: number, end: number): Unit[] {
  const units: Unit[] = [];
  let minDepth = Infinity;
  for (const b of p.blocks)
    if (b.kind === 'item' && b.startLine >= start && b.startLine < end) minDepth = Math.min(minDepth, b.depth);
  const covered = new Uint8Array(Math.max(0, end - start));
  const cover = (a: number, b: number): void => {
    for (let n = Math.max(a, start); n < Math.min(b, end); n++) covered[n - start] = 1;
  };
  for (const b of p.blocks) {
    if (b.endLine <= start || b.startLine >= end) continue;
    if (b.kind === 'item' && b.depth === minDepth) {
      const itemEnd = Math.min(b.endLine, end);
      // Lines of the item at the left margin that start with a time are entries of their own (a list glued to lines).
      let stop = itemEnd;
      for (let n = b.startLine + 1; n < itemEnd; n++) {
        const l = p.lines[n]!;
        if (!/^\S/.test(l) || ITEM.test(l)) continue;
        if (findTimestamps(l.slice(0, 40), n).some((t) => t.startColumn <= 12)) {
          stop = n;
          break;
        }
      }
      units.push({
        kind: 'item',
        line: b.startLine,
        endLine: stop,
        column: ITEM.exec(p.lines[b.startLine]!)?.[0].length ?? 0,
        block: b,
      });
      cover(b.startLine, stop);
      for (let n = stop; n < itemEnd; n++)
        if (p.kinds[n] === LineKind.Text)
          units.push({ kind: 'line', line: n, endLine: n + 1, column: 0, continues: n > stop });
      cover(stop, itemEnd);
    } else if (b.kind === 'table') {
      for (let n = Math.max(b.startLine + 2, start); n < Math.min(b.endLine, end); n++)
        units.push({ kind: 'row', line: n, endLine: n + 1, column: 0, block: b });
      cover(b.startLine, b.endLine);
    } else if (b.kind === 'heading' && b.startLine >= start) {
      units.push({
        kind: 'heading',
        line: b.startLine,
        endLine: b.endLine,
        column: /^\s*#*\s*/.exec(p.lines[b.startLine]!)![0].length,
      });
      cover(b.startLine, b.endLine);
    }
  }
  // Paragraph, HTML and indented lines not inside an item or table: one unit per line.
  for (let n = start; n < end; n++) {
    if (covered[n - start] || p.kinds[n] !== LineKind.Text) continue;
    const raw = p.lines[n]!;
    const q = p.quote[n] ? (/^(?:\s{0,3}>)+\s?/.exec(raw)?.[0].length ?? 0) : 0;
    const li = /^\s*<li\b[^<>]{0,200}>/i.exec(raw);
    const prevText = n > start && p.kinds[n - 1] === LineKind.Text && !covered[n - 1 - start];
    units.push({
      kind: li ? 'item' : 'line',
      line: n,
      endLine: n + 1,
      column: li ? li[0].length : q,
      continues: prevText && !li && !ITEM.test(raw),
    });
  }
  units.sort((a, b) => a.line - b.line);
  return units;
}

/** The time at the start of a unit's text (after bullets, markup and "At"), if any. */
function leadingTime(
  p: ParsedText,
  n: number,
  column: number,
  stamps: (n: number) => readonly Timestamp[],
): Timestamp | undefined {
  const line = p.lines[n]!;
  const lead = column + (LEAD.exec(line.slice(column, column + 400))?.[0].length ?? 0);
  for (const t of stamps(n)) {
    if (t.startColumn < column) continue;
    const gap = line.slice(lead, t.startColumn);
    // "At 11:00 AM:", "On May 3 ~ 5:00 PM", "[10:00]" — a few words of lead-in at most.
    if (
      t.startColumn <= lead ||
      (gap.length <= 30 && /^(?:at|around|about|approximately|approx\.?|circa|~|on|by|from|\W)*$/i.test(gap.trim()))
    )
      return t;
    if (t.date && t.startColumn <= lead + 2) return t;
    return undefined;
  }
  return undefined;
}

/** Detail text kept per entry: enough to read the entry's story, bounded so a pasted log stays linear. */
const MAX_DETAIL = 4000;

// Joins detail text (up to MAX_DETAIL characters).
function joinDetail(a: string | undefined, b: string): string {
  if (a && a.length >= MAX_DETAIL) return a;
  const joined = a ? `${a} ${b.trim()}` : b.trim();
  return joined.length > MAX_DETAIL ? joined.slice(0, MAX_DETAIL) : joined;
}

/** One entry from a unit: its first time (when near the start), text after the separator, nested lines as detail. */
function entryAt(
  p: ParsedText,
  u: Unit,
  stamps: (n: number) => readonly Timestamp[],
  ctx: DateOnly | undefined,
  shape: TimelineEntry['shape'],
): RawEntry | undefined {
  const line = p.lines[u.line]!;
  const lead = u.column + (LEAD.exec(line.slice(u.column, u.column + 400))?.[0].length ?? 0);
  let time = leadingTime(p, u.line, u.column, stamps);
  let textColumn = lead;
  let timeFirst = false;
  let date: DateOnly | undefined;
  if (time) {
    const all = stamps(u.line);
    const second = all[all.indexOf(time) + 1];
    // A range "7:30AM to 8:05PM WAT": the zone written once applies to the start too.
    if (!time.zone && second?.zone && RANGE_GAP.test(line.slice(time.endColumn, second.startColumn)))
      time = { ...time, zone: second.zone };
    const afterRange =
      second && RANGE_GAP.test(line.slice(time.endColumn, second.startColumn)) ? second.endColumn : time.endColumn;
    textColumn = afterRange + (SEPARATOR.exec(line.slice(afterRange, afterRange + 400))?.[0].length ?? 0);
    timeFirst = true;
    date = time.date ?? ctx;
  } else {
    const d = findDates(line.slice(lead, lead + 60))[0];
    if (d && d.start === 0) {
      const at = lead + d.end;
      textColumn = at + (SEPARATOR.exec(line.slice(at, at + 400))?.[0].length ?? 0);
      timeFirst = true;
      date = d.date;
    } else {
      date = ctx;
      // "The error was realized on Tuesday 4th October 1000 hours …": a time inside the sentence dates the entry,
      // unless it is evidence the step quotes ("the folder had been modified at 03:00").
      // A time closing the line in brackets ("… ships it to production (10:09 UTC)") is the entry's own, whatever
      // times the sentence quotes before it ("… force-updated by the push at 10:02 (10:58 UTC)").
      const inLine = stamps(u.line).filter((t) => t.startColumn >= u.column && t.valid);
      const last = inLine[inLine.length - 1];
      const closing =
        last &&
        CLOSING_TAIL.test(line.slice(last.endColumn, last.endColumn + 40)) &&
        /[([]\s*$/.test(line.slice(u.column, last.startColumn))
          ? last
          : undefined;
      const inner = closing ?? inLine.find((t) => !isEvidence(line, t, u.column));
      if (inner) time = inner;
    }
  }
  const text = stripInline(line.slice(textColumn)).trim();
  let detail: string | undefined;
  for (let n = u.line + 1; n < u.endLine; n++)
    if (p.kinds[n] === LineKind.Text) detail = joinDetail(detail, stripInline(p.lines[n]!.replace(ITEM, '')));
  if (!text && !detail && !time) return undefined;
  const e: RawEntry = { line: u.line, endLine: Math.max(u.endLine, u.line + 1), shape, timeFirst, text, textColumn };
  if (time) e.time = time;
  if (date) e.date = date;
  if (detail) e.detail = detail;
  return e;
}

/**
 * The entries of one paragraph line: one, or — for a run-on line where several times each open a clause
 * ("12:00pm EAT: Issue detected. 12:06pm EAT: …") — one per time.
 */
function clausesOf(
  p: ParsedText,
  u: Unit,
  stamps: (n: number) => readonly Timestamp[],
  ctx: DateOnly | undefined,
): RawEntry[] {
  const line = p.lines[u.line]!;
  const all = stamps(u.line).filter((t) => t.startColumn >= u.column);
  const opens = all.filter((t, i) => {
    if (i === 0) return true;
    const before = line.slice(Math.max(u.column, all[i - 1]!.endColumn), t.startColumn);
    const sep = SEPARATOR.exec(line.slice(t.endColumn, t.endColumn + 40))?.[0] ?? '';
    // A clause opener: after a sentence end (or a run of text) and followed by ":" or "-".
    return (
      /[.;!?)\]"”]\s*$|\w\s*$/.test(before) &&
      before.trim().length > 3 &&
      /[:\-–—]/.test(sep) &&
      !RANGE_GAP.test(before)
    );
  });
  const shape = u.kind === 'item' ? 'bullet' : u.kind === 'line' ? 'line' : 'paragraph';
  const first = entryAt(p, u, stamps, ctx, shape);
  if (opens.length < 2 || !first?.time) {
    // Sentences that each tell an event with its time ("At 09:05 the pager fired. At 09:20 we …"), whether or not
    // the line starts with one; a one-line bullet may hold such a paragraph too.
    if (first && (u.kind === 'line' || (u.kind === 'item' && !first.detail)))
      return sentencesOf(p, u, first, ctx, stamps);
    return first ? [first] : [];
  }
  const out: RawEntry[] = [];
  opens.forEach((t, i) => {
    const next = opens[i + 1];
    const to = next ? next.startColumn : line.length;
    const textColumn = t.endColumn + (SEPARATOR.exec(line.slice(t.endColumn, t.endColumn + 400))?.[0].length ?? 0);
    const e: RawEntry = {
      line: u.line,
      endLine: u.line + 1,
      shape: 'clause',
      time: t,
      timeFirst: true,
      text: stripInline(line.slice(textColumn, to)).trim(),
      textColumn,
    };
    if (next) e.endColumn = to;
    const date = t.date ?? ctx;
    if (date) e.date = date;
    out.push(e);
  });
  // Text before the first time on the line (a log line the entry runs into) is detail of the previous entry.
  return out;
}

/** What may come before a sentence's own time at its start: markup and a word such as "At", "By", "Around". */
const OPENS_WITH_TIME =
  /^[\s*_([]{0,8}(?:(?:then|and|at|by|around|about|approximately|approx\.|roughly|shortly after|just after|just before|after|before|until|from|on|~)\s{1,3}){0,2}[*_([~]{0,4}$/i;

const CONSEQUENCE =
  /^\s*(?:this|that|it|which|these)\s+(?:\w+\s+)?(?:resulted|results|caused|causes|meant|means|led|leads|made)\b/i;

/** A sentence that opens with someone doing something ("We looked …", "Then Ada paged …", "The DBA killed …"). */
const PERSON_OPEN =
  /^[\s*_"“(]*(?:(?:then|so|next|later|finally|meanwhile|afterwards|after that|also|and|but)\b,?\s+)?(?:(?:i|we|he|she|they|you|someone|somebody|everyone|nobody)\b|(?:our|the|my|his|her|their)\s+(?:[\w-]+\s+){0,2}?(?:team|engineers?|developers?|devs?|on-?call|sres?|dbas?|admins?|administrators?|support|lead|manager|cto|ceo|customers?|users?|staff|colleagues?|ops)\b)/i;
/** A sentence that tells what a check found ("The key file showed …", "Logs revealed …"): a step of its own. */
const FOUND_OPEN =
  /^[^.;]{0,60}?\b(?:show(?:s|ed)|reveal(?:s|ed)|confirm(?:s|ed)|indicat(?:es|ed)|point(?:s|ed) to)\b/i;
const NAME_OPEN =
  /^[\s*_"“(]*(?:(?:Then|So|Next|Later|Finally|Meanwhile|Afterwards|After that|Also|And|But),?\s+)?(?!(?:The|This|That|These|Those|It|Its|There|A|An|All|Every|No|Nothing|Some|Both|Each|Our|My|Their|His|Her|At|By|In|On|After|Before|When|While|Once|Within|Still|Only|Everything|Now)\b)[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?\s+[a-z(]/;

/**
 * An untimed sentence that tells what came of the step before it ("It made it worse", "The table got its lock and
 * the queue drained"), not a step someone took: it belongs to the entry before it.
 */
function continuesEntry(text: string): boolean {
  return CONSEQUENCE.test(text) || !(PERSON_OPEN.test(text) || NAME_OPEN.test(text) || FOUND_OPEN.test(text));
}

/**
 * A line of prose telling several events with times inside its sentences ("The error was realized on Tuesday
 * 1000 hours when … Our engineers disconnected … The problem was solved by 1300 hours."): one entry per
 * timed sentence; an untimed sentence is an entry of its own when someone takes a step in it ("We looked at …"), and
 * part of the entry before it when it tells what came of that step ("This resulted in …", "It made it worse").
 */
function sentencesOf(
  p: ParsedText,
  u: Unit,
  first: RawEntry,
  ctx: DateOnly | undefined,
  stamps: (n: number) => readonly Timestamp[],
): RawEntry[] {
  const line = p.lines[u.line]!;
  const parts = sentenceSpans(line, u.column);
  const times = stamps(u.line).filter((t) => t.valid && t.startColumn >= u.column);
  if (parts.length < 2 || times.length < 2) return [first];
  // Each sentence's time: its first time that is not quoted evidence (one pass over sentences and times).
  const timeOf: Array<Timestamp | undefined> = [];
  let timeLed = false;
  let k = 0;
  for (const s of parts) {
    while (k < times.length && times[k]!.startColumn < s.start) k++;
    let t: Timestamp | undefined;
    for (let j = k; j < times.length && times[j]!.startColumn < s.end; j++)
      if (!isEvidence(line, times[j]!, s.start)) {
        t = times[j];
        break;
      }
    if (t && timeOf.length > 0 && OPENS_WITH_TIME.test(line.slice(s.start, t.startColumn))) timeLed = true;
    timeOf.push(t);
  }
  // An entry that opens with its own time keeps a time in the middle of a later sentence as text ("… The replica is
  // living in 14:24."), unless a later sentence opens with its time ("At 15:20 …", "15:20 - …"): then it is a run-on.
  if (first.timeFirst && !timeLed) return [first];
  // A paragraph that opens with its time is split only when another sentence tells its own time too; a bullet
  // only when two sentences do (a range or a quoted time in one sentence does not make a run-on).
  const timedSentences = timeOf.filter(Boolean).length;
  if (timedSentences < (first.timeFirst || u.kind === 'item' ? 2 : 1)) return [first];
  const out: RawEntry[] = [];
  for (const [i, s] of parts.entries()) {
    const text = line.slice(s.start, s.end);
    const t = timeOf[i];
    const prev = out[out.length - 1];
    if (!t && prev && continuesEntry(text)) {
      prev.text = `${prev.text} ${stripInline(text).trim()}`;
      prev.endColumn = s.end;
      continue;
    }
    if (!prev && CONSEQUENCE.test(text)) continue;
    const lead = s.start + (text.length - text.trimStart().length);
    const e: RawEntry = {
      line: u.line,
      endLine: u.line + 1,
      shape: 'clause',
      timeFirst: false,
      text: stripInline(text).trim(),
      textColumn: lead,
      endColumn: s.end,
    };
    if (t) e.time = t;
    const date = t?.date ?? ctx;
    if (date) e.date = date;
    out.push(e);
  }
  const last = out[out.length - 1];
  if (last && last.endColumn !== undefined && last.endColumn >= line.trimEnd().length) delete last.endColumn;
  return out.length >= 2 ? out : [first];
}

// Words that make the time after them evidence a step quotes, not when the step happened: a file's or record's
// stamp ("last modified at", "timestamp of", "dated"), logs from a time, a schedule ("runs at", "scheduled for",
// "every night at"), or the past perfect of an earlier event ("had been deleted at"). Matched on a bounded window
// that ends at the time. A simple past keeps its time: "Certificate expired at 00:00", "Ticket created at 10:40" and
// "Config modified at 14:02" are events of the timeline.
const EVIDENCE =
  /(?:\b(?:last\s+(?:modified|written|changed|updated)|stamped|timestamped|dated|scheduled|running|runs|mtime|ctime|timestamps?)|\blogs?(?:\s+(?:lines?|entries|messages))?\s+(?:from|since|between)|\b(?:every|each)\s+(?:day|night|morning|evening|hour)|\b(?:daily|nightly|hourly)|\bhad\s+(?:been\s+)?[a-z]{2,20})(?:\s{1,3}(?:at|on|of|for|around|about|near|from|since)|\s{0,3}[=:])?\s{0,3}(?:~\s{0,3})?$/i;

/** True when a time inside an entry (not at its start) is evidence quoted by the step rather than its own time. */
function isEvidence(line: string, t: Timestamp, from: number): boolean {
  const before = line.slice(Math.max(from, t.startColumn - 48), t.startColumn);
  return EVIDENCE.test(before);
}

/** Sentences of a line from `from`: spans ending after [.!?] followed by a space (or at the end). Linear. */
export function sentenceSpans(line: string, from = 0): Array<{ start: number; end: number }> {
  const out: Array<{ start: number; end: number }> = [];
  let start = from;
  for (let i = from; i < line.length; i++) {
    const c = line[i];
    if (c !== '.' && c !== '!' && c !== '?') continue;
    let j = i;
    while (j + 1 < line.length && (line[j + 1] === '.' || line[j + 1] === '!' || line[j + 1] === '?')) j++;
    if (j + 1 >= line.length || line[j + 1] === ' ') {
      if (line.slice(start, j + 1).trim().length > 3) out.push({ start, end: j + 1 });
      start = j + 1;
    }
    i = j;
  }
  if (line.slice(start).trim().length > 3) out.push({ start, end: line.length });
  return out;
}

// True for a line that only states a date ("2019-02-18:", "### 2023-08-25", "**Nov 24th 2019**"), perhaps as the
// date of a numbered day ("**Day 2 (Monday 3 June)**").
/** A line led by a date ("Fri 7 June - Traffic is down 20 %"): an entry of that day, never a continuation. */
function opensWithDate(line: string, column: number): boolean {
  return findDates(headAt(line, column))[0]?.start === 0;
}

function dateOnly(line: string): DateOnly | undefined {
  const ds = findDates(line);
  if (ds.length !== 1) return undefined;
  const rest = (line.slice(0, ds[0]!.start) + line.slice(ds[0]!.end))
    .replace(/\bday\s{0,3}\d{1,2}\b/i, '')
    .replace(/\([^()]*\)|[#*_:\-–—\s,.]/g, '');
  return rest.length <= 3 ? ds[0]!.date : undefined;
}

/**
 * A table row as an entry (the time column found by header, else the first column). A row without a time is an
 * entry only in an untimed timeline whose table names no time column (a list of steps, drawn in order).
 */
function tableEntry(
  p: ParsedText,
  u: Unit,
  ctx: DateOnly | undefined,
  stamps: (n: number) => readonly Timestamp[],
  untimed = false,
): RawEntry | undefined {
  const b = u.block!;
  const header = splitRow(p.lines[b.startLine]!);
  const line = p.lines[u.line]!;
  const cells = splitRow(line);
  if (!cells.length) return undefined;
  let timeCol = header.findIndex((h) => /\b(?:time|when|date|timestamp|hour)\b/i.test(h.text));
  const steps = untimed && timeCol < 0;
  if (timeCol < 0) timeCol = 0;
  const descCol = cells.length > 1 ? (timeCol === 0 ? 1 : 0) : -1;
  const tc = cells[timeCol];
  if (!tc) return undefined;
  const time = stamps(u.line).find((s) => s.startColumn >= tc.start && s.startColumn < tc.end);
  const date = time?.date ?? findDates(tc.text)[0]?.date ?? ctx;
  const dc = descCol >= 0 ? cells[descCol] : undefined;
  // A row dated by its place ("Next day") is a step too, in any table.
  const relative = RELATIVE.test(stripInline(tc.text).trim());
  if (!time && !date && !((steps || relative) && dc && /[\p{L}]/u.test(dc.text))) return undefined;
  const rest = cells
    .filter((_c, i) => i !== timeCol && i !== descCol)
    .map((c) => stripInline(c.text))
    .filter(Boolean)
    .join(' · ');
  const e: RawEntry = {
    line: u.line,
    endLine: u.line + 1,
    shape: 'table',
    text: stripInline(dc?.text ?? ''),
    textColumn: dc?.start ?? tc.end,
    timeFirst: !!(time || date),
  };
  if (relative) e.relative = relativeOf(tc.text);
  if (rest) e.detail = rest;
  if (time) e.time = time;
  if (date) e.date = date;
  return e;
}

// The cells of a table row with their columns (pipes escaped with \ stay in the cell).
export function splitRow(line: string): Array<{ text: string; start: number; end: number }> {
  const out: Array<{ text: string; start: number; end: number }> = [];
  let i = 0;
  while (i < line.length && line[i] === ' ') i++;
  if (line[i] === '|') i++;
  let start = i;
  for (; i <= line.length; i++) {
    const c = line[i];
    if (c === '\\') {
      i++;
      continue;
    }
    if (c === '|' || i === line.length) {
      const raw = line.slice(start, i);
      const lead = raw.length - raw.trimStart().length;
      if (!(i === line.length && raw.trim() === ''))
        out.push({ text: raw.trim(), start: start + lead, end: start + lead + raw.trim().length });
      start = i + 1;
    }
  }
  return out;
}
