// Turns any text into a safe Mermaid label that stays readable as source, and formats times for labels.
import { trimEndOf } from '../parse/chars';
import type { Timestamp } from '../types';

/**
 * How much of an entry a label reads: far more than a label shows (it is truncated to a line or two), and a bound on
 * the emphasis patterns below, which are quadratic in the worst case (a 100 KB entry of `**` stays fast).
 */
const LABEL_SOURCE_MAX = 2000;

/** Removes Markdown inline markup a label doesn't need: emphasis, code ticks, links, images, HTML-ish tags. */
export function plainText(markdown: string): string {
  return markdown
    .slice(0, LABEL_SOURCE_MAX)
    .replace(/!?\[([^\]]{0,500})\]\([^)]{0,500}\)/g, '$1')
    .replace(/(\*\*|__|~~)(.+?)\1/g, '$2')
    .replace(/(^|\W)[*_](\S(?:.*?\S)?)[*_](?=\W|$)/g, '$1$2')
    .replace(/`{1,10}([^`]{0,500})`{1,10}/g, '$1')
    .replace(/\s+/g, ' ')
    .trim();
}

/** Shortens text to `max` characters at a word boundary, with an ellipsis. */
export function truncate(text: string, max: number): string {
  const chars = Array.from(text);
  if (chars.length <= max) return text;
  const cut = chars.slice(0, Math.max(1, max - 1)).join('');
  const space = cut.lastIndexOf(' ');
  return trimEndOf(space > max * 0.6 ? cut.slice(0, space) : cut, '.,;:-', true) + '…';
}

/** Bidirectional controls and other invisible format characters that could disguise a label's source. */
const INVISIBLE = /[\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff]/;

/** True when `s[i]` opens something Mermaid would read as an entity (`#35;`, `#quot;`, `&amp;`). */
function opensEntity(s: string, i: number): boolean {
  let j = i + 1;
  if (s[i] === '&' && s[j] === '#') j++;
  const from = j;
  while (j < s.length && j - from < 32 && /[A-Za-z0-9]/.test(s[j]!)) j++;
  return j > from && s[j] === ';';
}

/**
 * Escapes text for a double-quoted Mermaid label, only where Mermaid needs it, so the source stays readable:
 * `"` ends the label, `#…;` and `&…;` read as entities, `%%` opens a directive, `<` opens HTML, a backtick opens
 * a Markdown string (`>`, `[`, `|`, `;`, `-->` are text inside quotes); control and invisible characters are dropped. Any input yields valid, inert Mermaid.
 */
export function escapeLabel(text: string): string {
  const s = text.replace(/[\r\n\t]+/g, ' ');
  // Mermaid rewrites `style …:…#…;` and `classDef …` lines before parsing: keep such text from looking like one.
  const styled = /style|classdef/i.test(s);
  let out = '';
  for (let i = 0; i < s.length; i++) {
    const ch = s[i]!;
    const code = ch.charCodeAt(0);
    if (code < 32 || code === 127) out += ' ';
    else if (INVISIBLE.test(ch)) continue;
    else if (ch === '"') out += '#quot;';
    else if (ch === '<') out += '#lt;';
    else if (ch === '`') out += '#96;';
    else if (ch === '#' && opensEntity(s, i)) out += '#35;';
    else if (ch === '&' && opensEntity(s, i)) out += '#amp;';
    else if (ch === '%' && s[i + 1] === '%') out += '#37;';
    else if (styled && (ch === ':' || ch === ';')) out += ch === ':' ? '#58;' : '#59;';
    else out += ch;
  }
  return out;
}

/** A quoted label: markup removed, shortened, escaped. */
export function label(text: string, max: number): string {
  return `"${escapeLabel(truncate(plainText(text), max))}"`;
}

/** "09:05" for a valid timestamp, else its raw text. */
export function clock(time: Timestamp | undefined): string {
  if (!time) return '';
  if (!time.valid) return time.raw.trim();
  return `${String(time.hour).padStart(2, '0')}:${String(time.minute).padStart(2, '0')}`;
}

/**
 * An unfilled time at the start of an entry's text ("HH:MM UTC** - Outage detected", "[time] - …", "XX:XX - …"):
 * the template's placeholder, not part of what happened. Bounded, anchored pattern.
 */
const PLACEHOLDER_TIME =
  /^[\s*_`[(]{0,6}(?:[HhXx?_#-]{1,2}[:.h][MmXx?_#-]{2}(?:[:.][Ss]{2})?|\[?(?:time|timestamp|hh:mm)\]?|\{time\}|<time>)(?:[ \t]?[AaPp]\.?[Mm]\.?)?(?:[ \t]{1,3}(?:[A-Z]{2,5}|[A-Z]{3}[+-]\d{1,2}|zone|tz))?[\s*_`)\]]{0,6}(?:[-–—:|]{1,3}[ \t]{0,3})?/;

/** The text of an entry for a label: a leading placeholder time removed. */
export function withoutPlaceholderTime(text: string): string {
  const m = PLACEHOLDER_TIME.exec(text);
  return m && m[0].trim() ? text.slice(m[0].length).trim() : text;
}
