// Reads the Timeline section: bullets, table rows, paragraph lines and date headings.
import { absoluteMinutes, findDates, findTimestamps } from '../time/parse';
import { findZone } from '../time/zones';
import type { Section, TimelineEntry, Timestamp, Zone } from '../types';
import { firstBlockFrom, stampsAt, type Block, type ParsedDocument } from './model';
import { bestSimilarity, headingKey } from './normalize';

type DateOnly = { year?: number; month: number; day: number };
const TIMELINE_KEYS = ['timeline', 'chronology', 'sequence of events', 'timeline of events', 'incident timeline', 'events timeline'];
const LEAD = /^(?:\s|[*_~`>(\[]|<[^>]*>|\\)*/;
const SEPARATOR = /^(?:\s|[*_~`)\]]|<\/?[^>]*>)*(?::-|[-–—:|~=>]+)?(?:\s|[*_~`]|<[^>]*>)*/;

const RANGE_GAP = /^\s*(?:[-\u2013\u2014~]+|to|until|till|through)\s*$/i;

/** Index of the section that looks most like a timeline, or undefined. */
export function findTimelineSection(sections: readonly Section[]): number | undefined {
  let best: number | undefined, bestScore = 0.7;
  sections.forEach((s, i) => {
    const sc = bestSimilarity(headingKey(s.title), TIMELINE_KEYS);
    if (sc > bestScore) [best, bestScore] = [i, sc];
  });
  return best;
}

// Column where a list item's content starts (after the bullet or number and a checkbox).
function itemContentStart(line: string): number {
  const m = /^\s*(?:[-*+]|\d+[.)])\s+(?:\[[ xX]\]\s+)?/.exec(line);
  return m ? m[0].length : 0;
}

// Sticky twins of LEAD and SEPARATOR (no ^), matched at a column of the whole line without slicing it.
const LEAD_AT = new RegExp(LEAD.source.slice(1), 'y');
const SEPARATOR_AT = new RegExp(SEPARATOR.source.slice(1), 'y');

// Length of re's match at the start of line.slice(at, to): `sticky` on the line itself when `to` is its end.
function matchLength(re: RegExp, sticky: RegExp, line: string, at: number, to: number): number {
  if (to < line.length) return re.exec(line.slice(at, to))?.[0].length ?? 0;
  sticky.lastIndex = at;
  return sticky.exec(line)?.[0].length ?? 0;
}

// Builds an entry from a line, its first time (if any) and where its content starts.
function entryFrom(doc: ParsedDocument, line: string, n: number, shape: TimelineEntry['shape'], from: number, to: number, ctx: DateOnly | undefined): TimelineEntry | undefined {
  const whole = to >= line.length;
  const segment = whole ? line : line.slice(0, to);
  const all = whole ? stampsAt(doc, n) : findTimestamps(segment, n);
  // The first two stamps starting at or after `from` (as .filter(...)[0] and [1], without the array).
  let k = 0;
  while (k < all.length && all[k]!.startColumn < from) k++;
  let time = all[k];
  let k2 = k + 1;
  while (k2 < all.length && all[k2]!.startColumn < from) k2++;
  const second = all[k2];
  // A range "7:30AM to 8:05PM WAT": the zone written once applies to the start too.
  if (time && !time.zone && second?.zone && RANGE_GAP.test(line.slice(time.endColumn, second.startColumn))) time = { ...time, zone: second.zone };
  const lead = from + matchLength(LEAD, LEAD_AT, line, from, to);
  if (time) {
    const sep = matchLength(SEPARATOR, SEPARATOR_AT, line, time.endColumn, to);
    const textColumn = time.startColumn <= lead ? time.endColumn + sep : lead;
    const e: TimelineEntry = { line: n, shape, time, text: line.slice(textColumn, to).trim(), textColumn, timeFirst: time.startColumn <= lead };
    const date = time.date ?? ctx;
    if (date) e.date = date;
    return e;
  }
  const dates = findDates(segment).filter((d) => d.start >= from);
  if (shape === 'paragraph' && !dates.length) return undefined;
  const d = dates[0];
  const first = d !== undefined && d.start <= lead;
  const textColumn = first ? d.end + matchLength(SEPARATOR, SEPARATOR_AT, line, d.end, to) : lead;
  const e: TimelineEntry = { line: n, shape, text: line.slice(textColumn, to).trim(), textColumn, timeFirst: first };
  const date = first ? d.date : ctx;
  if (date) e.date = date;
  return e;
}

// True for a line that only states a date ("2019-02-18:", "### 2023-08-25", "2015-10-21 (*all times UTC*)").
function dateOnly(line: string): DateOnly | undefined {
  const ds = findDates(line);
  if (ds.length !== 1) return undefined;
  const rest = (line.slice(0, ds[0]!.start) + line.slice(ds[0]!.end)).replace(/\([^)]*\)|[#*_:\-\s,.]/g, '');
  return rest.length <= 3 ? ds[0]!.date : undefined;
}

// Reads the rows of a table as entries (time column found by header, else the first column).
function tableEntries(doc: ParsedDocument, b: Block, ctx: DateOnly | undefined, out: TimelineEntry[]): void {
  const toks = doc.tokens;
  let header: string[] = [];
  let row: { line: number; cells: string[] } | undefined;
  const rows: Array<{ line: number; cells: string[] }> = [];
  for (let i = b.token + 1; i < toks.length && toks[i]!.type !== 'table_close'; i++) {
    const t = toks[i]!;
    if (t.type === 'tr_open') row = { line: t.map?.[0] ?? b.startLine, cells: [] };
    else if (t.type === 'inline' && row) row.cells.push(t.content);
    else if (t.type === 'tr_close' && row) {
      if (header.length === 0 && row.line === b.startLine) header = row.cells;
      else rows.push(row);
      row = undefined;
    }
  }
  let timeCol = header.findIndex((h) => /\b(time|when|date|timestamp|hour)\b/i.test(h));
  if (timeCol < 0) timeCol = 0;
  const descCol = header.length > 1 ? (timeCol === 0 ? 1 : 0) : -1;
  for (const r of rows) {
    const line = doc.lines[r.line] ?? '';
    let pos = 0;
    const spans = r.cells.map((c) => {
      const at = c ? line.indexOf(c, pos) : -1;
      if (at >= 0) pos = at + c.length;
      return at;
    });
    const tStart = spans[timeCol] ?? -1;
    if (tStart < 0) continue;
    const tEnd = tStart + (r.cells[timeCol]?.length ?? 0);
    const time = findTimestamps(line.slice(0, tEnd), r.line).find((s) => s.startColumn >= tStart);
    const dStart = descCol >= 0 ? spans[descCol] ?? -1 : -1;
    const text = descCol >= 0 ? r.cells[descCol] ?? '' : '';
    const e: TimelineEntry = { line: r.line, shape: 'table', text, textColumn: dStart >= 0 ? dStart : tEnd, timeFirst: true };
    if (time) e.time = time;
    const date = time?.date ?? findDates(r.cells[timeCol] ?? '')[0]?.date ?? ctx;
    if (date) e.date = date;
    if (time || date) out.push(e);
  }
}

/** Reads entries and the declared zone of a timeline section. */
export function extractTimeline(doc: ParsedDocument, s: Section): { entries: TimelineEntry[]; zone?: Zone } {
  const entries: TimelineEntry[] = [];
  let zone = findZone(s.rawTitle.replace(/timeline/i, ''));
  let ctx: DateOnly | undefined;
  const start = firstBlockFrom(doc.blocks, s.bodyStartLine);
  let minDepth = Infinity;
  for (let i = start; i < doc.blocks.length && doc.blocks[i]!.startLine < s.endLine; i++) {
    const b = doc.blocks[i]!;
    if (b.kind === 'item' && b.depth < minDepth) minDepth = b.depth;
  }
  for (let i = start; i < doc.blocks.length && doc.blocks[i]!.startLine < s.endLine; i++) {
    const b = doc.blocks[i]!;
    const line = doc.lines[b.startLine] ?? '';
    if (b.kind === 'heading') {
      const d = dateOnly(line);
      if (d) ctx = d;
      else {
        const e = entryFrom(doc, line, b.startLine, 'heading', (/^\s*#*\s*/.exec(line)?.[0].length ?? 0), line.length, ctx);
        if (e?.time) entries.push(e);
      }
    } else if (b.kind === 'item' && b.depth === minDepth) {
      const e = entryFrom(doc, line, b.startLine, 'bullet', itemContentStart(line), line.length, ctx);
      if (e) entries.push(e);
    } else if ((b.kind === 'paragraph' || b.kind === 'html') && b.depth === 0) {
      for (let n = Math.max(b.startLine, s.bodyStartLine); n < Math.min(b.endLine, s.endLine); n++) {
        if (!doc.prose[n]) continue;
        const l = doc.lines[n] ?? '';
        const d = dateOnly(l);
        if (d && !stampsAt(doc, n).length) {
          ctx = d;
          if (!zone && /\btimes?\b|zone/i.test(l)) zone = findZone(l);
          continue;
        }
        // A "- 14:05 …" line inside a paragraph or HTML block (a list glued to an <img> line) reads as a bullet.
        const e = entryFrom(doc, l, n, 'paragraph', itemContentStart(l), l.length, ctx);
        if (e?.time) entries.push(e);
        else if (!zone && /\btimes?\b|zone/i.test(l)) zone = findZone(l);
      }
    } else if (b.kind === 'table') tableEntries(doc, b, ctx, entries);
  }
  computeElapsed(entries);
  const out: { entries: TimelineEntry[]; zone?: Zone } = { entries };
  if (zone) out.zone = zone;
  return out;
}

/** Sets elapsedMinutes: dates when known, else a drop of more than 12 hours is taken as midnight. */
function computeElapsed(entries: TimelineEntry[]): void {
  let first: number | undefined, prev: number | undefined, day = 0;
  let lastDate: DateOnly | undefined;
  for (const e of entries) {
    const t: Timestamp | undefined = e.time;
    if (!t || !t.valid) continue;
    let newDate = false;
    if (e.date && !sameDate(e.date, lastDate)) {
      newDate = lastDate !== undefined;
      lastDate = e.date;
      day = 0;
    }
    let abs = absoluteMinutes(t, lastDate ?? { year: 2000, month: 1, day: 1 })! + day * 1440;
    if (prev !== undefined && !newDate && !t.date && abs < prev - 720) {
      day++;
      abs += 1440;
    }
    first ??= abs;
    e.elapsedMinutes = abs - first;
    prev = abs;
  }
}

// True when two dates are the same day (a missing year matches any).
function sameDate(a: DateOnly, b: DateOnly | undefined): boolean {
  return !!b && a.month === b.month && a.day === b.day && (a.year === undefined || b.year === undefined || a.year === b.year);
}
