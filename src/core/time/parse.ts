// Finds times of day, dates and zones in a line of text.
import type { Timestamp, Zone } from '../types';
import { zoneAt } from './zones';

/** A calendar date found in a line. */
export interface DateMatch {
  date: { year?: number; month: number; day: number };
  start: number;
  end: number;
}

const MONTH_NAMES = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const MONTHS =
  'jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?';
const WEEKDAY = '(?:(?:mon|tue|tues|wed|wednes|thu|thur|thurs|fri|sat|satur|sun)(?:day)?,?[ \\t]{1,3})?';
/** A year: 19xx or 20xx, not the first half of a military time ("1000 hours"). */
const YEAR = '((?:19|20)\\d{2})(?![ \\t]?h(?:rs?|ours?)\\b)';
const DATE_RE = new RegExp(
  `(?<![A-Za-z0-9/-])${WEEKDAY}(?:(\\d{4})-(\\d{1,2})-(\\d{1,2})|(\\d{1,2})[/-](\\d{1,2})[/-](\\d{4})|(${MONTHS})\\.?[ \\t]{1,3}(\\d{1,2})(?:st|nd|rd|th)?(?![\\d:])(?:,?[ \\t]{1,3}${YEAR})?|(\\d{1,2})(?:st|nd|rd|th)?(?:[ \\t]{1,3}(?:of[ \\t]{1,3})?|-)(${MONTHS})\\.?,?(?:(?:[ \\t]{1,3}|-)${YEAR})?)(?:(?!\\w)|(?=T\\d))`,
  'gi',
);
/** HH:MM[:SS][ am/pm], H.MM am/pm, HHhMM (14h05), HHMM hrs / hours, or an hour with am/pm ("4pm", "7 p.m."). */
const TIME_RE = new RegExp(
  '(?:(?<=\\dT)|(?<![A-Za-z0-9.:/\\-+]))(?:' +
    '(?<h>\\d{1,2})(?<sep>[:.]|(?<=\\d\\d)[Hh](?=\\d\\d(?![\\d.A-Za-z]|:\\d)))(?<m>\\d{2})(?::(?<s>\\d{2})(?:\\.\\d{1,9})?)?(?!\\d|\\.\\d|:\\d)' +
    '|(?<hh>\\d{2})(?<mm>\\d{2})[ \\t]?(?=(?:hrs?|hours?)\\b)' +
    '|(?<ho>\\d{1,2})(?=[ \\t]?[AaPp](?:\\.[ \\t]?[Mm]\\.|[ \\t]?[Mm])(?![A-Za-z]))' +
    ')(?:[ \\t]?(?<hrs>[Hh](?:[Rr][Ss]?|[Oo][Uu][Rr][Ss]?))\\b)?(?<mer>[ \\t]?(?<ap>[AaPp])(?:\\.[ \\t]?[Mm]\\.|[ \\t]?[Mm])(?![A-Za-z]))?',
  'g',
);
const QUICK_TIME = /\d[:.]\d\d|\d\d[hH]\d\d|\d{4}[ \t]?h(?:rs?|ours?)\b|\d[ \t]?[ap]\.?[ \t]?m\b/i;
const HAS_DIGIT = /\d/;
/** Every DATE_RE match holds digit-dash/slash-digit or a month name: lines without either are skipped cheaply. */
const QUICK_DATE = /\d[-/]\d|\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)/i;

// Converts a month name to 1-12.
function monthOf(name: string): number {
  return MONTH_NAMES.indexOf(name.slice(0, 3).toLowerCase()) + 1;
}

