// Calendar dates as plain data: ISO text in and out, days between two dates.
import type { CalendarDate } from '../types';

/** `YYYY-MM-DD` as a date; undefined for anything else (a bad date turns overdue checks off, it never throws). */
export function parseIsoDate(text: string | undefined): CalendarDate | undefined {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text ?? '');
  if (!m) return undefined;
  const d = { year: Number(m[1]), month: Number(m[2]), day: Number(m[3]) };
  const check = new Date(Date.UTC(d.year, d.month - 1, d.day));
  return check.getUTCMonth() === d.month - 1 && check.getUTCDate() === d.day ? d : undefined;
}

/** Formats a date as ISO `YYYY-MM-DD` (a year-less date as `--MM-DD`). */
export function isoDate(d: CalendarDate): string {
  const pad = (n: number): string => String(n).padStart(2, '0');
  return `${d.year !== undefined ? String(d.year).padStart(4, '0') : '-'}-${pad(d.month)}-${pad(d.day)}`;
}

/** Days from `a` to `b` (positive when `b` is later); both need a year. */
export function daysBetween(a: CalendarDate, b: CalendarDate): number {
  return Math.round((Date.UTC(b.year!, b.month - 1, b.day) - Date.UTC(a.year!, a.month - 1, a.day)) / 86_400_000);
}

/** Today's date on the local clock as ISO `YYYY-MM-DD` (adapters pass it to the core; the core never reads a clock). */
export function localIsoDate(now: Date): string {
  return isoDate({ year: now.getFullYear(), month: now.getMonth() + 1, day: now.getDate() });
}
