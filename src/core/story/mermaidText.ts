// Turns any text into a safe, short Mermaid label, and formats times and durations for labels.
import type { Timestamp } from '../types';

/** Characters kept as they are inside a quoted label; everything else becomes a `#code;` entity. */
const SAFE = /[\p{L}\p{N}\p{M} .,\-_/+!?@()'’]/u;

/** Removes Markdown inline markup a label doesn't need: emphasis, code ticks, links, images, HTML-ish tags. */
export function plainText(markdown: string): string {
  return markdown
    .replace(/!?\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/(\*\*|__|~~)(.+?)\1/g, '$2')
    .replace(/(^|\W)[*_](\S(?:.*?\S)?)[*_](?=\W|$)/g, '$1$2')
    .replace(/`+([^`]*)`+/g, '$1')
    .replace(/\s+/g, ' ')
    .trim();
}

/** Shortens text to `max` characters at a word boundary, with an ellipsis. */
export function truncate(text: string, max: number): string {
  const chars = Array.from(text);
  if (chars.length <= max) return text;
  const cut = chars.slice(0, Math.max(1, max - 1)).join('');
  const space = cut.lastIndexOf(' ');
  return (space > max * 0.6 ? cut.slice(0, space) : cut).replace(/[\s.,;:-]+$/, '') + '…';
}

/** Escapes text for use inside a double-quoted Mermaid label: any input yields valid, inert Mermaid. */
export function escapeLabel(text: string): string {
  let out = '';
  for (const ch of text.replace(/[\r\n\t]+/g, ' ')) {
    const code = ch.codePointAt(0)!;
    out += SAFE.test(ch) ? ch : code < 32 ? ' ' : `#${code};`;
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
