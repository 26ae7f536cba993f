// Finds the lines a reader takes for headings, in every style people write them: ATX and setext, HTML (<h3>),
// whole-line emphasis (**Title**, *Title:*, broken ***), emphasis with a subtitle, emoji-decorated and plain lines
// naming a known section, and `Label: text` lines. Reads source lines, not only tokens: CommonMark glues plain
// lines into the paragraph (or list item) above them.
import { LineKind, type ParsedText } from '../parse/index';
import type { Template } from '../types';
import { allTemplates } from '../templates/index';
import { findDates, mayHaveTime } from '../time/parse';
import { MATCH_THRESHOLD, cleanTitle, headingKey, isDecoration, similarity, toKey, type Key } from './normalize';

/** How a heading was written. */
export type HeadingStyle = 'atx' | 'setext' | 'html' | 'emphasis' | 'plain' | 'label';

/** A line a reader may take for a heading. */
export interface Candidate {
  line: number;
  style: HeadingStyle;
  /** Rank for ATX, setext and HTML headings (1-6); undefined for the others. */
  rank?: number;
  rawTitle: string;
  title: string;
  key: string;
  /** Text after the title on the same line (a label's content or a subtitle). */
  rest?: string;
  /** `key` prepared for comparisons. */
  k: Key;
  /** The alias keys it resembles: [index into the alias index, similarity]. */
  hits: ReadonlyArray<readonly [number, number]>;
  /** Column where the section's text starts on the heading line (labels); undefined when it starts below. */
  bodyColumn?: number;
}

/** Title and alias keys of every known template section, for recognising pseudo-headings by name. */
export interface AliasIndex {
  readonly exact: ReadonlySet<string>;
  readonly keys: readonly Key[];
  /** For each of `keys`, the template sections it names: (template, section index, whether it is the title). */
  readonly refs: ReadonlyArray<ReadonlyArray<{ template: Template; section: number; title: boolean }>>;
  /**
   * Heading keys already compared with every alias. The editor relints on each keystroke and a document's
   * headings rarely change between two, so this halves outline time on a relint (see `npm run bench`); it lives
   * with the index it derives from and holds at most KNOWN_MAX keys.
   */
  readonly known: Map<string, Comparison>;
}

/** A heading key compared with every alias key. */
export interface Comparison {
  readonly k: Key;
  /** The alias keys it resembles: [index into the alias index, similarity]. */
  readonly hits: ReadonlyArray<readonly [number, number]>;
  /** The best of those similarities (0 when none). */
  readonly best: number;
}
const KNOWN_MAX = 4096;

/** Builds the alias index of the built-in and custom templates (once per custom-template list: it is immutable data). */
const indexMemo = new WeakMap<readonly Template[], AliasIndex>();
const NO_CUSTOM: readonly Template[] = [];
export function aliasIndex(custom: readonly Template[] = NO_CUSTOM): AliasIndex {
  let idx = indexMemo.get(custom);
  if (!idx) indexMemo.set(custom, (idx = buildIndex(custom)));
  return idx;
}

function buildIndex(custom: readonly Template[]): AliasIndex {
  const refs = new Map<string, Array<{ template: Template; section: number; title: boolean }>>();
  const templates = [...allTemplates(custom)];
  // A template forced by id is always among these (custom ids override built-ins).
  for (const t of templates) {
    t.sections.forEach((s, si) => {
      [s.title, ...s.aliases].forEach((a, ai) => {
        const k = headingKey(a);
        if (!k) return;
        let list = refs.get(k);
        if (!list) refs.set(k, (list = []));
        if (!list.some((r) => r.template === t && r.section === si && (r.title || ai > 0)))
          list.push({ template: t, section: si, title: ai === 0 });
      });
    });
  }
  const texts = [...refs.keys()];
  return { exact: new Set(texts), keys: texts.map(toKey), refs: texts.map((k) => refs.get(k)!), known: new Map() };
}

