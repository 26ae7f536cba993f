// Finds the facts a reviewer looks for in the summary: start, end, duration, zone, impact, % users, root cause.
import { findDurations, type DurationMatch } from '../time/duration';
import { absoluteMinutes } from '../time/parse';
import { findZone } from '../time/zones';
import type { SummaryFacts, Timestamp, Zone } from '../types';
import { stampsAt, type ParsedDocument } from './model';
import { bestSimilarity, headingKey } from './normalize';

/** A range of lines [start, end). */
export type LineRange = readonly [number, number];

const SUMMARY_KEYS = ['issue summary', 'summary', 'incident summary', 'executive summary', 'overview', 'incident details', 'summary of the incident', 'introduction', 'impact'];
const LABEL = /^[\s>*_\-+#]*(?:<[^>]*>)*[\s*_]*([A-Za-z/ ]{2,40}?)[\s*_]*(?:<\/[^>]*>)*[\s*_]*[:\-–]/;
const CONNECTOR = /^[\s*_)(]*(?:[-–—~]|to|until|till|through|and)[\s*_(]*(?:[a-z]+ \d{1,2},? \d{4},?\s*)?$/i;
const IMPACT = /\bimpact|\b(?:users?|customers?|clients?|visitors?|requests?|transactions?|queries|traffic|services?|site|website|api|servers?|web|app|application|pages?|platform|system|logins?|sign-?ins?|checkouts?|payments?|e-?mails?|uploads?|downloads?)\b[^.]*\b(?:affected|impacted|unable|could not|couldn't|experienc\w*|errors?|lost|failed|down|unavailable|slow\w*|disrupt\w*|timed? ?out|timeouts?|crash\w*|stopped working|(?:returned|answered|served|got|saw) (?:\w+ )?(?:errors?|5\d\d))\b|\b(?:slower than (?:expected|normal|usual)|degraded (?:performance|service)|(?:was|were|became) (?:inaccessible|unreachable|unresponsive|compromised))\b/i;
const PERCENT = /\b\d{1,3}(?:\.\d+)?\s?%|\b\d{1,3}(?:\.\d+)?\s?percent\b|\b(?:all|every|most|half|none|no|majority|minority|(?:a|one|two|three)[\s-](?:third|quarter|fifth|tenth)s?|(?:one|\d+) (?:in|out of) (?:\d+|two|three|four|five|ten))\b(?: of)?(?: the| our| its)? (?:users|customers|clients|visitors|traffic|requests)\b/i;
const ROOT_CAUSE = /\broot[- ]?cause|\bcaused\b|\bdue to\b|\bbecause\b|\bstemm(?:ed|ing) from\b|\btriggered by\b|\bthe cause\b|\bresult(?:ed)? of\b|\b(?:result(?:ed|ing) in|cause[ds]?|led to|leading to) (?:an? |the )?(?:\w+ )?(?:outage|downtime|disruption|incident)\b/i;
const DURATION_CONTEXT = /\b(?:lasted|lasting|duration|for (?:a total of |about |approximately |roughly |around |~)?|down for|outage of|downtime|period of|total)\b|\(\s*~?\d/i;

/** The summary region: the preamble before the first section, plus sections named like a summary. */
export function summaryRanges(doc: ParsedDocument): LineRange[] {
  const out: LineRange[] = [];
  const firstBody = doc.sections.find((s) => s.headingLine !== doc.titleLine);
  out.push([0, firstBody ? firstBody.headingLine : doc.lineCount]);
  for (const s of doc.sections) {
    if (s.headingLine === doc.titleLine) continue;
    if (bestSimilarity(headingKey(s.title), SUMMARY_KEYS) >= 0.8) out.push([s.bodyStartLine, s.endLine]);
  }
  return out;
}

/** What extractSummary reads from one line, computed on first need and kept per document. */
interface LineFacts {
  label: string;
  stamps: Timestamp[];
  zone?: Zone | null;
  durations?: DurationMatch[];
  impact?: boolean;
  percent?: string | null;
  rootCause?: boolean;
  brief?: string;
}

const lineFacts = new WeakMap<ParsedDocument, Array<LineFacts | undefined>>();

// The facts of line n (its label and valid stamps at once, the rest lazily by the caller).
function factsOf(doc: ParsedDocument, memo: Array<LineFacts | undefined>, n: number, line: string): LineFacts {
  let lf = memo[n];
  if (!lf) {
    // LABEL needs a ':', '-' or '–' to end the label.
    const label = line.includes(':') || line.includes('-') || line.includes('–') ? LABEL.exec(line)?.[1]?.toLowerCase().trim() ?? '' : '';
    const all = stampsAt(doc, n);
    memo[n] = lf = { label, stamps: all.length ? all.filter((s) => s.valid) : all };
  }
  return lf;
}

/** Reads summary facts from the given line ranges (prose lines only). */
export function extractSummary(doc: ParsedDocument, ranges: readonly LineRange[]): SummaryFacts {
  const f: SummaryFacts = {};
  let zoneSeen = false;
  let memo = lineFacts.get(doc);
  if (!memo) lineFacts.set(doc, (memo = new Array<LineFacts | undefined>(doc.lineCount)));
  for (const [a, b] of ranges) {
    for (let n = a; n < b && n < doc.lineCount; n++) {
      if (!doc.prose[n]) continue;
      const line = doc.lines[n]!;
      if (isBlank(line)) continue;
      const lf = factsOf(doc, memo, n, line);
      const { label, stamps } = lf;
      readTimes(f, line, label, stamps);
      if (!f.zone) {
        let z = stamps.find((s) => s.zone)?.zone;
        if (!z && (stamps.length || /duration|time|date/.test(label))) {
          if (lf.zone === undefined) lf.zone = findZone(line) ?? null;
          z = lf.zone ?? undefined;
        }
        if (z) [f.zone, zoneSeen] = [z, true];
      }
      if (f.durationText === undefined) {
        const d = (lf.durations ??= findDurations(line)).find((x) => label.includes('duration') || DURATION_CONTEXT.test(line.slice(Math.max(0, x.start - 40), x.end + 2)));
        if (d) [f.durationText, f.durationMinutes, f.durationLine] = [d.raw.trim(), d.minutes, n];
      }
      if (f.impact === undefined && (label.includes('impact') || (lf.impact ??= IMPACT.test(line)))) f.impact = (lf.brief ??= brief(line));
      if (f.percentUsers === undefined) {
        if (lf.percent === undefined) lf.percent = PERCENT.exec(line)?.[0] ?? null;
        if (lf.percent !== null) f.percentUsers = lf.percent;
      }
      if (f.rootCause === undefined && (label.includes('cause') || (lf.rootCause ??= ROOT_CAUSE.test(line)))) f.rootCause = (lf.brief ??= brief(line));
    }
  }
  completeRange(f);
  if (!zoneSeen && f.start?.zone) f.zone = f.start.zone;
  return f;
}

// True for an empty or whitespace-only line (as line.trim() === '').
function isBlank(line: string): boolean {
  for (let i = 0; i < line.length; i++) {
    const c = line.charCodeAt(i);
    if (c !== 32 && c !== 9) return c < 128 && !(c >= 10 && c <= 13) ? false : line.trim() === '';
  }
  return true;
}

// Picks start and end: labelled lines first, else the first "X - Y" / "from X to Y" pair.
function readTimes(f: SummaryFacts, line: string, label: string, stamps: Timestamp[]): void {
  if (!stamps.length) return;
  if (!f.start && (/\b(start|began|begin|down|outage start|detected)\b/.test(label) || (/\b(date|time|when)\b/.test(label) && stamps.length === 1))) f.start = stamps[0]!;
  else if (!f.end && /\b(end|resolved|restored|up|recovered|outage end)\b/.test(label)) f.end = stamps[0]!;
  if (f.start && f.end) return;
  for (let i = 0; i + 1 < stamps.length; i++) {
    const gap = line.slice(stamps[i]!.endColumn, stamps[i + 1]!.startColumn);
    if (CONNECTOR.test(gap) && !f.start && !f.end) {
      [f.start, f.end] = [stamps[i]!, stamps[i + 1]!];
      return;
    }
  }
}

// Shares date and zone between start and end ("June 5, 2024, 14:00 - 17:00 UTC") and derives the duration.
function completeRange(f: SummaryFacts): void {
  const { start, end } = f;
  if (!start || !end) return;
  const s = { ...start }, e = { ...end };
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

// Shortens a line to a readable fact: tags and markup characters dropped, whitespace collapsed.
function brief(line: string): string {
  const t = stripMarkup(line);
  return t.length > 200 ? `${t.slice(0, 197)}…` : t;
}

/**
 * line.replace(/<[^>]*>|[*_`#>]/g, '').replace(/\s+/g, ' ').trim() in one scan (a line holding a
 * non-ASCII space outside tags falls back to the regular expressions).
 */
function stripMarkup(line: string): string {
  const len = line.length;
  let out = '';
  let run = -1; // start of the current run of kept characters
  let space = false; // whitespace seen since the last kept character
  for (let i = 0; i < len;) {
    const c = line.charCodeAt(i);
    let skip = -1; // removed: [i, skip)
    if (c === 60) {
      const close = line.indexOf('>', i + 1);
      if (close >= 0) skip = close + 1;
    } else if (c === 42 || c === 95 || c === 96 || c === 35 || c === 62) skip = i + 1;
    else if (c === 32 || (c >= 9 && c <= 13)) {
      if (run >= 0) [out, run] = [out + line.slice(run, i), -1];
      space = true;
      i++;
      continue;
    } else if (c >= 128 && isUnicodeSpace(c)) return line.replace(/<[^>]*>|[*_`#>]/g, '').replace(/\s+/g, ' ').trim();
    if (skip >= 0) {
      if (run >= 0) [out, run] = [out + line.slice(run, i), -1];
      i = skip;
      continue;
    }
    if (run < 0) {
      if (space && out.length) out += ' ';
      space = false;
      run = i;
    }
    i++;
  }
  return run >= 0 ? out + line.slice(run) : out;
}

// Non-ASCII characters that \s matches.
function isUnicodeSpace(c: number): boolean {
  return c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}
