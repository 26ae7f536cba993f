// Normalises heading text and compares it with template titles and aliases, tolerating small misspellings.

const STOP_WORDS = new Set(['the', 'of', 'a', 'an', 'our', 'and', 'for', 'to', 'in', 'on', 'my', 'this', 'incident', 'outage']);

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
  let space = false;
  const len = raw.length;
  for (let i = 0; i < len; i++) {
    const c = raw.charCodeAt(i);
    if (c === 60) {
      // A tag: <...> with no < inside; else the < is text.
      let j = i + 1;
      while (j < len && raw.charCodeAt(j) !== 62 && raw.charCodeAt(j) !== 60) j++;
      if (j < len && raw.charCodeAt(j) === 62 && j > i + 1) {
        i = j;
        space = true;
        continue;
      }
    } else if (c === 93 && raw.charCodeAt(i + 1) === 40) {
      // "](url)": drop the target (the link text before it is kept).
      let j = i + 2;
      while (j < len && raw.charCodeAt(j) !== 41 && raw.charCodeAt(j) !== 40) j++;
      if (j < len && raw.charCodeAt(j) === 41) {
        i = j;
        continue;
      }
    }
    if (c === 42 || c === 95 || c === 96 || c === 126 || c === 91 || c === 93 || (c === 33 && raw.charCodeAt(i + 1) === 91)) continue;
    if (c <= 32 || c === 0xa0) {
      space = out.length > 0;
      continue;
    }
    if (c >= 0xd800 && c <= 0xdbff) {
      const cp = raw.codePointAt(i)!;
      i++;
      if (isDecoration(cp)) continue;
      if (space) out += ' ';
      space = false;
      out += String.fromCodePoint(cp);
      continue;
    }
    if (c >= 0x2000 && isDecoration(c)) continue;
    if (space) out += ' ';
    space = false;
    out += raw[i];
  }
  return out;
}

/** Emoji, pictographs, regional indicators, keycaps, variation selectors and joiners. */
export function isDecoration(cp: number): boolean {
  return cp === 0xfe0f || cp === 0x200d || cp === 0x20e3 || (cp >= 0x1f1e6 && cp <= 0x1f1ff) || PICTOGRAPHIC.test(String.fromCodePoint(cp));
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
  return key.split(' ').filter((w) => !STOP_WORDS.has(w)).join(' ');
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

/** Best similarity of `key` to any of `keys`. */
export function bestSimilarity(key: string, keys: readonly string[]): number {
  let best = 0;
  for (const k of keys) if ((best = Math.max(best, similarity(key, k))) === 1) break;
  return best;
}

/** Lowest similarity that counts as a match. */
export const MATCH_THRESHOLD = 0.7;
