// How the author writes a timeline entry (bullet or plain line or table row, bold, 12- or 24-hour clock, separator,
// zone, date), read from an entry already there, and a new entry written the same way.
import { findDates } from '../time/parse';
import type { TimelineEntry } from '../types';

type DateOnly = { year?: number; month: number; day: number };

/** A wall-clock time in the timeline's zone. */
export interface WallTime {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  second?: number;
}

/** How a clock is written: "14:32", "2:32 PM", "08.05am", "1432 hrs". */
export interface ClockStyle {
  h12: boolean;
  /** Hours below 10 get a leading zero. */
  pad: boolean;
  /** Between hours and minutes (':' '.' or ''). */
  sep: string;
  /** False for "4pm" (minutes written only when not zero). */
  minutes: boolean;
  seconds: boolean;
  /** After the digits, before AM/PM (" hrs"). */
  unit: string;
  /** The meridiem as written, with its leading space (" AM" / " PM", "a.m." / "p.m."). */
  am: string;
  pm: string;
}

/** Everything around and inside the stamp of an entry. */
export interface EntryStyle {
  /** Before the stamp: bullet, bold, quote marks, table cells. */
  prefix: string;
  /** A date written on the entry's line before its time: a sample to imitate and what separates it from the clock. */
  date?: { sample: string; sampleDate: DateOnly; sep: string };
  clock: ClockStyle;
  /** The zone after the clock: what comes before and after its label, and the label ('UTC', 'PST'); none when entries carry none. */
  zone?: { before: string; label: string; after: string };
  /** Between the stamp and the entry's text: closing bold, the separator. */
  between: string;
  /** After the text: the rest of a table row. */
  suffix: string;
}

export const CLOCK_24: ClockStyle = {
  h12: false,
  pad: true,
  sep: ':',
  minutes: true,
  seconds: false,
  unit: '',
  am: '',
  pm: '',
};

// hours, [sep minutes], [:seconds], [unit], [meridiem]; bounded, anchored at the clock's first digit.
const CLOCK =
  /^(\d{1,2})(?:([:.]?)(\d{2}))?(?::(\d{2})(?:\.\d{1,9})?)?((?:[ \t]?[Hh](?:[Rr][Ss]?|[Oo][Uu][Rr][Ss]?))?)(?:([ \t]?)([AaPp])(\.?[ \t]?)([Mm])(\.?))?/;
