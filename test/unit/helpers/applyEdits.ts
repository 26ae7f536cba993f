// Applies non-overlapping text edits to a string (test helper; 0-based lines and columns).
import type { TextEdit } from '../../../src/core/types';

/** Applies edits from last to first so earlier offsets stay valid. */
export function applyEdits(text: string, edits: readonly TextEdit[]): string {
  const starts = [0];
  for (let i = 0; i < text.length; i++) if (text[i] === '\n') starts.push(i + 1);
  const offset = (line: number, col: number): number => (starts[line] ?? text.length) + col;
  const sorted = [...edits].sort(
    (a, b) => offset(b.range.startLine, b.range.startColumn) - offset(a.range.startLine, a.range.startColumn),
  );
  let out = text;
  for (const e of sorted)
    out =
      out.slice(0, offset(e.range.startLine, e.range.startColumn)) +
      e.newText +
      out.slice(offset(e.range.endLine, e.range.endColumn));
  return out;
}
