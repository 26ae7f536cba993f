// Recognises headings: ATX, setext, whole-line bold pseudo-headings and plain-text headings ("Timeline:").
import type { Section, Template } from '../types';
import { allTemplates } from '../templates/index';
import { findDates } from '../time/parse';
import { cleanTitle, headingKey, similarity } from './normalize';

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
}

const indexCache = new WeakMap<readonly Template[], AliasIndex>();
const BOLD_LINE = /^(?:\*\*|__)(?!\s)([^*_]|\*(?!\*)|_(?!_))+?(?:\*\*|__)\s*:?\s*(?:\\|\s{2,})?$/;

const NO_TEMPLATES: readonly Template[] = [];

/** Builds (and caches per custom-template array) the alias index. */
export function aliasIndex(custom: readonly Template[] = NO_TEMPLATES): AliasIndex {
  let idx = indexCache.get(custom);
  if (!idx) {
    const keys = new Set<string>();
    for (const t of allTemplates(custom)) for (const s of t.sections) for (const a of [s.title, ...s.aliases]) keys.add(headingKey(a));
    keys.delete('');
    idx = { exact: keys, keys: [...keys] };
    indexCache.set(custom, idx);
  }
  return idx;
}

/** A line that is wholly bold ("**Issue Summary**", "**Timeline:**"): its inner text, else undefined. */
export function boldHeadingText(line: string): string | undefined {
  const t = line.replace(/[\p{Extended_Pictographic}\u{FE0F}\u{200D}]/gu, '').trim();
  if (t.length > 80 || !BOLD_LINE.test(t)) return undefined;
  const inner = cleanTitle(t);
  if (!inner || inner.split(' ').length > 10 || /[.!?]$/.test(inner)) return undefined;
  const d = findDates(inner)[0];
  if (d && inner.length - (d.end - d.start) < 4) return undefined;
  return t;
}

/** A short plain line naming a known section ("Timeline", "Issue Sumary:", "🕒 Timeline (…)"), else undefined. */
export function plainHeadingText(line: string, index: AliasIndex): string | undefined {
  const t = line.trim();
  if (t.length < 4 || t.length > 60 || /^[-*+>|#\d]/.test(t)) return undefined;
  const colon = t.indexOf(':');
  if (colon >= 0 && colon < t.length - 1 && t.slice(colon + 1).trim() !== '') return undefined;
  const key = headingKey(cleanTitle(t));
  if (!key || key.split(' ').length > 7) return undefined;
  if (index.exact.has(key)) return t;
  if (key.length < 6) return undefined;
  for (const a of index.keys) if (a.length >= 6 && similarity(key, a) >= 0.84) return t;
  return undefined;
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
    for (let j = i + 1; j < raw.length; j++) {
      if (raw[j]!.level <= h.level) {
        end = raw[j]!.line;
        break;
      }
    }
    out.push({ title: cleanTitle(h.rawTitle), rawTitle: h.rawTitle, level: h.level, style: h.style, headingLine: h.line, bodyStartLine: Math.min(h.bodyStartLine, end), endLine: end });
  }
  return out;
}