/** Finds calendar dates ("2024-04-13", "April 13, 2024", "8th February, 2023", "01/01/2020", "12-Mar", "12-Mar-2024"). */
export function findDates(line: string): DateMatch[] {
  const out: DateMatch[] = [];
  if (!HAS_DIGIT.test(line) || !QUICK_DATE.test(line)) return out;
  DATE_RE.lastIndex = 0;
  for (let m = DATE_RE.exec(line); m; m = DATE_RE.exec(line)) {
    let year: number | undefined, month: number, day: number;
    if (m[1]) [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
    else if (m[4]) {
      const a = Number(m[4]),
        b = Number(m[5]);
      [year, month, day] = a > 12 ? [Number(m[6]), b, a] : [Number(m[6]), a, b];
    } else if (m[7]) [year, month, day] = [m[9] ? Number(m[9]) : undefined, monthOf(m[7]), Number(m[8])];
    else [year, month, day] = [m[12] ? Number(m[12]) : undefined, monthOf(m[11]!), Number(m[10])];
    if (month < 1 || month > 12 || day < 1 || day > 31) continue;
    out.push({
      date: year === undefined ? { month, day } : { year, month, day },
      start: m.index,
      end: m.index + m[0].length,
    });
  }
  return out;
}

// A dotted time is a time of day when the range it opens ends on one with a zone or AM/PM ("from 07.45 to 09.45 SAST").
const DOTTED_NEXT =
  /^[ \t]{0,3}(?:[-\u2013\u2014]|to|until|till)[ \t]{0,3}\d{1,2}\.\d{2}(?![\d.])([ \t]?[AaPp]\.?[ \t]?[Mm]\b)?/;
function opensDottedRange(line: string, end: number): boolean {
  const m = DOTTED_NEXT.exec(line.slice(end, end + 40));
  return !!m && (!!m[1] || !!zoneAt(line, end + m[0].length));
}

// A dotted time that opens its line before a separator is a timeline stamp ("- **07.52** — Thandi notices …").
const LINE_HEAD = /^[\s*_>#+•|-]{0,12}(?:(?:mon|tue|wed|thu|fri|sat|sun)[a-z]{0,6}\.?,?[ \t]{1,3})?$/i;
const STAMP_AFTER = /^[\s*_]{0,6}[-\u2013\u2014:|]/;
function leadsLine(line: string, start: number, end: number): boolean {
  if (start > 24 || !LINE_HEAD.test(line.slice(0, start))) return false;
  const after = line.slice(end, end + 24);
  // "09.20 user on twitter: …": a two-digit hour and a word, not a quantity ("12.50 euros", "10.25 GB").
  return STAMP_AFTER.test(after) || (/^\d\d\./.test(line.slice(start, end)) && WORD_AFTER.test(after));
}
const WORD_AFTER =
  /^[ \t]{1,3}(?!(?:percent|per|million|billion|thousand|euros?|dollars?|usd|eur|gbp|naira|ngn|kes|gb|mb|kb|tb|ms|secs?|seconds?|mins?|minutes?|hours?|hrs?|days?|km|kg|times|x)\b)[A-Za-z/"'`\u201c]/i;

/** True when the line may hold a time (cheap pre-check before findTimestamps). */
export function mayHaveTime(line: string): boolean {
  return QUICK_TIME.test(line);
}

/** mayHaveTime for a scan of a whole text (see linesMatching): global, no line break in a match. */
export const MAY_HAVE_TIME = new RegExp(QUICK_TIME.source, 'gi');

/** Finds the times of day in one line, with the date just before or after them and their zone. */
export function findTimestamps(line: string, lineNo: number, dates?: DateMatch[]): Timestamp[] {
  const out: Timestamp[] = [];
  if (!mayHaveTime(line)) return out;
  const ds = dates ?? findDates(line);
  TIME_RE.lastIndex = 0;
  // Dates and times both come in line order: one cursor into the dates keeps the scan linear.
  let di = 0;
  for (let m = TIME_RE.exec(line); m; m = TIME_RE.exec(line)) {
    while (di < ds.length && ds[di]!.end <= m.index) di++;
    if (di < ds.length && m.index >= ds[di]!.start) continue;
    const g = m.groups!;
    const hrs = g['hh'] !== undefined;
    const hourOnly = g['ho'] !== undefined;
    const hour12 = Number(hrs ? g['hh'] : hourOnly ? g['ho'] : g['h']);
    const minute = hourOnly ? 0 : Number(hrs ? g['mm'] : g['m']);
    const second = g['s'] === undefined ? undefined : Number(g['s']);
    const meridiem = g['ap']?.toLowerCase();
    let end = m.index + m[0].length;
    const z = zoneAt(line, end);
    const zone: Zone | undefined = z?.zone;
    if (z) end = z.end;
    if (
      !hrs &&
      !hourOnly &&
      g['sep'] === '.' &&
      !meridiem &&
      !zone &&
      !opensDottedRange(line, end) &&
      !leadsLine(line, m.index, end)
    )
      continue;
    if (hourOnly && (!meridiem || hour12 === 0 || hour12 > 12)) continue;
    if (!hrs && !hourOnly && g['hrs'] === undefined && g['h']!.length === 1 && !meridiem && !zone && minute > 59)
      continue;
    let hour = hour12;
    let problem: string | undefined;
    if (meridiem) {
      if (hour12 > 12)
        problem = `${hour12} o'clock is not a ${meridiem.toUpperCase()}M time: write ${pad(hour12)}:${pad(minute)} or ${hour12 - 12}:${pad(minute)} ${meridiem.toUpperCase()}M`;
      else if (hour12 === 0 && meridiem === 'p') problem = 'hour 0 does not exist on a 12-hour clock';
      else hour = (hour12 % 12) + (meridiem === 'p' ? 12 : 0);
    }
    if (!problem && hour12 > 23) problem = `hour ${hour12} is past 23`;
    if (!problem && minute > 59) problem = `minute ${minute} is past 59`;
    if (!problem && second !== undefined && second > 59) problem = `second ${second} is past 59`;
    let start = m.index;
    const { date, adjacent } = attachDate(line, ds, di, m.index, end);
    if (date && adjacent) start = date.start;
    const ts: Timestamp = {
      raw: line.slice(start, end).trim(),
      line: lineNo,
      startColumn: start,
      endColumn: end,
      hour: problem ? Math.min(hour, 23) : hour,
      minute: problem ? Math.min(minute, 59) : minute,
      valid: !problem,
    };
    if (second !== undefined) ts.second = Math.min(second, 59);
    if (date) ts.date = date.date;
    if (zone) ts.zone = zone;
    if (problem) ts.problem = problem;
    out.push(ts);
    TIME_RE.lastIndex = end;
  }
  return out;
}

// Picks the date written right before (preferred) or right after a time; `next` is the first date ending after the time's start.
function attachDate(
  line: string,
  ds: DateMatch[],
  next: number,
  start: number,
  end: number,
): { date?: DateMatch; adjacent?: boolean } {
  if (!ds.length) return {};
  const before = next > 0 ? ds[next - 1] : undefined;
  if (
    before &&
    before.end <= start &&
    /^[\s,T@~(*_]{0,6}(?:at\s+)?[\s(*_]{0,4}$/i.test(line.slice(before.end, start)) &&
    !endsSentence(line, before)
  )
    return { date: before, adjacent: true };
  let k = next;
  while (k < ds.length && ds[k]!.start < end) k++;
  const after = ds[k];
  if (after && /^[\s,)*_]{0,6}(?:on\s+)?[\s,(*_]{0,4}$/i.test(line.slice(end, after.start))) return { date: after };
  if (
    before &&
    before.end <= start &&
    start - before.end <= 30 &&
    !/[.;]/.test(line.slice(before.end, start)) &&
    !endsSentence(line, before)
  )
    return { date: before };
  return {};
}

/**
 * A date that closes a sentence with its abbreviation's full stop ("… ran the export for 30 Mar. 10h40 file
 * accepted"): the time after it opens the next sentence of a run-on line. ("On 28 Feb. 09:30 …" keeps its date.)
 */
function endsSentence(line: string, d: DateMatch): boolean {
  return (
    line[d.end - 1] === '.' &&
    /\b(?:for|of|until|till|to|since|before|after)\s+$/i.test(line.slice(Math.max(0, d.start - 12), d.start))
  );
}

// Two-digit zero padding.
function pad(n: number): string {
  return n < 10 ? `0${n}` : String(n);
}

/** Minutes since 1970-01-01 in UTC (local clock when the zone is unknown), or undefined without a date. */
export function absoluteMinutes(
  t: Timestamp,
  fallbackDate?: { year?: number; month: number; day: number },
): number | undefined {
  const d = t.date ?? fallbackDate;
  if (!d) return undefined;
  const days = Date.UTC(d.year ?? 2000, d.month - 1, d.day) / 60000;
  return days + t.hour * 60 + t.minute - (t.zone?.offsetMinutes ?? 0);
}
