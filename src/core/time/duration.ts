// Reads durations such as "2 hours, 30 minutes", "55 mins", "1h30m", "~7 hours", "half an hour".
const NUMBER_WORDS: Readonly<Record<string, number>> = {
  a: 1,
  an: 1,
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
  fifteen: 15,
  twenty: 20,
  thirty: 30,
  forty: 40,
  'forty-five': 45,
  fifty: 50,
};
// Bounded gaps ([ \t]{0,3}) keep the pattern linear: no two unbounded quantifiers compete for the same spaces.
const PART =
  '(\\d{1,6}(?:\\.\\d{1,3})?[ \\t]{0,3}-?[ \\t]{0,3}|(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|forty-five|fifty)[ \\t-]{1,3})(days?|d|hours?|hrs?|h|minutes?|mins?|m)(?![a-z])';
const DURATION_RE = new RegExp(
  `(?<![\\w:])(?:half an hour|${PART}(?:(?:[ \\t]{0,3},[ \\t]{0,3}|[ \\t]{1,3}and[ \\t]{1,3}|[ \\t]{0,3})${PART})?(?:[ \\t]{1,3}and a half)?)`,
  'gi',
);

/** A duration found in text. */
export interface DurationMatch {
  minutes: number;
  raw: string;
  start: number;
  end: number;
}

// Converts one "<n> <unit>" pair to minutes.
function partMinutes(n: string, unit: string): number {
  const k = n.trim().replace(/-$/, '').trim().toLowerCase();
  const v = NUMBER_WORDS[k] ?? Number(k);
  const u = unit.toLowerCase();
  if (u.startsWith('d')) return v * 1440;
  if (u.startsWith('h')) return v * 60;
  return v;
}

/** Finds durations in a piece of text (first one first). */
export function findDurations(text: string): DurationMatch[] {
  const out: DurationMatch[] = [];
  DURATION_RE.lastIndex = 0;
  for (let m = DURATION_RE.exec(text); m; m = DURATION_RE.exec(text)) {
    let minutes: number;
    if (m[0].toLowerCase() === 'half an hour') minutes = 30;
    else {
      if (/^m$/i.test(m[2]!) && !m[3] && !/\d/.test(m[1]!)) continue;
      minutes = partMinutes(m[1]!, m[2]!) + (m[3] ? partMinutes(m[3], m[4]!) : 0);
      if (/and a half$/i.test(m[0])) minutes += /^h/i.test(m[4] ?? m[2]!) ? 30 : 0;
    }
    if (minutes > 0) out.push({ minutes, raw: m[0], start: m.index, end: m.index + m[0].length });
  }
  return out;
}

/** Writes minutes as "1 h 15 min". */
export function formatDuration(minutes: number): string {
  const h = Math.floor(minutes / 60);
  const m = Math.round(minutes % 60);
  if (h === 0) return `${m} min`;
  return m === 0 ? `${h} h` : `${h} h ${m} min`;
}