/** A heading key (from headingKey) compared with every alias key of the index. */
export function compareKey(key: string, index: AliasIndex): Comparison {
  let known = index.known.get(key);
  if (known) return known;
  const k = toKey(key);
  const hits: Array<[number, number]> = [];
  let best = 0;
  if (k.text) {
    for (let i = 0; i < index.keys.length; i++) {
      const s = similarity(k, index.keys[i]!);
      if (s > 0) {
        hits.push([i, s]);
        if (s > best) best = s;
      }
    }
  }
  if (index.known.size >= KNOWN_MAX) index.known.clear();
  index.known.set(key, (known = Object.freeze({ k, hits, best })));
  return known;
}

const MAX_TITLE_WORDS = 10;

/** Heading candidates of a parsed text, in line order. */
export function findCandidates(p: ParsedText, index: AliasIndex): Candidate[] {
  const out: Candidate[] = [];
  // Every candidate has the same shape (absent fields undefined): one hidden class, no object spread.
  const keyed = (line: number, c: Omit<Candidate, 'line' | 'key' | 'k' | 'hits'>): Candidate => {
    let key = headingKey(c.title);
    let known = compareKey(key, index);
    // "the damage (aka Issue Summary)": a joke title whose aside names the section.
    const aside = known.best < 0.9 ? asideKey(c.title) : '';
    if (aside) {
      const byAside = compareKey(aside, index);
      if (byAside.best >= 0.9 && byAside.best > known.best) [key, known] = [aside, byAside];
    }
    return {
      line,
      style: c.style,
      rank: c.rank,
      rawTitle: c.rawTitle,
      title: c.title,
      key,
      rest: c.rest,
      k: known.k,
      hits: known.hits,
      bodyColumn: c.bodyColumn,
    };
  };
  const itemStarts = new Set<number>();
  const itemEnds = new Map<number, number>();
  const headingAt = new Map<number, { rank: number; style: 'atx' | 'setext'; content: string; depth: number }>();
  for (const b of p.blocks) {
    if (b.kind === 'item') {
      itemStarts.add(b.startLine);
      if (b.depth <= 1) itemEnds.set(b.startLine, b.endLine);
    } else if (b.kind === 'heading')
      headingAt.set(b.startLine, {
        rank: b.level!,
        style: b.style as 'atx' | 'setext',
        content: b.content ?? '',
        depth: b.depth,
      });
  }
  let lastRank: number | undefined;
  for (let n = 0; n < p.lineCount; n++) {
    const h = headingAt.get(n);
    if (h) {
      if (h.depth > 0) continue;
      const title = cleanTitle(h.content);
      const field = fieldHeading(h.content, h.rank, lastRank);
      if (field === 'field') continue;
      // "# Task List:" under "## Corrective measures": a label of the section, not a section of higher rank.
      if (field === 'label') out.push(keyed(n, { style: 'emphasis', rawTitle: h.content, title }));
      else {
        out.push(keyed(n, { style: h.style, rank: h.rank, rawTitle: h.content, title }));
        lastRank = h.rank;
      }
      if (h.style === 'setext') n++;
      continue;
    }
    if (itemStarts.has(n)) {
      // "1. Issue Summary", "2. Timeline": numbered lines that are each a list of one item and name a section exactly.
      const c = numberedHeading(p, n, itemStarts, itemEnds.get(n), index);
      if (c) out.push(keyed(n, c));
      continue;
    }
    if (p.kinds[n] !== LineKind.Text) continue;
    const raw = p.lines[n]!;
    const line = p.quote[n] ? raw.replace(/^(?:\s{0,3}>)+/, '') : raw;
    // A line inside a list item is its text unless it is a lazy continuation at the left margin.
    if (p.depth[n]! > 0 && /^\s/.test(line)) continue;
    const html = htmlHeading(line);
    if (html) {
      out.push(keyed(n, html));
      if (html.rank) lastRank = html.rank;
      continue;
    }
    const c = pseudoHeading(line, index, p.depth[n]! > 0);
    if (c) out.push(keyed(n, c));
  }
  return dropFields(p, out);
}

const NUMBERED = /^\s{0,3}\d{1,2}[.)]\s+/;

/**
 * A numbered line that is a list of its own (no numbered item right before or after it), holds one line, and names a section
 * exactly once its number is gone: a heading written as "1. Issue Summary".
 */
