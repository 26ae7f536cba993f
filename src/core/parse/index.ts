// Parse stage: source lines + markdown-it block tokens, walked once into blocks and per-line facts.
import type { MermaidBlock } from '../types';
import { readFrontMatter, type FrontMatter } from './frontMatter';
import { tokenizeBlocks } from './markdown';
import { sourceText, type SourceText } from './source';
import { countContentWords, countWords, htmlText } from './words';

/** What a line holds, as a reader sees it. */
export const enum LineKind {
  Blank = 0,
  /** Paragraph, heading, list-item or table text. */
  Text = 1,
  /** Fenced or indented code (not read as prose). */
  Code = 2,
  /** An HTML block line with no readable text (tags, comments, images). */
  Markup = 3,
  /** Front matter (the YAML between the opening `---` fences). */
  Front = 4,
}

/** A block of the Markdown, in document order. */
export interface Block {
  kind: 'heading' | 'paragraph' | 'item' | 'table' | 'code' | 'html' | 'hr';
  startLine: number;
  /** End-exclusive. */
  endLine: number;
  /** List nesting: 0 outside lists, 1 inside a top-level item. */
  depth: number;
  /** Blockquote nesting. */
  quote: number;
  /** Heading rank (1-6) for headings. */
  level?: number;
  /** 'atx' or 'setext' for headings; 'bullet' or 'ordered' for items; 'fence' or 'indented' for code. */
  style?: string;
  /** Inline text of a heading or paragraph (markdown-it's inline content). */
  content?: string;
}

/**
 * The parsed text: the only source of lines, blocks and per-line facts the later stages read. markdown-it's tokens are
 * not kept: everything read from them is in `blocks` and the per-line facts, and a model that holds them would keep
 * megabytes alive for each open document (and the garbage collector copying them on every lint).
 */
export interface ParsedText {
  readonly source: SourceText;
  readonly lines: readonly string[];
  readonly lineCount: number;
  /** The lines joined with LF (front matter included): what a scan over the whole text reads (see `linesMatching`). */
  readonly text: string;
  readonly blocks: readonly Block[];
  /** LineKind of every line. */
  readonly kinds: Uint8Array;
  /** List depth of every line (0 outside lists). */
  readonly depth: Uint8Array;
  /** Blockquote depth of every line. */
  readonly quote: Uint8Array;
  readonly frontMatter?: FrontMatter;
  /** Template id from front matter `template:` or `<!-- postmortem: id -->`. */
  readonly templateHint?: string;
  readonly mermaid: readonly MermaidBlock[];
  /** Words a reader reads (prose, headings, lists, tables, inline code, HTML text; not fenced code or URLs). */
  readonly words: number;
  /** markdown-it's environment (reference definitions), for inline parses of the same text. */
  readonly env: object;
}

/** `<!-- postmortem: id -->`: the one marker syntax (ids may hold letters, digits, `.`, `_` and `-`). */
export const MARKER = /<!--\s*postmortem\s*:\s*([A-Za-z0-9][\w.-]*)\s*-->/i;

/** True when a line is prose a reader reads (text, not code, markup, front matter or blank). */
export function isProse(p: ParsedText, n: number): boolean {
  return p.kinds[n] === LineKind.Text;
}

