// Formats a moment as a timeline stamp ("14:32 UTC", "2024-04-13 09:05 WAT", "10:05 UTC+02:00").
import { ianaFormatter } from './zones';

/** Options of formatTimelineStamp. */
export interface StampOptions {
  /** 'UTC', 'local' (the runtime's zone) or an IANA name such as 'Africa/Lagos'. */
  timeZone: string;
  /** Tokens: YYYY MM DD HH hh mm ss A Z (zone). Default 'HH:mm'; the zone is appended unless the format has Z. */
  format?: string;
  /** Prefix the date as YYYY-MM-DD (ignored when `format` is given). */
  includeDate?: boolean;
}

interface Parts {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
  zone: string;
}

// Two-digit zero padding.
function pad(n: number): string {
  return n < 10 ? `0${n}` : String(n);
}

// Turns "GMT+2" / "GMT-05:30" into "UTC+02:00" / "UTC-05:30".
function offsetName(gmt: string): string {
  const m = /^(?:GMT|UTC)([+\-\u2212])(\d{1,2})(?::?(\d{2}))?$/.exec(gmt);
  if (!m) return gmt === 'GMT' || gmt === 'UTC' ? 'UTC' : gmt;
  return `UTC${m[1] === '+' ? '+' : '-'}${pad(Number(m[2]))}:${m[3] ?? '00'}`;
}

// Reads the wall-clock parts of `date` in a zone (undefined zone = runtime local).
function partsIn(date: Date, timeZone: string | undefined): Parts {
  const opts: Intl.DateTimeFormatOptions = {
    hourCycle: 'h23',
    year: 'numeric',
    month: 'numeric',
    day: 'numeric',
    hour: 'numeric',
    minute: 'numeric',
    second: 'numeric',
    timeZoneName: 'short',
  };
  if (timeZone) opts.timeZone = timeZone;
  const parts = new Intl.DateTimeFormat('en-US', opts).formatToParts(date);
  const get = (t: string): string => parts.find((p) => p.type === t)?.value ?? '0';
  let zone = get('timeZoneName');
  if (/^(GMT|UTC)/.test(zone)) zone = offsetName(zone);
  return {
    year: Number(get('year')),
    month: Number(get('month')),
    day: Number(get('day')),
    hour: Number(get('hour')) % 24,
    minute: Number(get('minute')),
    second: Number(get('second')),
    zone,
  };
}

/**
 * Formats `date` as a timeline timestamp, e.g. `14:32 UTC`, `2024-04-13 14:32 UTC`, or for an IANA zone
 * its short name (`14:32 PDT`) or offset (`16:32 UTC+02:00`). An unknown IANA name falls back to UTC.
 */
export function formatTimelineStamp(date: Date, opts: StampOptions): string {
  let p: Parts;
  if (opts.timeZone === 'UTC') {
    p = formatUtcParts(date);
  } else if (opts.timeZone === 'local') p = partsIn(date, undefined);
  else p = ianaFormatter(opts.timeZone) ? partsIn(date, opts.timeZone) : formatUtcParts(date);
  const format = opts.format ?? (opts.includeDate ? 'YYYY-MM-DD HH:mm' : 'HH:mm');
  const out = format.replace(/YYYY|MM|DD|HH|hh|mm|ss|A|Z/g, (t) => {
    switch (t) {
      case 'YYYY':
        return String(p.year);
      case 'MM':
        return pad(p.month);
      case 'DD':
        return pad(p.day);
      case 'HH':
        return pad(p.hour);
      case 'hh':
        return String(p.hour % 12 === 0 ? 12 : p.hour % 12);
      case 'mm':
        return pad(p.minute);
      case 'ss':
        return pad(p.second);
      case 'A':
        return p.hour < 12 ? 'AM' : 'PM';
      default:
        return p.zone;
    }
  });
  return format.includes('Z') ? out : `${out} ${p.zone}`;
}

// UTC parts, used when a zone name is unknown.
function formatUtcParts(date: Date): Parts {
  return {
    year: date.getUTCFullYear(),
    month: date.getUTCMonth() + 1,
    day: date.getUTCDate(),
    hour: date.getUTCHours(),
    minute: date.getUTCMinutes(),
    second: date.getUTCSeconds(),
    zone: 'UTC',
  };
}