function numberedHeading(
  p: ParsedText,
  n: number,
  itemStarts: ReadonlySet<number>,
  end: number | undefined,
  index: AliasIndex,
): Omit<Candidate, 'line' | 'key' | 'k' | 'hits'> | undefined {
  const line = p.lines[n]!;
  const m = NUMBERED.exec(line);
  if (!m || end === undefined || line.length > 80) return undefined;
  for (let k = n + 1; k < end; k++) if (p.lines[k]!.trim() !== '') return undefined;
  const neighbour = (from: number, step: number): boolean => {
    for (let k = from; k >= 0 && k < p.lineCount; k += step)
      if (p.lines[k]!.trim() !== '') return itemStarts.has(k) && NUMBERED.test(p.lines[k]!);
    return false;
  };
  if (neighbour(n - 1, -1) || neighbour(n + 1, 1)) return undefined;
  const t = line.slice(m[0].length).trim();
  // "1. Root cause: …" is a field with its value, not a heading.
  if (/:\s*\S/.test(t)) return undefined;
  const title = cleanTitle(t);
  const key = headingKey(title);
  if (!key || !index.exact.has(key)) return undefined;
  return { style: 'plain', rawTitle: line.trim(), title };
}

/** `Word: text` at the start of a line (after quote, list and emphasis marks): a field of a field list, or a label. */
const FIELD_LINE = /^[\s>*_+-]{0,8}[A-Za-z][A-Za-z /&'’()-]{0,40}?[*_]{0,3}:[*_]{0,3}[ \t]+\S/;

/**
 * Drops `Label: text` candidates that are fields of a list of fields ("Duration: … / Impact: … / Cause: …" under a
 * summary): a run of adjacent `Word: text` lines in which some line names no section. When every line of the run
 * names a section, the labels are the document's sections and stay.
 */
function dropFields(p: ParsedText, found: Candidate[]): Candidate[] {
  if (!found.some((c) => c.style === 'label')) return found;
  const at = new Set(found.map((c) => c.line));
  const fieldLike = (n: number): boolean =>
    n >= 0 && n < p.lineCount && p.kinds[n] === LineKind.Text && FIELD_LINE.test(p.lines[n]!.slice(0, 200));
  const fields = new Set<number>();
  // Candidates come in line order: each run of fields is read once (the next label past its end starts a new one).
  let runEnd = -1;
  for (const c of found) {
    if (c.style !== 'label' || c.line <= runEnd) continue;
    let from = c.line,
      to = c.line;
    while (fieldLike(from - 1)) from--;
    while (fieldLike(to + 1)) to++;
    let plain = false;
    runEnd = to;
    for (let n = from; n <= to && !plain; n++) plain = !at.has(n);
    if (plain) for (let n = from; n <= to; n++) fields.add(n);
  }
  return fields.size ? found.filter((c) => c.style !== 'label' || !fields.has(c.line)) : found;
}

/**
 * An ATX heading of a higher rank than the one before it, used inside a section: a field line ("# Root Cause:
 * The issue stemmed from …") or a label ("# Task List:").
 */
function fieldHeading(content: string, rank: number, previousRank: number | undefined): 'field' | 'label' | undefined {
  if (previousRank === undefined || rank >= previousRank) return undefined;
  const text = content.trim();
  const colon = text.indexOf(':');
  if (
    colon > 0 &&
    text
      .slice(colon + 1)
      .trim()
      .split(/\s+/).length >= 3
  )
    return 'field';
  return /:[\s*_]*$/.test(text) ? 'label' : undefined;
}

const HTML_HEADING = /^\s*<h([1-6])\b[^>]*>(.*?)<\/h\1\s*>\s*$/i;
const HTML_EMPHASIS = /^\s*(?:<p\b[^>]*>\s*)?<(strong|b|em|i)\b[^>]*>(.*?)<\/\1\s*>\s*(?::\s*)?(?:<\/p\s*>\s*)?$/i;

/** `<h3>Timeline</h3>` (a real heading) or `<p><strong>Timeline</strong></p>` (emphasis) on a line of its own. */
function htmlHeading(line: string): Omit<Candidate, 'line' | 'key' | 'k' | 'hits'> | undefined {
  if (line.length > 300 || !line.includes('<')) return undefined;
  const h = HTML_HEADING.exec(line);
  if (h) {
    const title = cleanTitle(h[2]!);
    return title ? { style: 'html', rank: Number(h[1]), rawTitle: h[2]!, title } : undefined;
  }
  const e = HTML_EMPHASIS.exec(line);
  if (e) {
    const title = cleanTitle(e[2]!);
    return title && shortTitle(title) ? { style: 'emphasis', rawTitle: e[2]!, title } : undefined;
  }
  return undefined;
}

// A title short enough to be a heading, that is not a sentence, a date or a time.
/** A closing "(aside)" (and a colon after it) and the text before it, when the text has both. */
function closingAside(text: string): { before: string; inside: string } | undefined {
  const open = text.lastIndexOf('(');
  if (open <= 0 || !/^\([^()]*\)[ \t]*(?::[ \t]*)?$/.test(text.slice(open))) return undefined;
  const before = text.slice(0, open).trimEnd();
  return before === '' ? undefined : { before, inside: text.slice(open + 1, text.indexOf(')', open)) };
}

/** The key of a title's closing aside without "aka", "a.k.a.", "i.e.", "or" ("(aka Issue Summary)" → "issue summary"). */
function asideKey(title: string): string {
  const aside = closingAside(title);
  return aside ? headingKey(aside.inside).replace(/^(?:aka|a k a|also known as|i e|ie|or|formerly|a la)\s+/, '') : '';
}

/** The text without a closing "(aside)", unless the aside is all there is. */
function withoutAside(text: string): string {
  return closingAside(text)?.before ?? text;
}

function shortTitle(title: string): boolean {
  // A closing aside is a subtitle ("Timeline (Pacific time, because that is where the cluster lives)"): the title is
  // what comes before it.
  title = withoutAside(title);
  if (title.length > 80 || /[.!?]$/.test(title) || title.split(' ').length > MAX_TITLE_WORDS) return false;
  if (mayHaveTime(title)) return false;
  const d = findDates(title)[0];
  return !(d && title.length - (d.end - d.start) < 4);
}

/** Leading emoji, variation selectors, joiners and spaces: their length (decoration a writer gives headings). */
function decorationLength(line: string): number {
  let i = 0;
  while (i < line.length) {
    const c = line.charCodeAt(i);
    if (c === 32 || c === 9) {
      i++;
      continue;
    }
    const cp = line.codePointAt(i)!;
    if (cp < 0x2000 || !isDecoration(cp)) break;
    i += cp > 0xffff ? 2 : 1;
  }
  return i;
}

/**
 * A paragraph line that reads as a heading: whole-line emphasis, emphasis naming a section followed by a
 * subtitle, a `Label:` line naming a section, or a short plain line naming a section.
 */
function pseudoHeading(
  full: string,
  index: AliasIndex,
  lazy: boolean,
): Omit<Candidate, 'line' | 'key' | 'k' | 'hits'> | undefined {
  // A label opens a paragraph of any length; the rest of a heading-like line is short: 400 characters decide.
  const line = full.length > 400 ? full.slice(0, 400) : full;
  const lead = line.length - line.trimStart().length;
  const deco = lead + decorationLength(line.slice(lead));
  const c0 = line.charCodeAt(deco);
  const c = c0 === 42 || c0 === 95 ? emphasisHeading(line, deco, index, lazy) : plainHeading(line, deco, index, lazy);
  return c && (c.style === 'label' || full.length <= 400) ? c : undefined;
}

// Length of a run of `ch` starting at i.
function runLength(line: string, i: number, ch: number): number {
  let j = i;
  while (j < line.length && line.charCodeAt(j) === ch) j++;
  return j - i;
}

/** `**Title**`, `*Title:*`, `*Timeline:***`, `**Title** subtitle`, `**Label:** text`, `**Label**: text`. */
function emphasisHeading(
  line: string,
  at: number,
  index: AliasIndex,
  lazy: boolean,
): Omit<Candidate, 'line' | 'key' | 'k' | 'hits'> | undefined {
  const ch = line.charCodeAt(at);
  const open = runLength(line, at, ch);
  if (open > 3) return undefined;
  // The closing run: the first run of the same character after some content.
  let i = at + open;
  let close = -1;
  while (i < line.length) {
    const c = line.charCodeAt(i);
    if (c === ch && i > at + open && line.charCodeAt(i - 1) !== 32) {
      close = i;
      break;
    }
    i++;
  }
  if (close < 0) return undefined;
  const closeLen = runLength(line, close, ch);
  const inner = line.slice(at + open, close);
  let after = close + closeLen;
  // Decoration after the heading ("**Issue Summary** 📃") is not a subtitle.
  const rest = line.slice(after).replace(/[\p{Extended_Pictographic}\u{FE0F}\u{200D}]/gu, '');
  const restTrim = rest.replace(/^[\s*_]+/, '');
  const title = cleanTitle(inner);
  if (!title) return undefined;
  const innerColon = /:\s*$/.test(inner);
  if (/^[\s:;.,\-–—*_\\]*$/.test(rest)) {
    // Whole-line emphasis: a heading when it is short and not a sentence, a date or a time.
    if (!shortTitle(title)) return undefined;
    if (lazy && compareKey(headingKey(title), index).best < 0.9) return undefined;
    return { style: 'emphasis', rawTitle: line.slice(at, after).trim(), title };
  }
  const score = compareKey(headingKey(title), index).best;
  if (innerColon || /^[:\-–—]/.test(restTrim)) {
    // `**Label:** text`: a section when the label names one.
    if (score < 0.9 || title.split(' ').length > 6) return undefined;
    const sep = /^[\s*_]*[:\-–—]?[\s*_]*/.exec(rest)![0].length;
    after += sep;
    return { style: 'label', rawTitle: inner, title, rest: line.slice(after).trim(), bodyColumn: after };
  }
  // `**Issue Summary** the day the cart died`: a heading with a subtitle when the emphasis names a section.
  if (score < 0.9 || lazy) return undefined;
  return { style: 'emphasis', rawTitle: line.slice(at).trim(), title, rest: restTrim.trim() };
}

/** A short plain line naming a section ("Timeline", "Issue Sumary:", "🕒 Timeline (…)"), or `Label: text` naming one. */
function plainHeading(
  line: string,
  at: number,
  index: AliasIndex,
  lazy: boolean,
): Omit<Candidate, 'line' | 'key' | 'k' | 'hits'> | undefined {
  const t = line.slice(at).trim();
  if (t.length < 4 || /^[-+>|#\d<[!(]/.test(t)) return undefined;
  const decorated = at > line.length - line.trimStart().length;
  const colon = t.indexOf(':');
  if (colon > 0 && colon < 60 && t.slice(colon + 1).trim() !== '') {
    if (lazy) return undefined;
    const label = t.slice(0, colon);
    const title = cleanTitle(label);
    if (!title || title.split(' ').length > 6 || mayHaveTime(label)) return undefined;
    if (compareKey(headingKey(title), index).best < 0.9) return undefined;
    const bodyColumn = line.indexOf(':', at) + 1;
    return {
      style: 'label',
      rawTitle: label,
      title,
      rest: t.slice(colon + 1).trim(),
      bodyColumn: bodyColumn + (line.slice(bodyColumn).length - line.slice(bodyColumn).trimStart().length),
    };
  }
  const bare = withoutAside(t);
  if (bare.length > 70 || /[.?!,]$/.test(bare)) return undefined;
  const title = cleanTitle(t);
  const key = headingKey(title);
  if (!key || key.split(' ').length > 7) return undefined;
  if (index.exact.has(key)) return { style: 'plain', rawTitle: t, title };
  if (key.length < 6) return undefined;
  // A line opening with an emoji ("✅ Lessons & Action Items") is decoration a writer gives headings.
  const min = lazy ? 0.9 : decorated ? MATCH_THRESHOLD : 0.84;
  return compareKey(key, index).best >= min ? { style: 'plain', rawTitle: t, title } : undefined;
}
