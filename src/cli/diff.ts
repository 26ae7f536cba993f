// Line diffs: which lines two texts share (Myers), and the unified diff that --fix-dry-run prints.

/** Above this many differing lines the middle of a diff is one replaced block (keeps time and memory bounded). */
const MAX_EDIT_DISTANCE = 4000;

/** Pairs [i, j] of equal lines a[i] === b[j], increasing in both, covering a longest common subsequence. */
export function commonLines(a: readonly string[], b: readonly string[]): Array<[number, number]> {
  let head = 0;
  while (head < a.length && head < b.length && a[head] === b[head]) head++;
  let tail = 0;
  while (tail < a.length - head && tail < b.length - head && a[a.length - 1 - tail] === b[b.length - 1 - tail]) tail++;
  const pairs: Array<[number, number]> = [];
  for (let i = 0; i < head; i++) pairs.push([i, i]);
  const middle = myers(a.slice(head, a.length - tail), b.slice(head, b.length - tail)) ?? [];
  for (const [i, j] of middle) pairs.push([head + i, head + j]);
  for (let t = tail; t > 0; t--) pairs.push([a.length - t, b.length - t]);
  return pairs;
}

/** Myers' O((n+m)·d) diff; undefined when more than MAX_EDIT_DISTANCE lines differ. */
function myers(a: readonly string[], b: readonly string[]): Array<[number, number]> | undefined {
  const n = a.length,
    m = b.length,
    max = n + m;
  if (n === 0 || m === 0) return [];
  const off = max + 1;
  const v = new Int32Array(2 * max + 3);
  const trace: Int32Array[] = [];
  let found = -1;
  for (let d = 0; d <= Math.min(max, MAX_EDIT_DISTANCE) && found < 0; d++) {
    for (let k = -d; k <= d; k += 2) {
      let x = k === -d || (k !== d && v[off + k - 1]! < v[off + k + 1]!) ? v[off + k + 1]! : v[off + k - 1]! + 1;
      let y = x - k;
      while (x < n && y < m && a[x] === b[y]) {
        x++;
        y++;
      }
      v[off + k] = x;
      if (x >= n && y >= m) {
        found = d;
        break;
      }
    }
    trace.push(v.slice(off - d, off + d + 1)); // v at step d, for k in [-d, d]
  }
  if (found < 0) return undefined;
  const pairs: Array<[number, number]> = [];
  let x = n,
    y = m;
  for (let d = found; d > 0; d--) {
    const prev = trace[d - 1]!;
    const at = (k: number): number => prev[k + d - 1]!;
    const k = x - y;
    const pk = k === -d || (k !== d && at(k - 1) < at(k + 1)) ? k + 1 : k - 1;
    const px = at(pk),
      py = px - pk;
    while (x > px && y > py) pairs.push([--x, --y]);
    x = px;
    y = py;
  }
  while (x > 0 && y > 0) pairs.push([--x, --y]);
  return pairs.reverse();
}

type Op = { kind: ' ' | '-' | '+'; line: string; a: number; b: number };

/** A unified diff (3 lines of context) between two texts, `git diff` style; '' when they are equal. */
export function unifiedDiff(before: string, after: string, name: string): string {
  if (before === after) return '';
  const a = tokens(before),
    b = tokens(after);
  const ops: Op[] = [];
  let i = 0,
    j = 0;
  for (const [pi, pj] of [...commonLines(a, b), [a.length, b.length] as [number, number]]) {
    while (i < pi) ops.push({ kind: '-', line: a[i]!, a: i++, b: j });
    while (j < pj) ops.push({ kind: '+', line: b[j]!, a: i, b: j++ });
    if (i < a.length && j < b.length) ops.push({ kind: ' ', line: a[i]!, a: i++, b: j++ });
  }
  const out = [`--- a/${name}`, `+++ b/${name}`];
  const CONTEXT = 3;
  for (let s = 0; s < ops.length;) {
    while (s < ops.length && ops[s]!.kind === ' ') s++;
    if (s >= ops.length) break;
    const start = Math.max(0, s - CONTEXT);
    let end = s;
    // Extend the hunk while the next change is within 2·CONTEXT unchanged lines.
    for (let gap = 0; end < ops.length && gap <= 2 * CONTEXT; end++) gap = ops[end]!.kind === ' ' ? gap + 1 : 0;
    while (end > s && ops[end - 1]!.kind === ' ') end--;
    end = Math.min(ops.length, end + CONTEXT);
    const hunk = ops.slice(start, end);
    const aLen = hunk.filter((o) => o.kind !== '+').length,
      bLen = hunk.filter((o) => o.kind !== '-').length;
    out.push(`@@ -${span(hunk[0]!.a, aLen)} +${span(hunk[0]!.b, bLen)} @@`);
    for (const o of hunk) {
      out.push(o.kind + o.line.replace(/\n$/, ''));
      if (!o.line.endsWith('\n')) out.push('\\ No newline at end of file');
    }
    s = end;
  }
  return `${out.join('\n')}\n`;
}

/** Lines with their '\n' (the last may lack it), so that a change of the final newline shows. */
function tokens(text: string): string[] {
  const lines = text.split('\n');
  const last = lines.pop()!;
  const out = lines.map((l) => `${l}\n`);
  if (last !== '') out.push(last);
  return out;
}

/** A hunk range: 1-based start and length (a 0-length range names the line before it). */
function span(start: number, length: number): string {
  if (length === 0) return `${start},0`;
  return length === 1 ? `${start + 1}` : `${start + 1},${length}`;
}
