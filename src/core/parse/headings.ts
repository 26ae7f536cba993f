// Recognises headings: ATX, setext, whole-line bold pseudo-headings and plain-text headings ("Timeline:").
import type { Section, Template } from '../types';
import { allTemplates } from '../templates/index';
import { findDates } from '../time/parse';
import { MATCH_THRESHOLD, bestSimilarity, cleanTitle, headingKey } from './normalize';

const DECORATED = /^\p{Extended_Pictographic}/u;

/** A heading candidate found while walking the tokens. */
export interface RawHeading {
  rawTitle: string;
  level: number;
  style: Section['style'];
  line: number;
  bodyStartLine: number;
}

/** Title and alias keys of every known template section, for plain-text heading detection. */
export interface AliasIndex {
  exact: Set<string>;
  keys: string[];
  /** Keys of section titles of three words or more (for inline labels "Root Cause and Resolution: …"). */
  longTitles: string[];
}

const indexCache = new WeakMap<readonly Template[], AliasIndex>();
const BOLD_LINE = /^(?:\*\*|__)(?!\s)([^*_]|\*(?!\*)|_(?!_))+?(?:\*\*|__)\s*[:;]?\s*(?:\\|\s{2,})?$/;

const NO_TEMPLATES: readonly Template[] = [];

/** Builds (and caches per custom-template array) the alias index. */
export function aliasIndex(custom: readonly Template[] = NO_TEMPLATES): AliasIndex {
  let idx = indexCache.get(custom);
  if (!idx) {
    const keys = new Set<string>(), longTitles = new Set<string>();
    for (const t of allTemplates(custom)) {
      for (const s of t.sections) {
        for (const a of [s.title, ...s.aliases]) keys.add(headingKey(a));
        const k = headingKey(s.title);
        if (k.split(' ').length >= 3) longTitles.add(k);
      }
    }
    keys.delete('');
    idx = { exact: keys, keys: [...keys], longTitles: [...longTitles] };
    indexCache.set(custom, idx);
  }
  return idx;
}

/** A line that is wholly bold ("**Issue Summary**", "**Timeline:**"): its inner text, else undefined. */
export function boldHeadingText(line: string): string | undefined {
  // Cheap rejection: the first character that is not ASCII whitespace must be * or _ (or non-ASCII: an emoji).
  let i = 0;
  while (i < line.length && isAsciiSpace(line.charCodeAt(i))) i++;
  if (i === line.length) return undefined;
  const c0 = line.charCodeAt(i);
  if (c0 < 128 && c0 !== 42 && c0 !== 95) return undefined;
  const t = line.replace(/[\p{Extended_Pictographic}\u{FE0F}\u{200D}]/gu, '').trim();
  if (t.length > 80 || !BOLD_LINE.test(t)) return undefined;
  const inner = cleanTitle(t);
  if (!inner || inner.split(' ').length > 10 || /[.!?]$/.test(inner)) return undefined;
  const d = findDates(inner)[0];
  if (d && inner.length - (d.end - d.start) < 4) return undefined;
  return t;
}

// Tab, line feed, vertical tab, form feed, carriage return, space.
function isAsciiSpace(c: number): boolean {
  return c === 32 || (c >= 9 && c <= 13);
}

/**
 * A short plain line naming a known section ("Timeline", "Issue Sumary:", "🕒 Timeline (…)"), or a line
 * opening with a long section title as a label ("Root Cause and Resolution: The web stack…", inline).
 */
export function plainHeadingText(line: string, index: AliasIndex): { title: string; inline: boolean } | undefined {
  const t = line.trim();
  if (t.length < 4 || /^[-*+>|#\d]/.test(t)) return undefined;
  const colon = t.indexOf(':');
  if (colon > 0 && colon < 60 && t.slice(colon + 1).trim() !== '') {
    const label = t.slice(0, colon);
    const key = headingKey(cleanTitle(label));
    return key.split(' ').length >= 3 && bestSimilarity(key, index.longTitles) >= 0.9 ? { title: label, inline: true } : undefined;
  }
  if (t.length > 60) return undefined;
  const key = headingKey(cleanTitle(t));
  if (!key || key.split(' ').length > 7) return undefined;
  if (index.exact.has(key)) return { title: t, inline: false };
  if (key.length < 6) return undefined;
  // A line opening with an emoji ("✅ Lessons & Action Items") is decoration a writer gives headings:
  // a section title or alias contained in it is enough.
  const min = DECORATED.test(t) ? MATCH_THRESHOLD : 0.84;
  return bestSimilarity(key, index.keys) >= min ? { title: t, inline: false } : undefined;
}

/** True for an ATX heading used as a field line inside a section ("# Root Cause: The issue stemmed from …"). */
export function isFieldHeading(title: string, level: number, previousLevel: number | undefined): boolean {
  if (previousLevel === undefined || level >= previousLevel) return false;
  const colon = title.indexOf(':');
  return colon > 0 && title.slice(colon + 1).trim().split(/\s+/).length >= 3;
}

/** Turns heading candidates into sections with line ranges (a section ends at the next heading of the same or higher rank). */
export function buildSections(raw: readonly RawHeading[], lineCount: number): Section[] {
  const out: Section[] = [];
  for (let i = 0; i < raw.length; i++) {
    const h = raw[i]!;
    let end = lineCount;
    // A pseudo-heading's level is a guess: it never holds a real (ATX or setext) heading.
    const pseudo = h.style === 'bold' || h.style === 'plain';
    for (let j = i + 1; j < raw.length; j++) {
      if (raw[j]!.level <= h.level || (pseudo && raw[j]!.style !== 'bold' && raw[j]!.style !== 'plain')) {
        end = raw[j]!.line;
        break;
      }
    }
    out.push({ title: cleanTitle(h.rawTitle), rawTitle: h.rawTitle, level: h.level, style: h.style, headingLine: h.line, bodyStartLine: Math.min(h.bodyStartLine, end), endLine: end });
  }
  return out;
}
