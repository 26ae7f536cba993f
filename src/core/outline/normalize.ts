// Normalises heading text and compares it with template titles and aliases, tolerating small misspellings.

const STOP_WORDS = new Set([
  'the',
  'of',
  'a',
  'an',
  'our',
  'and',
  'for',
  'to',
  'in',
  'on',
  'my',
  'this',
  'incident',
  'outage',
]);

/** Heading text for display: markup, tags, link targets, emoji and trailing punctuation removed (linear time). */
export function cleanTitle(raw: string): string {
  const t = stripInline(raw.length > 400 ? raw.slice(0, 400) : raw);
  // Trailing punctuation and closing ATX hashes ("### Title ###", "Timeline:", "Summary -").
  let end = t.length;
  while (end > 0 && TRAILING.has(t.charCodeAt(end - 1))) end--;
  return t.slice(0, end).trim();
}

// Characters dropped from the end of a title: whitespace : . - – — , ; ! #
const TRAILING = new Set([32, 9, 58, 46, 45, 0x2013, 0x2014, 44, 59, 33, 35, 0xa0]);

/**
 * Inline Markdown as plain words: tags removed, `[text](url)` and `![alt](url)` reduced to their text, emphasis
 * and code markers, emoji and joiners removed, whitespace collapsed. One left-to-right scan (no backtracking).
 */
export function stripInline(raw: string): string {
  let out = '';
  let run = -1; // start of the current run of kept characters
  let space = false;
  const len = raw.length;
  const flush = (i: number): void => {
    if (run >= 0) {
      out += raw.slice(run, i);
      run = -1;
    }
  };
  for (let i = 0; i < len; i++) {
    const c = raw.charCodeAt(i);
    let skipTo = -1; // characters [i, skipTo) are dropped
    let gap = false;
    if (c === 60) {
      // A tag: <...> with no < inside; else the < is text.
      let j = i + 1;
      while (j < len && raw.charCodeAt(j) !== 62 && raw.charCodeAt(j) !== 60) j++;
      if (j < len && raw.charCodeAt(j) === 62 && j > i + 1) {
        skipTo = j + 1;
        gap = true;
      }
    } else if (c === 93 && raw.charCodeAt(i + 1) === 40) {
      // "](url)": drop the target (the link text before it is kept).
      let j = i + 2;
      while (j < len && raw.charCodeAt(j) !== 41 && raw.charCodeAt(j) !== 40) j++;
      if (j < len && raw.charCodeAt(j) === 41) skipTo = j + 1;
    }
    if (skipTo < 0) {
      if (
        c === 42 ||
        c === 95 ||
        c === 96 ||
        c === 126 ||
        c === 91 ||
        c === 93 ||
        (c === 33 && raw.charCodeAt(i + 1) === 91)
      )
        skipTo = i + 1;
      else if (c <= 32 || c === 0xa0) {
        // One space inside a run, before a character that is kept for sure: it stays (one slice per run of words,
        // not one per word); anything else collapses to a single space before the next kept character.
        if (c === 32 && run >= 0 && keptForSure(raw.charCodeAt(i + 1))) continue;
        skipTo = i + 1;
        gap = true;
      } else if (c >= 0xd800 && c <= 0xdbff) {
        if (isDecoration(raw.codePointAt(i)!)) skipTo = i + 2;
      } else if (c >= 0x2000 && isDecoration(c)) skipTo = i + 1;
    }
    if (skipTo >= 0) {
      flush(i);
      if (gap && out.length) space = true;
      i = skipTo - 1;
      continue;
    }
    if (run < 0) {
      if (space) out += ' ';
      space = false;
      run = i;
    }
    if (c >= 0xd800 && c <= 0xdbff) i++;
  }
  flush(len);
  return out;
}

// An ASCII character stripInline always keeps as it is (not space, markup, a tag or link bracket, or `!`).
function keptForSure(c: number): boolean {
  return (
    c > 32 && c < 127 && c !== 60 && c !== 93 && c !== 42 && c !== 95 && c !== 96 && c !== 126 && c !== 91 && c !== 33
  );
}

/** Emoji, pictographs, regional indicators, keycaps, variation selectors and joiners. */
export function isDecoration(cp: number): boolean {
  return (
    cp === 0xfe0f ||
    cp === 0x200d ||
    cp === 0x20e3 ||
    (cp >= 0x1f1e6 && cp <= 0x1f1ff) ||
    PICTOGRAPHIC.test(String.fromCodePoint(cp))
  );
}

const PICTOGRAPHIC = /^\p{Extended_Pictographic}$/u;

