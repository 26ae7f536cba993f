// Time-zone names, abbreviations and offsets, resolved with Intl where a rule needs the arithmetic.
import type { Zone } from '../types';

/** Abbreviations people write after a time, with their UTC offset in minutes (or an IANA zone). */
export const ZONE_ABBREVIATIONS: Readonly<Record<string, number | string>> = {
  UTC: 0,
  GMT: 0,
  UT: 0,
  Z: 0,
  WET: 0,
  WEST: 60,
  BST: 60,
  IST: 330,
  CET: 60,
  CEST: 120,
  EET: 120,
  EEST: 180,
  MSK: 180,
  WAT: 60,
  CAT: 120,
  EAT: 180,
  SAST: 120,
  PST: -480,
  PDT: -420,
  MST: -420,
  MDT: -360,
  CST: -360,
  CDT: -300,
  EST: -300,
  EDT: -240,
  AKST: -540,
  AKDT: -480,
  HST: -600,
  AEST: 600,
  AEDT: 660,
  ACST: 570,
  AWST: 480,
  NZST: 720,
  NZDT: 780,
  JST: 540,
  KST: 540,
  SGT: 480,
  HKT: 480,
  PHT: 480,
  WIB: 420,
  ICT: 420,
  PKT: 300,
  NPT: 345,
  GST: 240,
  ART: -180,
  BRT: -180,
  CLT: -240,
  COT: -300,
  PET: -300,
  AST: -240,
  ADT: -180,
  NST: -210,
  MEZ: 60,
  MESZ: 120,
  PT: 'America/Los_Angeles',
  ET: 'America/New_York',
  CT: 'America/Chicago',
  MT: 'America/Denver',
};

/** Long zone names, lower-case, mapped to an abbreviation of the table above. */
export const ZONE_LONG_NAMES: Readonly<Record<string, string>> = {
  'coordinated universal time': 'UTC',
  'universal time': 'UTC',
  'greenwich mean time': 'GMT',
  'west african time': 'WAT',
  'west africa time': 'WAT',
  'east african time': 'EAT',
  'east africa time': 'EAT',
  'central african time': 'CAT',
  'central africa time': 'CAT',
  'south african standard time': 'SAST',
  'south africa standard time': 'SAST',
  'eastern standard time': 'EST',
  'eastern daylight time': 'EDT',
  'eastern time': 'ET',
  'east coast time': 'ET',
  'west coast time': 'PT',
  'central standard time': 'CST',
  'central time': 'CT',
  'mountain time': 'MT',
  'pacific standard time': 'PST',
  'pacific daylight time': 'PDT',
  'pacific time': 'PT',
  'central european time': 'CET',
  'central european summer time': 'CEST',
  'british summer time': 'BST',
  'indian standard time': 'IST',
  'japan standard time': 'JST',
  'eastern european time': 'EET',
};

/**
 * Countries with one time zone, and their capitals or large cities, as people name the clock ("Nigerian time",
 * "Kenya time", "Lagos time"), mapped to the IANA zone (its offset is read through Intl at the entry's date).
 * Countries with several zones (USA, Russia, Brazil, Australia, Canada, Mexico, Indonesia …) are left out.
 */
