// Counts the words a reader reads.
import type MarkdownIt from 'markdown-it';
import { parseInline } from './markdown';

const ALNUM = /[\p{L}\p{N}]/u;

/**
 * Counts words in one inline token: text of prose, headings, lists and tables, including link text and
 * inline code. Not counted: images, HTML tags, autolinks and bare URLs. A word is a whitespace-separated
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
    else if ((c.type === 'text' || c.type === 'code_inline') && !autolink) n += countWords(c.content);
  }
  return n;
}

/**
 * countInlineWords for an inline token's content, without an inline parse when the result cannot differ.
 * Content free of the characters inline rules react to (\ < and & before # or a letter; [ when a link
 * could form: a "](" in the content or reference definitions in the document) yields only text split at
 * line breaks, so its words are counted directly. Emphasis and strikethrough markers (* _ ~) and code-span
 * backticks only split text where they stand (a code span's content is counted as words), and they are not letters: when every run of them touches whitespace (or an end)
 * on one side, a split there never cuts a word, so the direct count holds too (unless a URL could be
 * involved). Otherwise the content is parsed, and adjacent text and text_special tokens are counted as
 * one run, as markdown-it's text_join would merge them.
 */
export function countContentWords(content: string, env: { references?: unknown }): number {
  // One pass: count words as countWords does while looking out for characters that need the parse.
  const len = content.length;
  let markers = false;
  let linkable: boolean | undefined;
  let n = 0;
  let start = -1;
  let alnum = false;
  for (let i = 0; i <= len; i++) {
    const c = i < len ? content.charCodeAt(i) : 32;
    const k = c < 128 ? CLASS[c]! : c === 0xa0 ? SEPARATOR : OTHER;
    if (k === WORD) {
      if (start < 0) start = i;
      alnum = true;
      // The rest of an ASCII word in a tight loop (each of its characters would take this branch).
      let j = i + 1;
      while (j < len) {
        const d = content.charCodeAt(j);
        if (d >= 128 || CLASS[d] !== WORD) break;
        j++;
      }
      i = j - 1;
      continue;
    }
    if (k === SEPARATOR) {
      if (start >= 0 && alnum && !isUrl(content, start, i)) n++;
      start = -1;
      alnum = false;
      continue;
    }
    if (k === PARSE) return parsedWords(content, env);
    if (k === AMPERSAND) {
      const d = content.charCodeAt(i + 1) | 32;
      if (d === 35 || (d >= 97 && d <= 122)) return parsedWords(content, env);
    } else if (k === BRACKET) {
      // Asked once per content, not once per bracket (a run of "[" would make it quadratic).
      if (linkable === undefined) linkable = env.references !== undefined || content.includes('](');
      if (linkable) return parsedWords(content, env);
    } else if (k === MARKER) {
      let j = i + 1;
      while (j < len && isMarker(content.charCodeAt(j))) j++;
      if (i > 0 && j < len && !isSeparator(content.charCodeAt(i - 1)) && !isSeparator(content.charCodeAt(j)))
        return parsedWords(content, env);
      markers = true;
      if (start < 0) start = i;
      i = j - 1;
      continue;
    }
    if (start < 0) start = i;
    if (!alnum && c > 127) alnum = ALNUM.test(content[i]!);
  }
  if (markers && (content.includes('://') || WWW.test(content))) return parsedWords(content, env);
  return n;
}

// Character classes of countContentWords (ASCII by table; U+00A0 separates; other non-ASCII is OTHER).
const OTHER = 0,
  WORD = 1,
  SEPARATOR = 2,
  PARSE = 3,
  AMPERSAND = 4,
  BRACKET = 5,
  MARKER = 6;
const CLASS = new Uint8Array(128);
for (let c = 0; c < 128; c++) {
  CLASS[c] =
    (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122)
      ? WORD
      : c === 32 || c === 9 || c === 10 || c === 13
        ? SEPARATOR
        : c === 92 || c === 60
          ? PARSE
          : c === 38
            ? AMPERSAND
            : c === 91
              ? BRACKET
              : isMarker(c)
                ? MARKER
                : OTHER;
}

const WWW = /www\./i;

// * _ ~ and the backtick: code spans split text where they open and close, and their content counts as words.
function isMarker(c: number): boolean {
  return c === 42 || c === 95 || c === 126 || c === 96;
}

// The characters countWords splits words at.
function isSeparator(c: number): boolean {
  return c === 32 || c === 9 || c === 10 || c === 13 || c === 0xa0;
}

// Words of inline content parsed by markdown-it (text runs joined as text_join does; autolinks skipped).
export function parsedWords(content: string, env: object): number {
  const children = parseInline(content, env);
  let n = 0;
  let autolink = false;
  let run = '';
  let inRun = false;
  for (const c of children) {
    if (c.type === 'text' || c.type === 'text_special') {
      run = inRun ? run + c.content : c.content;
      inRun = true;
      continue;
    }
    if (inRun && !autolink) n += countWords(run);
    inRun = false;
    // Inline code is read as words (`wp-settings.php`); inline HTML tags are not, the text between them is.
    if (c.type === 'code_inline') n += countWords(c.content);
    if (c.type === 'link_open') autolink = c.markup === 'autolink' || c.markup === 'linkify';
    else if (c.type === 'link_close') autolink = false;
  }
  if (inRun && !autolink) n += countWords(run);
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
      if (!alnum)
        alnum =
          (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || (c > 127 && ALNUM.test(text[i]!));
    }
  }
  return n;
}

// True for http://…, https://… and www.… words: a word holding "://", or starting with "www." (any case).
function isUrl(text: string, start: number, end: number): boolean {
  if (end - start < 8) return false;
  for (let i = start; i + 3 <= end; i++) {
    if (text.charCodeAt(i) === 58 && text.charCodeAt(i + 1) === 47 && text.charCodeAt(i + 2) === 47) return true;
  }
  return (
    (text.charCodeAt(start) | 32) === 119 &&
    (text.charCodeAt(start + 1) | 32) === 119 &&
    (text.charCodeAt(start + 2) | 32) === 119 &&
    text.charCodeAt(start + 3) === 46
  );
}

const TAG = /<\/?[A-Za-z][^<>]*>|<!--[^]*?-->|<!--.*$|^.*?-->/g;

/** The text of an HTML line as a reader sees it: tags and comments removed, entities left as they are. */
export function htmlText(line: string): string {
  return line.includes('<') || line.includes('>') ? line.replace(TAG, ' ') : line;
}