/** Comparison key: lower case, no parenthetical, no leading numbering, letters and digits only. */
export function headingKey(text: string): string {
  if (text.length > 200) text = text.slice(0, 200);
  return text
    .toLowerCase()
    .replace(/\([^()]*\)?/g, ' ')
    .replace(/&/g, ' and ')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim()
    .replace(/^(?:\d+|[ivx]+(?= ))\s+/, '')
    .replace(/^(?:part|step|section) \d+\s*/, '');
}

// Drops stop words for a looser comparison.
function core(key: string): string {
  return key
    .split(' ')
    .filter((w) => !STOP_WORDS.has(w))
    .join(' ');
}

// Two rows of the edit-distance table, reused (they only grow): no allocation per comparison.
let rowA = new Int32Array(64);
let rowB = new Int32Array(64);

/** Levenshtein distance, giving up (returning max+1) once it exceeds `max`. */
export function editDistance(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  if (rowA.length <= b.length) [rowA, rowB] = [new Int32Array(b.length * 2 + 2), new Int32Array(b.length * 2 + 2)];
  let prev = rowA,
    cur = rowB;
  for (let j = 0; j <= b.length; j++) prev[j] = j;
  for (let i = 1; i <= a.length; i++) {
    cur[0] = i;
    let rowMin = i;
    const ca = a.charCodeAt(i - 1);
    for (let j = 1; j <= b.length; j++) {
      const sub = prev[j - 1]! + (ca === b.charCodeAt(j - 1) ? 0 : 1);
      const del = prev[j]! + 1,
        ins = cur[j - 1]! + 1;
      const v = sub < del ? (sub < ins ? sub : ins) : del < ins ? del : ins;
      cur[j] = v;
      if (v < rowMin) rowMin = v;
    }
    if (rowMin > max) return max + 1;
    const t = prev;
    prev = cur;
    cur = t;
  }
  return prev[b.length]!;
}

// Misspellings tolerated for a key of this length.
function tolerance(len: number): number {
  return len < 5 ? 0 : len < 9 ? 1 : len < 16 ? 2 : 3;
}

/** A comparison key with what similarity() derives from it, computed once. */
export interface Key {
  readonly text: string;
  /** The key without stop words. */
  readonly core: string;
  /** " key ", for whole-word containment. */
  readonly padded: string;
  /** Letter and digit counts: a lower bound of the edit distance between two keys, without computing it. */
  readonly bag: Uint8Array;
}

/** Prepares a key for many comparisons. */
export function toKey(text: string): Key {
  const bag = new Uint8Array(37);
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    const slot = c >= 97 && c <= 122 ? c - 97 : c >= 48 && c <= 57 ? c - 22 : 36;
    if (bag[slot]! < 255) bag[slot]!++;
  }
  return { text, core: core(text), padded: ` ${text} `, bag };
}

// Half the multiset difference of two keys' characters: no edit sequence shorter than this turns one into the other.
function bagDistance(a: Uint8Array, b: Uint8Array): number {
  let d = 0;
  for (let i = 0; i < 37; i++) d += Math.abs(a[i]! - b[i]!);
  return d >> 1;
}

/**
 * How well a heading key matches a template title or alias key, from 0 to 1:
 * 1 equal, 0.95 equal without stop words, ~0.9 a small misspelling, 0.8 starts with it, 0.72 contains it.
 */
export function similarity(a: string | Key, b: string | Key): number {
  const key = typeof a === 'string' ? toKey(a) : a;
  const alias = typeof b === 'string' ? toKey(b) : b;
  if (!key.text || !alias.text) return 0;
  if (key.text === alias.text) return 1;
  const ck = key.core,
    ca = alias.core;
  if (ck && ck === ca) return 0.95;
  const tol = tolerance(alias.text.length);
  if (tol > 0 && Math.abs(key.text.length - alias.text.length) <= tol && bagDistance(key.bag, alias.bag) <= tol) {
    const d = editDistance(key.text, alias.text, tol);
    if (d <= tol) return 0.9 - 0.02 * d;
  }
  if (tol > 0) {
    if (ck && ca && ca !== alias.text && Math.abs(ck.length - ca.length) <= tolerance(ca.length)) {
      const dc = editDistance(ck, ca, tolerance(ca.length));
      if (dc <= tolerance(ca.length)) return 0.88 - 0.02 * dc;
    }
  }
  if (key.text.startsWith(alias.text) && key.text.charCodeAt(alias.text.length) === 32) return 0.8;
  if (alias.text.length >= 6 && key.padded.includes(alias.padded)) return 0.72;
  return 0;
}

/** Best similarity of `key` to any of `keys`. */
export function bestSimilarity(key: string | Key, keys: ReadonlyArray<string | Key>): number {
  const k = typeof key === 'string' ? toKey(key) : key;
  let best = 0;
  for (const other of keys) if ((best = Math.max(best, similarity(k, other))) === 1) break;
  return best;
}

/** Lowest similarity that counts as a match. */
export const MATCH_THRESHOLD = 0.7;