// A prefix of markup only: indentation, quote marks, a bullet or number, a checkbox, emphasis, a table's first pipe.
const MARKUP_PREFIX =
  /^[ \t>]{0,40}(?:(?:[-*+•]|\d{1,9}[.)])[ \t]{1,8}(?:\[[ xX]\][ \t]{1,8})?)?[*_`~[(|]{0,6}[ \t]{0,4}$/;

/**
 * The style of `entry` as written on `line`, or undefined when the entry does not start with its time
 * (a time inside a sentence, a heading, several entries on one line) or has markup around the time we cannot copy.
 */
export function readEntryStyle(entry: TimelineEntry, line: string, padHint?: boolean): EntryStyle | undefined {
  const t = entry.time;
  if (!t || !t.valid || !entry.timeFirst || entry.endColumn !== undefined) return undefined;
  if (entry.shape !== 'bullet' && entry.shape !== 'line' && entry.shape !== 'table' && entry.shape !== 'paragraph')
    return undefined;
  const span = line.slice(t.startColumn, t.endColumn);
  const written = line.slice(0, t.startColumn);
  const cells = entry.shape === 'table' ? tablePrefix(written) : MARKUP_PREFIX.test(written) ? written : undefined;
  if (cells === undefined) return undefined;
  const prefix = cells.replace(/\[[xX]\]/, '[ ]');
  // The date, when written before the clock inside the stamp.
  let at = 0;
  let date: EntryStyle['date'];
  const d = t.date ? findDates(span)[0] : undefined;
  if (d && d.start === 0) {
    let c = d.end;
    while (c < span.length && !/\d/.test(span[c]!)) c++;
    date = { sample: span.slice(0, d.end), sampleDate: d.date, sep: span.slice(d.end, c) };
    at = c;
  }
  const m = CLOCK.exec(span.slice(at));
  if (!m) return undefined;
  const clock = clockStyle(m, padHint);
  const rest = span.slice(at + m[0].length);
  let zone: EntryStyle['zone'];
  if (t.zone) {
    const i = rest.indexOf(t.zone.raw);
    if (i < 0) return undefined;
    zone = { before: rest.slice(0, i), label: t.zone.raw, after: rest.slice(i + t.zone.raw.length) };
  } else if (rest.trim() !== '') return undefined;
  const between = line.slice(t.endColumn, Math.max(t.endColumn, entry.textColumn));
  const suffix = entry.shape === 'table' ? tableSuffix(line, entry.textColumn) : '';
  const style: EntryStyle = { prefix, clock, between, suffix };
  if (date) style.date = date;
  if (zone) style.zone = zone;
  return style;
}

// The cells before the time cell, emptied ("| 2024-01-01 | " → "|  | "), or undefined for a row we cannot copy.
function tablePrefix(prefix: string): string | undefined {
  if (!/^\s{0,3}\|/.test(prefix)) return undefined;
  return prefix.replace(/[^|\s]+(?:[ \t]+[^|\s]+){0,40}/g, '');
}

// The cells after the text cell, emptied: " |  |" for a row with two more cells.
function tableSuffix(line: string, textColumn: number): string {
  let pipes = 0;
  for (let i = textColumn; i < line.length; i++) if (line[i] === '|' && line[i - 1] !== '\\') pipes++;
  return pipes > 0 ? ' |' + '  |'.repeat(pipes - 1) : '';
}

// Reads a clock's style from its CLOCK match.
function clockStyle(m: RegExpExecArray, padHint: boolean | undefined): ClockStyle {
  const hour = m[1]!;
  const h12 = m[7] !== undefined;
  const value = Number(hour);
  const pad = value < 10 || (h12 && value > 12) ? hour.length === 2 : (padHint ?? (h12 ? false : hour.length === 2));
  const meridiem = (letter: 'a' | 'p'): string => {
    if (!h12) return '';
    const upper = m[7] === m[7]!.toUpperCase();
    return m[6]! + (upper ? letter.toUpperCase() : letter) + m[8]! + m[9]! + (m[10] ?? '');
  };
  return {
    h12,
    pad,
    sep: m[3] !== undefined ? m[2]! : ':',
    minutes: m[3] !== undefined,
    seconds: m[4] !== undefined,
    unit: m[5] ?? '',
    am: meridiem('a'),
    pm: meridiem('p'),
  };
}

/** Whether the entries write hours below 10 with a leading zero (undefined when none says). */
export function padHintOf(entries: readonly TimelineEntry[], lines: readonly string[]): boolean | undefined {
  for (const e of entries) {
    const t = e.time;
    if (!t?.valid || !e.timeFirst) continue;
    const span = (lines[e.line] ?? '').slice(t.startColumn, t.endColumn);
    const d = t.date ? findDates(span)[0] : undefined;
    let at = d && d.start === 0 ? d.end : 0;
    while (at < span.length && !/\d/.test(span[at]!)) at++;
    const m = /^(\d{1,2})[:.]?\d{0,2}/.exec(span.slice(at));
    if (!m) continue;
    const shown =
      t.hour % 12 === 0 && /[AaPp]\.?\s?[Mm]/.test(span) ? 12 : /[AaPp]\.?\s?[Mm]/.test(span) ? t.hour % 12 : t.hour;
    if (shown < 10) return m[1]!.length === 2;
  }
  return undefined;
}

/** The clock as the style writes it. */
export function formatClock(c: ClockStyle, w: Pick<WallTime, 'hour' | 'minute' | 'second'>): string {
  const h = c.h12 ? (w.hour % 12 === 0 ? 12 : w.hour % 12) : w.hour;
  let out = c.pad ? pad2(h) : String(h);
  if (c.minutes || w.minute !== 0 || c.seconds) out += (c.sep || (c.minutes ? '' : ':')) + pad2(w.minute);
  if (c.seconds) out += ':' + pad2(w.second ?? 0);
  out += c.unit;
  if (c.h12) out += w.hour < 12 ? c.am : c.pm;
  return out;
}

/** The entry's first line up to where its text goes, the clock's columns in it, and what follows the text. */
export function formatEntry(
  style: EntryStyle,
  w: WallTime,
): { head: string; timeStart: number; timeEnd: number; tail: string } {
  let head = style.prefix;
  if (style.date) head += formatDateLike(style.date.sample, style.date.sampleDate, w) + style.date.sep;
  const timeStart = head.length;
  head += formatClock(style.clock, w);
  const timeEnd = head.length;
  if (style.zone) head += style.zone.before + style.zone.label + style.zone.after;
  return { head: head + style.between, timeStart, timeEnd, tail: style.suffix };
}

const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];
const WEEKDAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];

/**
 * A date written like `sample` (which reads as `sampleDate`): "2024-06-06", "06/06/2024", "Jun 6th, 2024",
 * "Thursday 6 June". Falls back to ISO when the imitation would not read back as the date meant.
 */
export function formatDateLike(
  sample: string,
  sampleDate: DateOnly,
  w: Pick<WallTime, 'year' | 'month' | 'day'>,
): string {
  const parts = sample.split(/(\d+|[A-Za-z]+)/);
  // Which number is the month and which the day: the one that matches; when both match, month first (as the reader takes "03/03").
  const role = new Map<number, 'month' | 'day'>();
  const both: number[] = [];
  const named = parts.some(
    (p) =>
      /^[A-Za-z]{3,9}$/.test(p) &&
      MONTHS.some((m) => m.toLowerCase().startsWith(p.toLowerCase() === 'sept' ? 'sep' : p.toLowerCase())),
  );
  parts.forEach((p, i) => {
    if (!/^\d{1,2}$/.test(p)) return;
    const n = Number(p);
    if (named) role.set(i, 'day');
    else if (n === sampleDate.month && n === sampleDate.day) both.push(i);
    else if (n === sampleDate.month) role.set(i, 'month');
    else if (n === sampleDate.day) role.set(i, 'day');
  });
  for (const i of both) role.set(i, [...role.values()].includes('month') ? 'day' : 'month');
  const out = parts
    .map((p, i) => {
      if (/^\d{4}$/.test(p)) return String(w.year);
      const r = role.get(i);
      if (r) {
        const v = r === 'month' ? w.month : w.day;
        return p.length === 2 ? pad2(v) : String(v);
      }
      if (/^(?:st|nd|rd|th)$/i.test(p) && parts[i - 1] === '' && role.get(i - 2) === 'day') return ordinal(w.day);
      if (!/^[A-Za-z]{3,9}$/.test(p)) return p;
      const lower = p.toLowerCase();
      const month = MONTHS.findIndex((m) => m.toLowerCase().startsWith(lower === 'sept' ? 'sep' : lower));
      if (month >= 0)
        return sameCase(
          p,
          p.length >= 5 || lower === 'june' || lower === 'july'
            ? MONTHS[w.month - 1]!
            : MONTHS[w.month - 1]!.slice(0, 3),
        );
      const weekday = WEEKDAYS.findIndex(
        (d) =>
          d.toLowerCase().startsWith(lower) || (lower.endsWith('s') && d.toLowerCase().startsWith(lower.slice(0, -1))),
      );
      if (weekday >= 0) {
        const name = WEEKDAYS[new Date(Date.UTC(w.year, w.month - 1, w.day)).getUTCDay()]!;
        return sameCase(p, p.length <= 4 ? name.slice(0, 3) : name);
      }
      return p;
    })
    .join('');
  const back = findDates(out)[0];
  const ok =
    back &&
    back.start === 0 &&
    back.date.month === w.month &&
    back.date.day === w.day &&
    (back.date.year === undefined || back.date.year === w.year);
  return ok ? out : `${w.year}-${pad2(w.month)}-${pad2(w.day)}`;
}

// "st", "nd", "rd" or "th" for a day of the month.
function ordinal(day: number): string {
  if (day % 100 >= 11 && day % 100 <= 13) return 'th';
  return ['th', 'st', 'nd', 'rd'][day % 10] ?? 'th';
}

// `word` in the letter case of `like` (all upper, all lower, or capitalised).
function sameCase(like: string, word: string): string {
  if (like === like.toUpperCase()) return word.toUpperCase();
  if (like === like.toLowerCase()) return word.toLowerCase();
  return word[0]!.toUpperCase() + word.slice(1).toLowerCase();
}

function pad2(n: number): string {
  return n < 10 ? `0${n}` : String(n);
}

/**
 * The style of the `postmortem.timeline.format` setting ("- **{time} {zone}** - "): used when the timeline has no
 * entry to imitate. `zoneLabel` is what `{zone}` becomes; `dated` adds an ISO date before the time.
 */
export function styleFromFormat(format: string, zoneLabel: string, dated: boolean): EntryStyle {
  const f = format.length > 0 && format.length <= 200 && format.includes('{time}') ? format : '- **{time} {zone}** - ';
  const timeAt = f.indexOf('{time}');
  const dateAt = f.indexOf('{date}');
  const zoneAt = f.indexOf('{zone}');
  const start = dateAt >= 0 && dateAt < timeAt ? dateAt : timeAt;
  const style: EntryStyle = { prefix: f.slice(0, start), clock: CLOCK_24, between: '', suffix: '' };
  if (dateAt >= 0 && dateAt < timeAt)
    style.date = {
      sample: '2000-01-01',
      sampleDate: { year: 2000, month: 1, day: 1 },
      sep: f.slice(dateAt + 6, timeAt),
    };
  else if (dated && dateAt < 0)
    style.date = { sample: '2000-01-01', sampleDate: { year: 2000, month: 1, day: 1 }, sep: ' ' };
  let end = timeAt + 6;
  if (zoneAt > timeAt) {
    style.zone = { before: f.slice(end, zoneAt), label: zoneLabel, after: '' };
    end = zoneAt + 6;
  }
  style.between = f.slice(end).replace(/\{(?:date|time|zone)\}/g, '');
  return style;
}