const COUNTRY_ZONES: ReadonlyArray<readonly [string, string]> = [
  ['nigeria|nigerian|lagos|abuja', 'Africa/Lagos'],
  ['kenya|kenyan|nairobi', 'Africa/Nairobi'],
  ['india|indian|delhi|new delhi|mumbai|bangalore|bengaluru|kolkata|chennai', 'Asia/Kolkata'],
  ['ghana|ghanaian|accra', 'Africa/Accra'],
  ['egypt|egyptian|cairo', 'Africa/Cairo'],
  ['rwanda|rwandan|kigali', 'Africa/Kigali'],
  ['uganda|ugandan|kampala', 'Africa/Kampala'],
  ['morocco|moroccan|casablanca|rabat', 'Africa/Casablanca'],
  ['tanzania|tanzanian|dar es salaam', 'Africa/Dar_es_Salaam'],
  ['ethiopia|ethiopian|addis ababa', 'Africa/Addis_Ababa'],
  ['south africa|johannesburg|cape town', 'Africa/Johannesburg'],
  ['cameroon|cameroonian|douala|yaounde', 'Africa/Douala'],
  ['senegal|senegalese|dakar', 'Africa/Dakar'],
  ['tunisia|tunisian|tunis', 'Africa/Tunis'],
  ['algeria|algerian|algiers', 'Africa/Algiers'],
  ['zimbabwe|zimbabwean|harare', 'Africa/Harare'],
  ['zambia|zambian|lusaka', 'Africa/Lusaka'],
  ['pakistan|pakistani|karachi|lahore|islamabad', 'Asia/Karachi'],
  ['nepal|nepali|nepalese|kathmandu', 'Asia/Kathmandu'],
  ['bangladesh|bangladeshi|dhaka', 'Asia/Dhaka'],
  ['philippines|philippine|manila', 'Asia/Manila'],
  ['japan|japanese|tokyo', 'Asia/Tokyo'],
  ['korea|korean|seoul', 'Asia/Seoul'],
  ['singapore', 'Asia/Singapore'],
  ['dubai|uae', 'Asia/Dubai'],
  ['turkey|turkish|istanbul', 'Europe/Istanbul'],
  ['france|french|paris', 'Europe/Paris'],
  ['germany|german|berlin', 'Europe/Berlin'],
  ['uk|british|london', 'Europe/London'],
  ['colombia|colombian|bogota', 'America/Bogota'],
  ['peru|peruvian|lima', 'America/Lima'],
];

/** "Nigerian time", "Kenya standard time", lower-case, mapped to an IANA zone. */
const COUNTRY_TIME_NAMES: Readonly<Record<string, string>> = Object.fromEntries(
  COUNTRY_ZONES.flatMap(([names, iana]) =>
    names.split('|').flatMap((n) => [
      [`${n} time`, iana],
      [`${n} standard time`, iana],
    ]),
  ),
);

const LONG_NAME_SOURCE = [...Object.keys(ZONE_LONG_NAMES), ...Object.keys(COUNTRY_TIME_NAMES)]
  .sort((a, b) => b.length - a.length)
  .join('|');
const IANA_SOURCE = '(?:[A-Z][A-Za-z]+(?:_[A-Z][a-z]+)*)\\/[A-Z][A-Za-z_+-]+(?:\\/[A-Z][A-Za-z_]+)?';
const OFFSET_SOURCE = '(?:UTC|GMT|utc|gmt)\\s?[+\\-\u2212]\\s?\\d{1,2}(?::?\\d{2})?|[+\\-]\\d{2}:?\\d{2}(?!\\d)';

/** Sticky matcher for a zone right after a time (whitespace and one parenthesis allowed). */
const ZONE_AT = new RegExp(
  `[ \\t]*(?:\\(\\s*)?(?:(${OFFSET_SOURCE})|(${IANA_SOURCE})|(${LONG_NAME_SOURCE})(?![a-z])|([A-Z]{2,5}|Z|[Uu][Tt][Cc]|[Gg][Mm][Tt])(?![A-Za-z]))`,
  'iy',
);
/** Global matcher for a zone anywhere in a declaration such as "All times US/Pacific". */
const ZONE_ANYWHERE = new RegExp(
  `(?<![A-Za-z])(?:(${OFFSET_SOURCE})|(${IANA_SOURCE})|(${LONG_NAME_SOURCE})(?![a-z])|([A-Z]{2,5})(?![A-Za-z]))`,
  'gi',
);

const ianaCache = new Map<string, Intl.DateTimeFormat | null>();

// Returns a formatter for an IANA zone, or null when Intl does not know it.
export function ianaFormatter(name: string): Intl.DateTimeFormat | null {
  let f = ianaCache.get(name);
  if (f === undefined) {
    try {
      f = new Intl.DateTimeFormat('en-US', {
        timeZone: name,
        timeZoneName: 'longOffset',
        hour12: false,
        year: 'numeric',
        month: 'numeric',
        day: 'numeric',
        hour: 'numeric',
        minute: 'numeric',
      });
    } catch {
      f = null;
    }
    ianaCache.set(name, f);
  }
  return f;
}

/** Offset in minutes of an IANA zone at `when` (default now), or undefined when unknown. */
export function ianaOffsetMinutes(name: string, when: Date = new Date()): number | undefined {
  const f = ianaFormatter(name);
  if (!f) return undefined;
  const part = f.formatToParts(when).find((p) => p.type === 'timeZoneName')?.value ?? '';
  return parseOffset(part.replace(/^GMT/, '')) ?? (part === 'GMT' ? 0 : undefined);
}

