// PM020: no unresolved merge-conflict markers.
import type { Finding, Fix, PostmortemModel, TextEdit } from '../types';
import { finding, lineRange, type Rule } from './rule';

/** Exactly seven marker characters at line start, alone or followed by a space (a setext "=====…" underline is longer). */
const MARKER = /^(<{7}|\|{7}|={7}|>{7})(?=\s|$)/;

// Deletes whole lines [from, to] (inclusive).
function deleteLines(doc: PostmortemModel, from: number, to: number): TextEdit {
  if (to + 1 < doc.lineCount)
    return { range: { startLine: from, startColumn: 0, endLine: to + 1, endColumn: 0 }, newText: '' };
  const prev = Math.max(0, from - 1);
  const start = from > 0 ? { line: prev, col: doc.lines[prev]!.length } : { line: 0, col: 0 };
  return {
    range: { startLine: start.line, startColumn: start.col, endLine: to, endColumn: doc.lines[to]!.length },
    newText: '',
  };
}

/** Every marker line; on `<<<<<<<` the fixes keep the current side, the incoming side, or both. */
export const mergeConflict: Rule = {
  id: 'PM020',
  name: 'merge-conflict',
  description: 'No unresolved merge-conflict markers (<<<<<<<, =======, >>>>>>> at line start).',
  tags: ['content', 'git'],
  severity: 'error',
  always: true,
  check(doc) {
    const out: Finding[] = [];
    let open: { start: number; base?: number; mid?: number; f: Finding } | undefined;
    for (let n = 0; n < doc.lineCount; n++) {
      const line = doc.lines[n]!;
      const c = line.charCodeAt(0);
      if (c !== 60 && c !== 61 && c !== 62 && c !== 124) continue;
      const m = MARKER.exec(line);
      if (!m) continue;
      if (m[1] === '=======' && !open) continue;
      const f = finding(this, `Unresolved merge-conflict marker "${line.trim()}"`, lineRange(doc, n));
      out.push(f);
      if (m[1]![0] === '<') open = { start: n, f };
      else if (open && m[1]![0] === '|') open.base = n;
      else if (open && m[1]![0] === '=') open.mid = n;
      else if (open && m[1]![0] === '>' && open.mid !== undefined) {
        const { start, base, mid } = open;
        const keepCurrent: Fix = {
          title: 'Keep the current change',
          edits: [deleteLines(doc, start, start), deleteLines(doc, base ?? mid, n)],
        };
        const keepIncoming: Fix = {
          title: 'Keep the incoming change',
          edits: [deleteLines(doc, start, mid), deleteLines(doc, n, n)],
        };
        const keepBoth: Fix = {
          title: 'Keep both changes',
          edits: [deleteLines(doc, start, start), deleteLines(doc, base ?? mid, mid), deleteLines(doc, n, n)],
        };
        open.f.fix = keepCurrent;
        open.f.alternativeFixes = [keepIncoming, keepBoth];
        open = undefined;
      }
    }
    return out;
  },
};
