// Normalises heading text and compares it with template titles and aliases, tolerating small misspellings.

const STOP_WORDS = new Set(['the', 'of', 'a', 'an', 'our', 'and', 'for', 'to', 'in', 'on', 'my', 'this', 'incident', 'outage']);

/** Heading text for display: markup, emoji and trailing punctuation removed. */
export function cleanTitle(raw: string): string {
  // One scan decides which of the replacements can apply (most titles need none of the costly ones).
  let tag = false, link = false, mark = false, wide = false, hash = false, space = false;
  for (let i = 0; i < raw.length; i++) {
    const c = raw.charCodeAt(i);
    if (c >= 128) wide = true;
    else if (c === 60) tag = true;
    else if (c === 91) link = true;
    else if (c === 42 || c === 95 || c === 96 || c === 126) mark = true;
    else if (c === 35) hash = true;
    else if (c <= 32 && (c !== 32 || raw.charCodeAt(i + 1) === 32)) space = true;
  }
  let t = raw;
  if (tag) t = t.replace(TAG, '');
  if (link) t = t.replace(LINK, '$1');
  if (mark) t = t.replace(MARKS, '');
  if (wide) t = t.replace(EMOJI, '');
  if (hash) t = t.replace(CLOSING_HASHES, '');
  if (wide || space || tag || link || mark || hash) t = t.replace(SPACES, ' ');
  t = t.trim();
  const last = t.charCodeAt(t.length - 1);
  return last >= 128 || last <= 32 || last === 58 || last === 46 || last === 45 || last === 44 || last === 59 || last === 33
    ? t.replace(TRAILING_PUNCTUATION, '').trim()
    : t;
}

const TAG = /<[^>]*>/g;
const LINK = /!?\[([^\]]*)\]\([^)]*\)/g;
const MARKS = /[*_`~]+/g;
const EMOJI = /[\p{Extended_Pictographic}\u{1F1E6}-\u{1F1FF}\u{FE0F}\u{200D}\u{20E3}]/gu;
const CLOSING_HASHES = /\s+#+\s*$/;
const SPACES = /\s+/g;
const TRAILING_PUNCTUATION = /[\s:.\-–—,;!]+$/u;

const keyCache = new Map<string, string>();

/** Comparison key: lower case, no parenthetical, no leading numbering, letters and digits only (memoised). */
export function headingKey(text: string): string {
  let k = keyCache.get(text);
  if (k === undefined) {
    k = computeKey(text);
    if (keyCache.size > 10000) keyCache.clear();
    keyCache.set(text, k);
  }
  return k;
}

// Computes a heading key.
function computeKey(text: string): string {
  return text
    .toLowerCase()
    .replace(/\([^)]*\)?/g, ' ')
    .replace(/&/g, ' and ')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim()
    .replace(/^(?:\d+|[ivx]+(?= ))\s+/, '')
    .replace(/^(?:part|step|section) \d+\s*/, '');
}

const coreCache = new Map<string, string>();

// Drops stop words for a looser comparison (memoised: keys repeat across templates and keystrokes).
function core(key: string): string {
  let c = coreCache.get(key);
  if (c === undefined) {
    c = key.split(' ').filter((w) => !STOP_WORDS.has(w)).join(' ');
    if (coreCache.size > 10000) coreCache.clear();
    coreCache.set(key, c);
  }
  return c;
}

/** Levenshtein distance, giving up (returning max+1) once it exceeds `max`. */
export function editDistance(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  let prev = new Array<number>(b.length + 1);
  let cur = new Array<number>(b.length + 1);
  for (let j = 0; j <= b.length; j++) prev[j] = j;
  for (let i = 1; i <= a.length; i++) {
    cur[0] = i;
    let rowMin = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a.charCodeAt(i - 1) === b.charCodeAt(j - 1) ? 0 : 1;
      cur[j] = Math.min(prev[j]! + 1, cur[j - 1]! + 1, prev[j - 1]! + cost);
      if (cur[j]! < rowMin) rowMin = cur[j]!;
    }
    if (rowMin > max) return max + 1;
    [prev, cur] = [cur, prev];
  }
  return prev[b.length]!;
}

// Misspellings tolerated for a key of this length.
function tolerance(len: number): number {
  return len < 5 ? 0 : len < 9 ? 1 : len < 16 ? 2 : 3;
}

/**
 * How well a heading key matches a template title or alias key, from 0 to 1:
 * 1 equal, 0.95 equal without stop words, ~0.9 a small misspelling, 0.8 starts with it, 0.72 contains it.
 */
export function similarity(key: string, alias: string): number {
  if (!key || !alias) return 0;
  if (key === alias) return 1;
  const ck = core(key), ca = core(alias);
  if (ck && ck === ca) return 0.95;
  const tol = tolerance(alias.length);
  if (tol > 0) {
    const d = editDistance(key, alias, tol);
    if (d <= tol) return 0.9 - 0.02 * d;
    if (ck && ca && ca !== alias) {
      const dc = editDistance(ck, ca, tolerance(ca.length));
      if (dc <= tolerance(ca.length)) return 0.88 - 0.02 * dc;
    }
  }
  if (key.startsWith(alias + ' ')) return 0.8;
  if (alias.length >= 6 && (` ${key} `).includes(` ${alias} `)) return 0.72;
  return 0;
}

const bestCache = new WeakMap<readonly string[], Map<string, number>>();

/** Best similarity of `key` to any of `keys` (memoised per keys array: headings repeat on every keystroke). */
export function bestSimilarity(key: string, keys: readonly string[]): number {
  let m = bestCache.get(keys);
  if (!m) bestCache.set(keys, (m = new Map()));
  let best = m.get(key);
  if (best === undefined) {
    best = 0;
    for (const k of keys) if ((best = Math.max(best, similarity(key, k))) === 1) break;
    if (m.size > 5000) m.clear();
    m.set(key, best);
  }
  return best;
}

/** Lowest similarity that counts as a match. */
export const MATCH_THRESHOLD = 0.7;
