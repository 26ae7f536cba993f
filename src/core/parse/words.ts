// Counts the words a reader reads.
import type MarkdownIt from 'markdown-it';

const ALNUM = /[\p{L}\p{N}]/u;

/**
 * Counts words in one inline token: text of prose, headings, lists and tables, including link text.
 * Not counted: inline code, images, HTML, autolinks and bare URLs. A word is a whitespace-separated
 * run holding at least one letter or digit ("—", "-" and emoji alone are not words).
 */
export function countInlineWords(inline: MarkdownIt.Token): number {
  const children = inline.children;
  if (!children) return 0;
  let n = 0;
  let autolink = false;
  for (const c of children) {
    if (c.type === 'link_open') autolink = c.markup === 'autolink' || c.markup === 'linkify';
    else if (c.type === 'link_close') autolink = false;
    else if (c.type === 'text' && !autolink) n += countWords(c.content);
  }
  return n;
}

/** Counts whitespace-separated words holding a letter or digit, skipping URLs. */
export function countWords(text: string): number {
  let n = 0;
  let start = -1;
  let alnum = false;
  const len = text.length;
  for (let i = 0; i <= len; i++) {
    const c = i < len ? text.charCodeAt(i) : 32;
    if (c === 32 || c === 9 || c === 10 || c === 13 || c === 0xa0) {
      if (start >= 0 && alnum && !isUrl(text, start, i)) n++;
      start = -1;
      alnum = false;
    } else {
      if (start < 0) start = i;
      if (!alnum) alnum = (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || (c > 127 && ALNUM.test(text[i]!));
    }
  }
  return n;
}

// True for http://…, https://… and www.… words.
function isUrl(text: string, start: number, end: number): boolean {
  if (end - start < 8) return false;
  const c = text.charCodeAt(start) | 32;
  if (c !== 104 && c !== 119 && !text.slice(start, end).includes('://')) return false;
  const head = text.slice(start, start + 8).toLowerCase();
  return head.startsWith('http://') || head.startsWith('https://') || head.startsWith('www.') || text.slice(start, end).includes('://');
}
