// PM002: sections follow the template's order.
import { finding, lineRange, type Rule } from './rule';

/** Sections matched by title out of template order (those outside the longest in-order run are reported). */
export const sectionOrder: Rule = {
  id: 'PM002',
  name: 'section-order',
  description: 'Sections appear in the order the template gives them.',
  tags: ['sections', 'template'],
  severity: 'warning',
  check(m) {
    const ms = m.regions.filter((r) => r.by === 'title').sort((a, b) => a.anchorLine - b.anchorLine);
    const idx = ms.map((r) => r.templateIndex);
    const keep = longestIncreasing(idx);
    const ts = m.template.sections;
    const out = [];
    for (let i = 0; i < ms.length; i++) {
      if (keep.has(i)) continue;
      const t = idx[i]!;
      let prev: number | undefined, next: number | undefined;
      for (const k of keep) {
        const v = idx[k]!;
        if (v < t && (prev === undefined || v > prev)) prev = v;
        if (v > t && (next === undefined || v < next)) next = v;
      }
      const where = prev !== undefined ? `after "${ts[prev]!.title}"` : `before "${ts[next!]!.title}"`;
      out.push(
        finding(
          this,
          `Section "${ts[t]!.title}" is out of order: the ${m.template.title} template puts it ${where}`,
          lineRange(m, ms[i]!.anchorLine),
        ),
      );
    }
    return out;
  },
};

/** Indexes (into `xs`) of one longest strictly increasing subsequence. */
export function longestIncreasing(xs: readonly number[]): Set<number> {
  const tails: number[] = [],
    prevOf: number[] = new Array<number>(xs.length).fill(-1);
  for (let i = 0; i < xs.length; i++) {
    let lo = 0,
      hi = tails.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (xs[tails[mid]!]! < xs[i]!) lo = mid + 1;
      else hi = mid;
    }
    if (lo > 0) prevOf[i] = tails[lo - 1]!;
    tails[lo] = i;
  }
  const out = new Set<number>();
  for (let k = tails.length ? tails[tails.length - 1]! : -1; k >= 0; k = prevOf[k]!) out.add(k);
  return out;
}