/** Parses Markdown once: lines, block tokens, blocks, per-line kinds, front matter, hint, Mermaid blocks, words. */
export function parseText(text: string): ParsedText {
  const source = sourceText(text);
  const lines = source.lines;
  const lineCount = lines.length;
  const fm = readFrontMatter(lines);
  const kinds = new Uint8Array(lineCount);
  const depthOf = new Uint8Array(lineCount);
  const quoteOf = new Uint8Array(lineCount);
  if (fm) kinds.fill(LineKind.Front, 0, fm.end);
  // With LF endings only, the text (without its BOM) is already the lines joined with LF.
  const noBom = source.bom ? text.slice(1) : text;
  const joined = noBom.includes('\r') ? lines.join('\n') : noBom;
  const body = fm ? lines.map((l, i) => (i < fm.end ? '' : l)).join('\n') : joined;
  const env = {};
  const tokens = tokenizeBlocks(body, env);
  const blocks: Block[] = [];
  const mermaid: MermaidBlock[] = [];
  let words = 0,
    depth = 0,
    quote = 0;
  let hint = fm?.data['template'];
  const mark = (map: [number, number], kind: LineKind): void => {
    for (let n = map[0]; n < map[1] && n < lineCount; n++) {
      if (kind === LineKind.Text && isBlankLine(lines[n]!)) continue;
      kinds[n] = kind;
      if (depth > depthOf[n]!) depthOf[n] = depth;
      if (quote > quoteOf[n]!) quoteOf[n] = quote;
    }
  };

  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    const map = t.map;
    switch (t.type) {
      case 'bullet_list_open':
      case 'ordered_list_open':
        depth++;
        break;
      case 'bullet_list_close':
      case 'ordered_list_close':
        depth--;
        break;
      case 'blockquote_open':
        quote++;
        break;
      case 'blockquote_close':
        quote--;
        break;
      case 'inline':
        words += countContentWords(t.content, env);
        break;
      case 'list_item_open':
        if (map)
          blocks.push({
            kind: 'item',
            startLine: map[0],
            endLine: map[1],
            depth,
            quote,
            style: t.markup === '.' || t.markup === ')' ? 'ordered' : 'bullet',
          });
        break;
      case 'table_open':
        if (map) {
          blocks.push({ kind: 'table', startLine: map[0], endLine: map[1], depth, quote });
          mark(map, LineKind.Text);
        }
        break;
      case 'hr':
        if (map) blocks.push({ kind: 'hr', startLine: map[0], endLine: map[1], depth, quote });
        break;
      case 'heading_open':
        if (map) {
          blocks.push({
            kind: 'heading',
            startLine: map[0],
            endLine: map[1],
            depth,
            quote,
            level: Number(t.tag.slice(1)),
            style: t.markup === '=' || t.markup === '-' ? 'setext' : 'atx',
            content: tokens[i + 1]?.content ?? '',
          });
          mark(map, LineKind.Text);
        }
        break;
      case 'paragraph_open':
        if (map) {
          blocks.push({
            kind: 'paragraph',
            startLine: map[0],
            endLine: map[1],
            depth,
            quote,
            content: tokens[i + 1]?.content ?? '',
          });
          mark(map, LineKind.Text);
        }
        break;
      case 'fence':
      case 'code_block':
        if (!map) break;
        if (t.type === 'code_block' && readsAsProse(t.content)) {
          // Students indent paragraphs by mistake: CommonMark makes them code, a reader reads them as text.
          words += countWords(t.content);
          blocks.push({
            kind: 'paragraph',
            startLine: map[0],
            endLine: map[1],
            depth,
            quote,
            style: 'indented',
            content: t.content,
          });
          mark(map, LineKind.Text);
          break;
        }
        blocks.push({
          kind: 'code',
          startLine: map[0],
          endLine: map[1],
          depth,
          quote,
          style: t.type === 'fence' ? 'fence' : 'indented',
        });
        mark(map, LineKind.Code);
        if (t.type === 'fence' && /^mermaid\b/i.test(t.info.trim()))
          mermaid.push({ startLine: map[0], endLine: map[1], source: t.content });
        break;
      case 'html_block': {
        if (!map) break;
        blocks.push({ kind: 'html', startLine: map[0], endLine: map[1], depth, quote });
        if (!hint) hint = MARKER.exec(t.content)?.[1];
        // HTML renders: its text is read (words, entries, tasks); comments, scripts and styles are not.
        const comment = /^\s*<!--/.test(t.content) && /-->\s*$/.test(t.content);
        for (let n = map[0]; n < map[1] && n < lineCount; n++) {
          const visible = comment ? '' : htmlText(lines[n]!);
          kinds[n] =
            visible.trim() === '' ? (isBlankLine(lines[n]!) ? LineKind.Blank : LineKind.Markup) : LineKind.Text;
          if (depth > depthOf[n]!) depthOf[n] = depth;
          if (quote > quoteOf[n]!) quoteOf[n] = quote;
          if (!comment) words += countWords(visible);
        }
        break;
      }
      default:
        break;
    }
  }
  const out: ParsedText = {
    source,
    lines,
    lineCount,
    text: joined,
    blocks,
    kinds,
    depth: depthOf,
    quote: quoteOf,
    mermaid,
    words,
    env,
    ...(fm ? { frontMatter: fm } : {}),
    ...(hint ? { templateHint: hint } : {}),
  };
  return out;
}

/** True for an empty or whitespace-only line. */
export function isBlankLine(line: string): boolean {
  for (let i = 0; i < line.length; i++) {
    const c = line.charCodeAt(i);
    if (c !== 32 && c !== 9 && c !== 0xa0 && c !== 0xfeff) return false;
  }
  return true;
}

const CODE_LINE =
  /[{};=<>$\\|]\s*$|^\s*(?:\$|#!|sudo\b|cd\b|ls\b|cat\b|curl\b|git\b|npm\b|apt(?:-get)?\b|docker\b|systemctl\b|service\b|echo\b|import\b|def\b|function\b|return\b|const\b|let\b|var\b|class\b|if\s*\(|for\s*\(|[/#]|\/\/)/;

/** True for an indented "code" block that is really prose: sentences of words, few code symbols. */
export function readsAsProse(content: string): boolean {
  const lines = content.split('\n').filter((l) => l.trim() !== '');
  if (!lines.length) return false;
  let wordsSeen = 0,
    letters = 0,
    symbols = 0,
    codeLines = 0;
  for (const l of lines) {
    if (CODE_LINE.test(l)) codeLines++;
    for (let i = 0; i < l.length; i++) {
      const c = l.charCodeAt(i);
      if ((c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c > 127) letters++;
      else if (
        c === 123 ||
        c === 125 ||
        c === 59 ||
        c === 61 ||
        c === 60 ||
        c === 62 ||
        c === 36 ||
        c === 92 ||
        c === 124
      )
        symbols++;
    }
    wordsSeen += countWords(l);
  }
  return (
    wordsSeen >= 5 && codeLines * 3 <= lines.length && symbols * 20 <= letters && /^\s*[\p{L}\d*(_"'“]/u.test(lines[0]!)
  );
}

/**
 * The lines on which `re` matches (a flag per line): one scan of the whole text, where a test per line would pay a
 * call for each of 27,000 lines of a 1 MB document. `re` must be global (`g`) and must not match a line break (its
 * matches stay on one line); `^` and `$` mean a line's start and end only with the `m` flag.
 */
export function linesMatching(p: Pick<ParsedText, 'text' | 'lines' | 'lineCount'>, re: RegExp): Uint8Array {
  const hit = new Uint8Array(p.lineCount);
  if (!re.global) throw new Error('linesMatching needs a global regex');
  const scan = re;
  scan.lastIndex = 0;
  let line = 0;
  let lineEnd = p.lines[0]?.length ?? 0; // the offset of the line's break
  for (let m = scan.exec(p.text); m; m = scan.exec(p.text)) {
    while (m.index > lineEnd && line + 1 < p.lineCount) {
      line++;
      lineEnd += 1 + p.lines[line]!.length;
    }
    hit[line] = 1;
    // The rest of this line cannot add anything; an empty match must not stall the scan.
    scan.lastIndex = Math.max(lineEnd + 1, m.index + 1);
  }
  return hit;
}
