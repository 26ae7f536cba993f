// Describes a time zone the same way for every zone, for pickers: "UTC-05:00 · EST · 09:04 now".
import { wallClock } from './input';

/** A zone at a moment: its offset from UTC, its abbreviation when it has one, and its clock. */
export interface ZoneDescription {
  /** 'UTC+01:00', 'UTC-05:00', 'UTC+00:00'. */
  offset: string;
  /** 'EST', 'CET', when Intl names the zone with letters (not for UTC, nor for zones it only knows by offset). */
  abbreviation?: string;
  /** The zone's wall clock, 'HH:MM'. */
  clock: string;
  /** For 'local': the IANA name the runtime resolves it to. */
  resolved?: string;
}

const pad = (n: number): string => (n < 10 ? `0${n}` : String(n));

/** Describes 'UTC', 'local' or an IANA zone at `now`. */
export function describeZone(timeZone: string, now: Date = new Date()): ZoneDescription {
  const resolved = timeZone === 'local' ? Intl.DateTimeFormat().resolvedOptions().timeZone : undefined;
  const zone = timeZone === 'local' ? (resolved ?? 'UTC') : timeZone;
  const w = wallClock(now, zone);
  const minutes = Math.round(
    (Date.UTC(w.year, w.month - 1, w.day, w.hour, w.minute) - Math.floor(now.getTime() / 60000) * 60000) / 60000,
  );
  const sign = minutes < 0 ? '-' : '+';
  const offset = `UTC${sign}${pad(Math.floor(Math.abs(minutes) / 60))}:${pad(Math.abs(minutes) % 60)}`;
  const short =
    new Intl.DateTimeFormat('en-US', { timeZone: zone, timeZoneName: 'short' })
      .formatToParts(now)
      .find((p) => p.type === 'timeZoneName')?.value ?? '';
  const out: ZoneDescription = { offset, clock: `${pad(w.hour)}:${pad(w.minute)}` };
  if (/^[A-Z]{2,5}$/.test(short) && short !== 'UTC' && short !== 'GMT') out.abbreviation = short;
  if (resolved) out.resolved = resolved;
  return out;
}

/** One line for a picker: "UTC+01:00[ · CET] · 15:04 now[ · this computer (Europe/Paris)]". */
export function zoneSummary(timeZone: string, now: Date = new Date()): string {
  const d = describeZone(timeZone, now);
  return [d.offset, d.abbreviation, `${d.clock} now`, d.resolved ? `this computer (${d.resolved})` : undefined]
    .filter(Boolean)
    .join(' · ');
}
