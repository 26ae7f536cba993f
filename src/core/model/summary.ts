// Reads the facts a reviewer looks for in a summary: start, end, duration, zone, impact, share of users, root cause.
import { LineKind, linesMatching, type ParsedText } from '../parse/index';
import { stripInline } from '../outline/normalize';
import { findDurations } from '../time/duration';
import { absoluteMinutes, findDates, findTimestamps, MAY_HAVE_TIME, type DateMatch } from '../time/parse';
import { findZone } from '../time/zones';
import type { SummaryFacts, Timestamp } from '../types';

/** Facts are read from the first 10,000 characters of a line (a pasted log line cannot stall the editor). */
const MAX_LINE = 10_000;

/** A range of lines [start, end) and, optionally, the column the first line starts at. */
export type LineRange = readonly [number, number, number?];

/** What joins a start and an end time: "-", "to", "until roughly", "through about". */
const CONNECTOR =
  /^[\s*_)(]*(?:[-–—~]|to|until|till|through|and)[\s*_(]*(?:(?:roughly|about|around|approximately|approx\.|circa|nearly|~)\s{0,3})?(?:[a-z]+ \d{1,2},? \d{4},?\s*)?$/i;
/** Bare hours of a range told with the part of the day: "from 9 to 11 in the morning". */
const BARE_HOURS =
  /\bfrom\s{1,3}(\d{1,2})\s{0,3}(?:to|until|till|-|–)\s{0,3}(\d{1,2})\s{1,3}(?:in\s{1,3}the\s{1,3}(?:morning|afternoon|evening)|at\s{1,3}night|o'clock)\b/i;
/** A day range ending in a date: "from 3 to 5 March 2024", "3-5 March". The day before the date's own day. */
const DAY_BEFORE_DATE = /(?<![\d:.,/])(\d{1,2})(?:st|nd|rd|th)?\s{0,3}(?:-|–|—|to|until|till|through)\s{0,3}$/i;
/** Impact: a subject (users, the site, the API …) and what happened to it in one sentence, or an outage word. */
const IMPACT_SUBJECT =
  /\b(?:users?|customers?|clients?|visitors?|requests?|transactions?|queries|traffic|services?|site|website|api|apis|servers?|web|app|application|pages?|platform|system|logins?|sign-?ins?|checkouts?|payments?|e-?mails?|uploads?|downloads?|dashboards?|databases?|orders?|receipts?|invoices?|notifications?|messages?|confirmations?|search|shop|store|catalog(?:ue)?|portal|booking|bookings)\b/i;
const IMPACT_PREDICATE =
  /\b(?:affected|impacted|unable|could not|couldn't|cannot|can't|experienc\w*|errors?|lost|failed|down|unavailable|slow\w*|disrupt\w*|timed? ?out|timeouts?|crash\w*|stopped working|unresponsive|inaccessible|offline|(?:returned|returns|answered|answers|served|serves|got|gets|saw|throws|threw|gives|gave) (?:\w+ )?(?:errors?|5\d\d)|(?:show(?:s|ed)|serve[sd]|display(?:s|ed)|return(?:s|ed)|gave|gives) (?:[\w-]+ ){0,2}?(?:old|stale|wrong|outdated|incorrect|incomplete|empty|blank)\b)\b/i;
/** Impact told as what people went through: "users kept getting logged out", "customers were charged twice". */
const PERSON_SUBJECT =
  /\b(?:users?|customers?|clients?|visitors?|people|students|learners|shoppers|buyers|subscribers?|players|members|readers|viewers|merchants|tenants)\b/i;
const EXPERIENCE =
  /\b(?:(?:logged|kicked|locked|signed|thrown) (?:out|off|back)|could(?:n't| not)|had to|were (?:charged|billed|shown|sent|redirected|asked)|saw|got|lost|delayed|late|missing|never (?:got|received|arrived)|waited|stuck|complained|reported)\b/i;
/** Things that failed to happen: "emails were not created", "receipts arrived late". */
const NOT_HAPPENED =
  /\b(?:(?:was|were|are|is)(?:n't| not| never) (?:created|sent|delivered|received|processed|saved|generated|shown|loaded)|arrived late|delayed|missing)\b/i;
const IMPACT_ALONE =
  /\bimpact|\b(?:slower than (?:expected|normal|usual)|degraded (?:performance|service)|(?:was|were|became|went) (?:inaccessible|unreachable|unresponsive|compromised|down|offline)|outage|downtime|service disruption)\b/i;

/** True when a line states an impact (each sentence is tested on its own). */
function statesImpact(text: string): boolean {
  if (IMPACT_ALONE.test(text)) return true;
  for (const sentence of text.split('.'))
    if (
      (IMPACT_SUBJECT.test(sentence) && (IMPACT_PREDICATE.test(sentence) || NOT_HAPPENED.test(sentence))) ||
      (PERSON_SUBJECT.test(sentence) && EXPERIENCE.test(sentence))
    )
      return true;
  return false;
}
const ROOT_CAUSE =
  /\broot[- ]?cause|\b(?:primary|main|underlying|real|actual|immediate|direct) cause\b|\bcause (?:of|was)\b|\b(?:was|were|is) (?:linked|traced|attributed) to\b|\bcaused\b|\bdue to\b|\bbecause\b(?! if\b)|\bstemm(?:ed|ing) from\b|\btriggered by\b|\bthe cause\b|\bresult(?:ed)? (?:of|from)\b|\b(?:result(?:ed|ing) in|cause[ds]?|led to|leading to) (?:an? |the )?(?:\w+ )?(?:outage|downtime|disruption|incident|failure|errors?)\b|\b(?:traced|attributed) (?:back )?to\b|\b(?:discovered|found|realized|realised|identified|determined) that\b|\b(?:there was|it was|this was) an? (?:\w+ ){0,4}(?:typo|bug|misconfiguration|mistake|error)\b|\b(?:typo|misspel\w*|misconfigur\w*|expired|memory leak|hardware failure|power (?:outage|failure)|ddos)\b|\breasons? (?:(?:for|behind) [^.]{1,60} )?(?:was|were|is|being)\b|\bculprits?\b|\b(?:was|were) responsible for\b|\b(?:came|comes|boiled|boils) down to\b|\bcause:|\bmade (?:each|every|all|the|our|its|their) (?:[\w-]+ ){0,3}?(?:wait|fail|crash|hang|stop|time out|reject|return)\w*|\bthe resulting\b/i;
const DURATION_CONTEXT =
  /\b(?:lasted|lasting|duration|for (?:a total of |about |approximately |roughly |around |~)?|down for|outage of|downtime|period of|total|took)\b|\(\s*~?\d|\(\s*(?:about|approximately|roughly|around|nearly|almost|over|under|just over|just under) /i;
const START_LABEL = /\b(?:start\w*|began|begin|down|outage start|detected|from|since|occurred|date|time|when)\b/;
const END_LABEL = /\b(?:end\w*|resolved|restored|up|recovered|outage end|until|fixed)\b/;
const END_CUE =
  /\b(?:until|till|restored?|resolved?|recover(?:ed)?|corrected|fix(?:ed)?|solved?|back (?:up|online|to normal)|c[oa]me back|ended|finish(?:ed)?|returned to normal|service resumed|by)\b[^.]{0,80}$/i;
/** A share of users: "85% of users", "100% of the traffic", "all external requests", "Users affected: 40%". */
const SHARE =
  /\b\d{1,3}(?:\.\d{1,3})?\s?(?:%|percent\b)|\b(?:all|every|most|half|none|majority|minority|(?:a|one|two|three)[\s-](?:third|quarter|fifth|tenth)s?|(?:one|\d{1,3}) (?:in|out of) (?:\d{1,4}|two|three|four|five|ten))\b/gi;
/**
 * What a share measures, right after it: users, customers, requests or traffic, and what users do (orders, logins,
 * checkouts, booking attempts). Up to three describing words may come first ("of our weekly active users"), but not
 * a word that starts another phrase ("90% of the disk used by users" measures the disk).
 */
const POPULATION =
  'users?|customers?|clients?|visitors?|requests?|traffic|people|students|learners|subscribers?|accounts?|sessions?|api calls|calls|queries|transactions|shoppers|buyers|members|tenants|players|readers|viewers|merchants|businesses|orders|purchases|payments|checkouts?|bookings|logins|log-ins|sign-ins|signups|sign-ups|attempts|visits|page ?views|page loads|downloads|uploads|hits';
const SHARE_OF = new RegExp(
  `^\\s?(?:of\\s+|or\\s+|among\\s+)?(?:(?:logged|signed)[ -]in\\s+|(?!(?:by|in|on|at|for|to|with|from|was|were|is|are|used|of|and|or|but|that|which|while|than)\\b)[a-z~][\\w'’-]{0,24}\\s+){0,3}(?:${POPULATION})\\b`,
  'i',
);
const SHARE_BEFORE =
  /\b(?:users?|customers?|clients?|visitors?|requests?|traffic|people|students|subscribers?|accounts?|sessions?)\b[^.%\d]{0,40}$/i;

/** The label a line opens with ("**Duration:**", "- Start Time:", "Impact:"), lower case; '' when none. */
export function lineLabel(line: string): string {
  let i = 0;
  const len = Math.min(line.length, 120);
  // Leading markup: spaces, quote and list markers, emphasis, heading marks, tags.
  while (i < len) {
    const c = line.charCodeAt(i);
    if (c === 32 || c === 9 || c === 62 || c === 42 || c === 95 || c === 45 || c === 43 || c === 35) i++;
    else if (c === 60) {
      const close = line.indexOf('>', i);
      if (close < 0 || close > len) break;
      i = close + 1;
    } else if (c >= 0x2000)
      i += line.codePointAt(i)! > 0xffff ? 2 : 1; // emoji decoration
    else break;
  }
  const start = i;
  while (i < len && i - start <= 40) {
    const c = line.charCodeAt(i);
    if ((c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 32 || c === 47 || c === 38) i++;
    else break;
  }
  const label = line.slice(start, i).trim();
  if (label.length < 2) return '';
  // Closing markup, then the label's colon or dash.
  while (i < len) {
    const c = line.charCodeAt(i);
    if (c === 42 || c === 95 || c === 32) i++;
    else if (c === 60) {
      const close = line.indexOf('>', i);
      if (close < 0 || close > len) break;
      i = close + 1;
    } else break;
  }
  const c = line.charCodeAt(i);
  return c === 58 || c === 45 || c === 0x2013 ? label.toLowerCase() : '';
}

/** Reads summary facts from prose lines of the given ranges. */
export function readSummary(
  p: ParsedText,
  ranges: readonly LineRange[],
  stamps: (n: number) => readonly Timestamp[],
): SummaryFacts {
  const f: SummaryFacts = {};
  const times: Array<{ t: Timestamp; before: string }> = [];
  let zoneSeen = false;
  let dateRange: { a: DateMatch; b: DateMatch; line: number } | undefined;
  for (const [a, b, col] of ranges) {
    for (let n = a; n < b && n < p.lineCount; n++) {
      if (p.kinds[n] !== LineKind.Text) continue;
      const full = p.lines[n]!.length > MAX_LINE ? p.lines[n]!.slice(0, MAX_LINE) : p.lines[n]!;
      const line = n === a && col ? ' '.repeat(col) + full.slice(col) : full;
      if (line.trim() === '') continue;
      const label = lineLabel(line);
      const all = stamps(n).filter((s) => s.valid && (n !== a || !col || s.startColumn >= col));
      readTimes(f, line, label, all);
      for (const t of all) times.push({ t, before: line.slice(Math.max(0, t.startColumn - 90), t.startColumn) });
      if (!f.zone) {
        let z = all.find((s) => s.zone)?.zone;
        if (!z && (all.length || /duration|time|date|zone/.test(label))) z = findZone(line);
        if (z) [f.zone, zoneSeen] = [z, true];
      }
      if (f.durationText === undefined) {
        const d = findDurations(line).find(
          (x) => label.includes('duration') || DURATION_CONTEXT.test(line.slice(Math.max(0, x.start - 40), x.end + 2)),
        );
        if (d) [f.durationText, f.durationMinutes, f.durationLine] = [d.raw.trim(), d.minutes, n];
        const bare = d || all.length ? undefined : readBareHours(line);
        if (bare) [f.durationText, f.durationMinutes, f.durationLine] = [bare.raw.trim(), bare.minutes, n];
      }
      if (!dateRange && !all.length) dateRange = readDateRange(line, n);
      const plain = stripInline(line);
      if (f.impact === undefined && (label.includes('impact') || statesImpact(plain))) f.impact = brief(plain);
      if (f.percentUsers === undefined) {
        const share = readShare(plain, label);
        if (share) f.percentUsers = share;
      }
      if (f.rootCause === undefined && (label.includes('cause') || ROOT_CAUSE.test(plain))) f.rootCause = brief(plain);
    }
  }
  if (!f.start && times.length >= 2) {
    // "At 12:05 AM WAT … until far later in the day, approximately 10:10 PM": the first time and a later one ending it.
    const end = times.slice(1).find((x) => END_CUE.test(x.before));
    if (end) [f.start, f.end] = [times[0]!.t, end.t];
  } else if (f.start && !f.end) {
    const later = times.find(
      (x) =>
        x.t !== f.start &&
        END_CUE.test(x.before) &&
        (x.t.line > f.start!.line || x.t.startColumn > f.start!.startColumn),
    );
    if (later) f.end = later.t;
  }
  completeRange(f);
  if (f.durationText === undefined && !(f.start && f.end) && dateRange) {
    // "29 April 2022 - 30 April 2022": a start and an end day.
    f.durationText = `${dateRange.a.date.day}/${dateRange.a.date.month} - ${dateRange.b.date.day}/${dateRange.b.date.month}`;
    f.durationLine = dateRange.line;
  }
  if (!zoneSeen && f.start?.zone) f.zone = f.start.zone;
  return f;
}

// Two dates joined by a range connector on one line, or a day range that ends in a date ("from 3 to 5 March 2024").
function readDateRange(line: string, n: number): { a: DateMatch; b: DateMatch; line: number } | undefined {
  const ds = findDates(line);
  for (let i = 0; i < ds.length; i++) {
    const d = ds[i]!;
    const next = ds[i + 1];
    if (next && /^\s*(?:[-–—~]|to|until|till|through)\s*$/i.test(line.slice(d.end, next.start)))
      return { a: d, b: next, line: n };
    // The date opens with its day ("5 March"), and a smaller day joined by a connector comes right before it.
    if (!/^\d/.test(line.slice(d.start, d.end))) continue;
    const m = DAY_BEFORE_DATE.exec(line.slice(Math.max(0, d.start - 20), d.start));
    const day = m ? Number(m[1]) : 0;
    if (day >= 1 && day < d.date.day)
      return { a: { date: { ...d.date, day }, start: d.start - m![0].length, end: d.start - 1 }, b: d, line: n };
  }
  return undefined;
}

// Hours of a range told without minutes ("from 9 to 11 in the morning"): the duration in minutes.
function readBareHours(line: string): { raw: string; minutes: number } | undefined {
  const m = BARE_HOURS.exec(line);
  if (!m) return undefined;
  const [a, b] = [Number(m[1]), Number(m[2])];
  return a < 24 && b < 24 && b > a ? { raw: m[0].replace(/^from\s+/i, ''), minutes: (b - a) * 60 } : undefined;
}

/** A share of users on a line: a % or quantifier that measures users, customers, requests or traffic. */
export function readShare(text: string, label = ''): string | undefined {
  SHARE.lastIndex = 0;
  for (let m = SHARE.exec(text); m; m = SHARE.exec(text)) {
    const after = text.slice(m.index + m[0].length, m.index + m[0].length + 80);
    if (SHARE_OF.test(after))
      return text.slice(m.index, m.index + m[0].length + (SHARE_OF.exec(after)?.[0].length ?? 0)).trim();
    // "Users affected: 40%", "affecting users (about 30%)".
    const pct = /%|percent/i.test(m[0]);
    if (
      pct &&
      (SHARE_BEFORE.test(text.slice(Math.max(0, m.index - 50), m.index)) ||
        /users|customers|traffic|requests/.test(label))
    ) {
      const next = /^\s?(?:of\s+)?(?:the\s+)?(\w+)/.exec(after)?.[1]?.toLowerCase();
      // "a 30% drop in performance" measures something else.
      if (
        !next ||
        !/^(?:drop|increase|decrease|rise|reduction|cpu|memory|disk|performance|load|capacity|of)$/.test(next)
      )
        return m[0].trim();
    }
  }
  return undefined;
}

// Picks start and end: labelled lines first, else the first "X - Y" / "from X to Y" pair.
function readTimes(f: SummaryFacts, line: string, label: string, stamps: readonly Timestamp[]): void {
  if (!stamps.length) return;
  if (
    !f.start &&
    START_LABEL.test(label) &&
    !END_LABEL.test(label) &&
    (stamps.length === 1 || !/duration/.test(label))
  ) {
    if (stamps.length === 1 || !/from|duration/.test(label)) {
      f.start = stamps[0]!;
      if (stamps.length === 1) return;
    }
  } else if (!f.end && END_LABEL.test(label)) {
    f.end = stamps[0]!;
    return;
  }
  if (f.start && f.end) return;
  // "From 4pm to 6 GMT": an hour alone with a zone ends a range.
  const last = stamps[stamps.length - 1]!;
  const bare = /^\s*(?:-|–|—|to|until|till)\s*(\d{1,2})\s*(?:UTC|GMT)\b/i.exec(
    line.slice(last.endColumn, last.endColumn + 20),
  );
  if (bare && !f.end && Number(bare[1]) < 24) {
    const hour = Number(bare[1]) + (last.hour >= 12 && Number(bare[1]) < 12 ? 12 : 0);
    const zone = findZone(bare[0]);
    f.start ??= last;
    f.end = {
      ...last,
      raw: bare[0].trim(),
      hour,
      minute: 0,
      startColumn: last.endColumn,
      endColumn: last.endColumn + bare[0].length,
      ...(zone ? { zone } : {}),
    };
    return;
  }
  for (let i = 0; i + 1 < stamps.length; i++) {
    const gap = line.slice(stamps[i]!.endColumn, stamps[i + 1]!.startColumn);
    if (gap.length <= 40 && CONNECTOR.test(gap) && !f.end) {
      [f.start, f.end] = [f.start && f.start !== stamps[0] ? f.start : stamps[i]!, stamps[i + 1]!];
      return;
    }
  }
}

// Shares date and zone between start and end ("June 5, 2024, 14:00 - 17:00 UTC") and derives the duration.
function completeRange(f: SummaryFacts): void {
  const { start, end } = f;
  if (!start || !end) return;
  const s = { ...start },
    e = { ...end };
  if (!s.zone && e.zone) s.zone = e.zone;
  if (!e.zone && s.zone) e.zone = s.zone;
  if (!e.date && s.date) e.date = s.date;
  if (!s.date && e.date) s.date = e.date;
  [f.start, f.end] = [s, e];
  if (f.durationMinutes === undefined) {
    const base = s.date ?? { year: 2000, month: 1, day: 1 };
    let m = absoluteMinutes(e, e.date ?? base)! - absoluteMinutes(s, base)!;
    if (m < 0 && !end.date) m += 1440;
    if (m >= 0) f.durationMinutes = m;
  }
}

// Shortens a line to a readable fact.
function brief(plain: string): string {
  return plain.length > 200 ? `${plain.slice(0, 197)}…` : plain;
}

/** Reads the times of day of each line once per model build; `all()` lists them for every line. */
export interface StampReader {
  (n: number): readonly Timestamp[];
  all(): ReadonlyArray<readonly Timestamp[]>;
}

const NONE: readonly Timestamp[] = Object.freeze([]);

/** A memoised reader of the times on each prose line (code, markup and front matter hold none). */
export function stampReader(p: ParsedText): StampReader {
  const memo = new Array<readonly Timestamp[] | undefined>(p.lineCount);
  const read = (n: number): readonly Timestamp[] => {
    let s = memo[n];
    if (!s) {
      const found = p.kinds[n] === LineKind.Text ? findTimestamps(p.lines[n] ?? '', n) : [];
      memo[n] = s = found.length ? found : NONE;
    }
    return s;
  };
  const all = (): Array<readonly Timestamp[]> => {
    // Lines without a digit-colon-digit-digit or the like hold no time: one scan of the text finds the others.
    const maybe = linesMatching(p, MAY_HAVE_TIME);
    const out = new Array<readonly Timestamp[]>(p.lineCount);
    for (let n = 0; n < p.lineCount; n++) out[n] = maybe[n] ? read(n) : (memo[n] ?? NONE);
    return out;
  };
  return Object.assign(read, { all });
}
