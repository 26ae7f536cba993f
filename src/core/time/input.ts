// Parses a time the user types ("14:32", "2:32 pm", "2026-11-27 23:59") and turns wall-clock times into instants.

/** A wall-clock time (and maybe a date) the user typed. */
export interface TimeInput {
  hour: number; // 0-23
  minute: number;
  date?: { year: number; month: number; day: number };
}

export type TimeInputResult = { ok: true; value: TimeInput } | { ok: false; error: string };

const PATTERN = /^(?:(\d{4})-(\d{1,2})-(\d{1,2})[ T]+)?(\d{1,2})(?::|h|\.)?(\d{2})\s*(?:([ap])\.?\s*m\.?)?$/i;

/** Parses a typed time; the error says what is wrong in plain words. */
export function parseTimeInput(input: string): TimeInputResult {
  const text = input.trim();
  if (text === '') return { ok: false, error: 'Type a time such as 14:32, 2:32 pm or 2026-11-27 14:32.' };
  const m = PATTERN.exec(text);
  if (!m) return { ok: false, error: `"${text}" is not a time: use HH:MM (24-hour), h:mm am/pm, or YYYY-MM-DD HH:MM.` };
  let hour = Number(m[4]);
  const minute = Number(m[5]);
  const meridiem = m[6]?.toLowerCase();
  if (meridiem) {
    if (hour < 1 || hour > 12) return { ok: false, error: `"${text}": with am/pm the hour must be 1–12.` };
    hour = (hour % 12) + (meridiem === 'p' ? 12 : 0);
  } else if (hour > 23) {
    return { ok: false, error: `"${text}": the hour must be 0–23.` };
  }
  if (minute > 59) return { ok: false, error: `"${text}": the minutes must be 00–59.` };
  if (!m[1]) return { ok: true, value: { hour, minute } };
  const date = { year: Number(m[1]), month: Number(m[2]), day: Number(m[3]) };
  const probe = new Date(Date.UTC(date.year, date.month - 1, date.day));
  if (probe.getUTCMonth() !== date.month - 1 || probe.getUTCDate() !== date.day) {
    return { ok: false, error: `"${text}": ${m[1]}-${m[2]}-${m[3]} is not a calendar date.` };
  }
  return { ok: true, value: { hour, minute, date } };
}

/** The wall-clock parts of an instant in a zone ('UTC', 'local' or an IANA name). */
export function wallClock(
  instant: Date,
  timeZone: string,
): { year: number; month: number; day: number; hour: number; minute: number } {
  if (timeZone === 'local') {
    return {
      year: instant.getFullYear(),
      month: instant.getMonth() + 1,
      day: instant.getDate(),
      hour: instant.getHours(),
      minute: instant.getMinutes(),
    };
  }
  const parts = new Intl.DateTimeFormat('en-US', {
    timeZone,
    hourCycle: 'h23',
    year: 'numeric',
    month: 'numeric',
    day: 'numeric',
    hour: 'numeric',
    minute: 'numeric',
  }).formatToParts(instant);
  const get = (t: string): number => Number(parts.find((p) => p.type === t)?.value ?? 0);
  return { year: get('year'), month: get('month'), day: get('day'), hour: get('hour') % 24, minute: get('minute') };
}

/** The instant at which a zone's clock shows this wall time (today in that zone when no date is given). */
export function instantOf(time: TimeInput, timeZone: string, now: Date = new Date()): Date {
  const day = time.date ?? wallClock(now, timeZone);
  if (timeZone === 'local') return new Date(day.year, day.month - 1, day.day, time.hour, time.minute);
  const wanted = Date.UTC(day.year, day.month - 1, day.day, time.hour, time.minute);
  let guess = wanted;
  // Two rounds settle the zone offset, DST transitions included.
  for (let i = 0; i < 2; i++) {
    const w = wallClock(new Date(guess), timeZone);
    guess += wanted - Date.UTC(w.year, w.month - 1, w.day, w.hour, w.minute);
  }
  return new Date(guess);
}

/** True when the zone setting is usable ('UTC', 'local' or an IANA name Intl knows). */
export function isValidTimeZone(timeZone: string): boolean {
  if (timeZone === 'local' || timeZone === 'UTC') return true;
  try {
    new Intl.DateTimeFormat('en-US', { timeZone });
    return true;
  } catch {
    return false;
  }
}