// Parses "+01:00", "-5", "+0530" into minutes.
function parseOffset(text: string): number | undefined {
  const m = /^\s?([+\-\u2212])\s?(\d{1,2})(?::?(\d{2}))?$/.exec(text);
  if (!m) return undefined;
  const minutes = Number(m[2]) * 60 + Number(m[3] ?? 0);
  if (Number(m[2]) > 14 || Number(m[3] ?? 0) > 59) return undefined;
  return m[1] === '+' ? minutes : -minutes;
}

// Builds a Zone from the groups of a zone match, or undefined when it is not a zone.
function zoneFromGroups(raw: string, offset?: string, iana?: string, long?: string, abbr?: string): Zone | undefined {
  if (offset) {
    const o = parseOffset(offset.replace(/^(UTC|GMT)/i, ''));
    return o === undefined ? undefined : { raw, offsetMinutes: o };
  }
  if (iana) return ianaFormatter(iana) ? { raw, iana, offsetMinutes: ianaOffsetMinutes(iana) } : undefined;
  const country = long && !ZONE_LONG_NAMES[long.toLowerCase()] ? COUNTRY_TIME_NAMES[long.toLowerCase()] : undefined;
  if (country) return { raw, iana: country, offsetMinutes: ianaOffsetMinutes(country) };
  const key = long ? ZONE_LONG_NAMES[long.toLowerCase()] : abbr?.toUpperCase();
  const v = key === undefined ? undefined : ZONE_ABBREVIATIONS[key];
  if (v === undefined || (abbr && key !== 'UTC' && key !== 'GMT' && abbr !== key)) return undefined;
  return typeof v === 'number' ? { raw, offsetMinutes: v } : { raw, iana: v, offsetMinutes: ianaOffsetMinutes(v) };
}

/** Reads a zone written right after a time at `pos`; returns it and the column after it. */
export function zoneAt(line: string, pos: number): { zone: Zone; end: number } | undefined {
  ZONE_AT.lastIndex = pos;
  const m = ZONE_AT.exec(line);
  if (!m) return undefined;
  const raw = (m[1] ?? m[2] ?? m[3] ?? m[4] ?? '').trim();
  const zone = zoneFromGroups(raw, m[1], m[2], m[3], m[4]);
  if (!zone) return undefined;
  let end = ZONE_AT.lastIndex;
  if (line[end] === ')' && m[0].includes('(')) end++;
  return { zone, end };
}

/** Finds the first zone mentioned anywhere in `text` ("Timeline (all times in PST/PDT)"). */
export function findZone(text: string): Zone | undefined {
  ZONE_ANYWHERE.lastIndex = 0;
  for (let m = ZONE_ANYWHERE.exec(text); m; m = ZONE_ANYWHERE.exec(text)) {
    const zone = zoneFromGroups(m[0].trim(), m[1], m[2], m[3], m[4]);
    if (zone) return zone;
  }
  return undefined;
}

/** Parses a zone written on its own ("UTC+2", "Europe/Paris", "WAT"). */
export function parseZone(text: string): Zone | undefined {
  const found = zoneAt(text.trim(), 0);
  return found && found.end >= text.trim().length ? found.zone : undefined;
}

/**
 * A zone's offset from UTC in minutes for a wall-clock time on a written date: an IANA zone (or an abbreviation
 * that stands for one, such as ET) through Intl at that date, so daylight saving time counts; otherwise the fixed
 * offset. Undefined when the zone's offset is unknown.
 */
export function offsetOn(
  zone: Zone,
  date: { year?: number; month: number; day: number } | undefined,
  minuteOfDay = 12 * 60,
): number | undefined {
  if (!zone.iana || !date || date.year === undefined) return zone.offsetMinutes;
  // The UTC instant of that wall clock: guess with the offset at the wall time read as UTC, then correct once.
  const wall = Date.UTC(date.year, date.month - 1, date.day) + minuteOfDay * 60000;
  const first = ianaOffsetMinutes(zone.iana, new Date(wall));
  if (first === undefined) return zone.offsetMinutes;
  return ianaOffsetMinutes(zone.iana, new Date(wall - first * 60000)) ?? first;
}
