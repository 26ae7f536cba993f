// The one order key of timeline entries: minutes on a single axis, from dates when written and clocks otherwise,
// with zones converted and a day added only where a late-night sequence plausibly crosses midnight.
import type { Timestamp, Zone } from '../types';
import { offsetOn } from './zones';

type DateOnly = { year?: number; month: number; day: number };

/** What the order key needs of an entry. */
export interface Timed {
  time?: Timestamp;
  date?: DateOnly;
  /** The entry says it is on a later day ("Next day 10:00"): its clock is read on the day after. */
  relative?: 'later' | 'nextDay';
}

/** Order keys (minutes) per entry, undefined for entries without a valid time; `rollover` when a day was added by guess. */
export interface OrderKeys {
  keys: Array<number | undefined>;
  /** True when a midnight crossing was inferred from the clock alone (no date says so). */
  rollover: boolean;
}

const DAY = 1440;
/** A clock that jumps back from the late evening to the small hours, by at most this much forward, crosses midnight. */
const MAX_OVERNIGHT_GAP = 8 * 60;
/** How far back a clock must go after a dated entry to be read as a later day (a few minutes back is out of order). */
const MIN_DAY_JUMP = 3 * 60;

/** Minutes of a date at midnight UTC (year 2000 when not written). */
function dayMinutes(d: DateOnly): number {
  return Date.UTC(d.year ?? 2000, d.month - 1, d.day) / 60000;
}

/**
 * The order key of every entry. Written dates (on the entry or from a date line above it) place an entry on
 * the calendar; zones are converted to UTC when known (`fallbackZone` for entries without one; an IANA zone at
 * the entry's date, so daylight saving time counts). A clock that
 * goes backwards crosses midnight only when it goes from evening (18:00 or later) to the small hours (before
 * 06:00) within eight hours; otherwise the entry is out of order.
 */
export function orderKeys(entries: readonly Timed[], fallbackZone?: Zone): OrderKeys {
  const keys: Array<number | undefined> = [];
  let rollover = false;
  let day = 0;
  let prev: { key: number; clock: number; dated: boolean; ownDate: boolean } | undefined;
  let lastDate: DateOnly | undefined;
  // A zone written on one entry holds for the entries after it that write none ("18:40 ET — …", "19:05 — …"), before
  // the zone the timeline or the summary declares.
  let lastZone: Zone | undefined;
  for (const e of entries) {
    const t = e.time;
    if (!t || !t.valid) {
      keys.push(undefined);
      continue;
    }
    const date = t.date ?? e.date;
    const clock = t.hour * 60 + t.minute + (t.second ?? 0) / 60;
    // An IANA zone's offset on the entry's date (daylight saving time), else the zone's fixed offset.
    if (t.zone) lastZone = t.zone;
    const zone = t.zone ?? lastZone ?? fallbackZone;
    const offset = (zone && offsetOn(zone, date ?? lastDate, clock)) ?? 0;
    let key: number;
    if (date) {
      if (!lastDate || !sameDay(date, lastDate)) day = 0;
      lastDate = date;
      key = dayMinutes(date) + clock - offset + day * DAY;
    } else {
      const base = lastDate ? dayMinutes(lastDate) : 0;
      if (e.relative === 'nextDay') day++;
      key = base + clock - offset + day * DAY;
      // After an entry with a day of its own ("Wed 5 June, 4:40 PM: a rule is added", "Sunday 6:30 PM - …", "The day
      // before, at 18:30 …"), a clock hours earlier without one ("8:20 AM: …") is on a later day: the incident's,
      // not the lead-up's.
      if (prev && prev.ownDate && key < prev.key - MIN_DAY_JUMP) {
        day++;
        key += DAY;
        rollover = true;
      }
      if (prev && !prev.dated && key < prev.key) {
        const forward = clock + DAY - prev.clock;
        if (prev.clock >= 18 * 60 && clock < 6 * 60 && forward <= MAX_OVERNIGHT_GAP) {
          day++;
          key += DAY;
          rollover = true;
        }
      }
    }
    keys.push(key);
    prev = { key, clock, dated: !!date, ownDate: !!t.date || e.relative !== undefined };
  }
  return { keys, rollover };
}

// True when two dates are the same day (a missing year matches any).
function sameDay(a: DateOnly, b: DateOnly): boolean {
  return a.month === b.month && a.day === b.day && (a.year === undefined || b.year === undefined || a.year === b.year);
}
