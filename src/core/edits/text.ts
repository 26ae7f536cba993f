// Small pure helpers for core TextEdits: insert whole lines, apply edits to text, diff two texts into one edit.
import { splitLines } from '../parse/source';
import type { Range, TextEdit } from '../types';

export { splitLines };

/**
 * Inserts `block` as whole lines before line `at` (or at the end when `at` is past the last line),
 * adding blank lines around it when asked and the neighbours are not blank already.
 */
export function insertLinesEdit(
  lines: string[],
  at: number,
  block: string[],
  opts: { blankBefore?: boolean; blankAfter?: boolean } = {},
): { edit: TextEdit; firstLine: number } {
  const last = lines.length - 1;
  if (at > last && lines[last] === '') at = last;
  if (at > last) {
    // After a last line with no newline: start a new line first.
    const lastText = lines[last] ?? '';
    const before = opts.blankBefore && lastText.trim() !== '' ? '\n\n' : '\n';
    return { edit: insertion(last, lastText.length, before + block.join('\n')), firstLine: last + before.length };
  }
  const blankBefore = opts.blankBefore && at > 0 && lines[at - 1]!.trim() !== '' ? '\n' : '';
  const blankAfter = opts.blankAfter && lines[at]!.trim() !== '' ? '\n' : '';
  return {
    edit: insertion(at, 0, blankBefore + block.join('\n') + '\n' + blankAfter),
    firstLine: at + (blankBefore ? 1 : 0),
  };
}

function insertion(line: number, column: number, newText: string): TextEdit {
  return { range: { startLine: line, startColumn: column, endLine: line, endColumn: column }, newText };
}

/** Offset of a (line, column) position in text (a column past the line's end stops at its end). */
function offsetOf(text: string, lineStarts: number[], line: number, column: number): number {
  if (line >= lineStarts.length) return text.length;
  const start = lineStarts[line]!;
  let end = line + 1 < lineStarts.length ? lineStarts[line + 1]! : text.length;
  if (end > start && text.charCodeAt(end - 1) === 10) end--;
  if (end > start && text.charCodeAt(end - 1) === 13) end--;
  return Math.min(start + column, end);
}

// Offsets where each line starts: after CR LF, CR or LF (the same breaks splitLines uses).
function lineStartsOf(text: string): number[] {
  const starts = [0];
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 13) {
      if (text.charCodeAt(i + 1) === 10) i++;
      starts.push(i + 1);
    } else if (c === 10) starts.push(i + 1);
  }
  return starts;
}

/** True when two ranges overlap (touching insertions at the same point count as overlapping). */
export function rangesOverlap(a: Range, b: Range): boolean {
  const before = (l1: number, c1: number, l2: number, c2: number): boolean => l1 < l2 || (l1 === l2 && c1 < c2);
  const aEndsBeforeB = before(a.endLine, a.endColumn, b.startLine, b.startColumn);
  const bEndsBeforeA = before(b.endLine, b.endColumn, a.startLine, a.startColumn);
  return !aEndsBeforeB && !bEndsBeforeA;
}

/** Applies non-overlapping edits to text (positions refer to the original text). */
export function applyEdits(text: string, edits: TextEdit[]): string {
  const starts = lineStartsOf(text);
  const spans = edits
    .map((e) => ({
      from: offsetOf(text, starts, e.range.startLine, e.range.startColumn),
      to: offsetOf(text, starts, e.range.endLine, e.range.endColumn),
      text: e.newText,
    }))
    .sort((a, b) => b.from - a.from || b.to - a.to);
  let out = text;
  for (const s of spans) out = out.slice(0, s.from) + s.text + out.slice(s.to);
  return out;
}

/** One edit turning `before` into `after`, covering only the lines that differ. */
export function diffEdit(before: string, after: string): TextEdit | undefined {
  if (before === after) return undefined;
  const a = splitLines(before);
  const b = splitLines(after);
  let head = 0;
  while (head < a.length - 1 && head < b.length - 1 && a[head] === b[head]) head++;
  let tail = 0;
  while (tail < a.length - head - 1 && tail < b.length - head - 1 && a[a.length - 1 - tail] === b[b.length - 1 - tail])
    tail++;
  const endLine = a.length - 1 - tail;
  const newLines = b.slice(head, b.length - tail);
  return {
    range: { startLine: head, startColumn: 0, endLine, endColumn: a[endLine]!.length },
    newText: newLines.join('\n'),
  };
}
