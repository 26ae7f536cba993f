// The parsed document with the raw material rules share (hidden from JSON and postMessage).
import type MarkdownIt from 'markdown-it';
import { findTimestamps, mayHaveTime } from '../time/parse';
import type { PostmortemDocument, Timestamp } from '../types';

/** A block of the Markdown, in document order. */
export interface Block {
  kind: 'heading' | 'paragraph' | 'item' | 'table' | 'code' | 'html';
  startLine: number;
  /** End-exclusive. */
  endLine: number;
  /** List nesting: 0 outside lists, 1 for a top-level item. */
  depth: number;
  /** Index of the opening token in `tokens`. */
  token: number;
}

/** PostmortemDocument plus the source lines and markdown-it tokens (non-enumerable: not serialised). */
export interface ParsedDocument extends PostmortemDocument {
  readonly lines: string[];
  readonly tokens: MarkdownIt.Token[];
  readonly blocks: Block[];
  /** 1 for lines a reader reads (not code, front matter or HTML blocks). */
  readonly prose: Uint8Array;
  /** '\r\n' or '\n', as the text uses. */
  readonly eol: string;
  /** Memo of findTimestamps per line (see stampsAt). */
  readonly stampMemo: Array<Timestamp[] | undefined>;
}

/** The timestamps of line `n`, found once per document. */
export function stampsAt(doc: ParsedDocument, n: number): Timestamp[] {
  let s = doc.stampMemo[n];
  if (!s) {
    const line = doc.lines[n] ?? '';
    // Most lines hold no time: they share one frozen empty array instead of allocating their own.
    doc.stampMemo[n] = s = mayHaveTime(line) ? findTimestamps(line, n) : NO_STAMPS;
  }
  return s;
}

const NO_STAMPS: Timestamp[] = Object.freeze([]) as unknown as Timestamp[];

/** Attaches the hidden fields to a plain document. */
export function hide<T extends object>(target: T, fields: Record<string, unknown>): void {
  for (const [k, v] of Object.entries(fields)) Object.defineProperty(target, k, { value: v, enumerable: false, writable: true, configurable: true });
}

/** Index of the first block overlapping `line` onwards (a paragraph holding a pseudo-heading starts before it). */
export function firstBlockFrom(blocks: readonly Block[], line: number): number {
  let i = firstBlockAt(blocks, line);
  while (i > 0 && blocks[i - 1]!.depth === 0 && blocks[i - 1]!.endLine > line && (blocks[i - 1]!.kind === 'paragraph' || blocks[i - 1]!.kind === 'html')) i--;
  return i;
}

/** Index of the first block starting at or after `line` (blocks are sorted by start line). */
export function firstBlockAt(blocks: readonly Block[], line: number): number {
  let lo = 0, hi = blocks.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (blocks[mid]!.startLine < line) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
