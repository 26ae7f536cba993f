// PM002: sections follow the template's order.
import { finding, lineRange, type Rule } from './rule';

/** Matched sections out of template order (those outside the longest in-order run are reported). */
export const sectionOrder: Rule = {
  id: 'PM002',
  name: 'section-order',
  description: 'Sections appear in the order the template gives them.',
  tags: ['sections', 'template'],
  severity: 'warning',
  check(doc, ctx) {
    const ms = ctx.match.matches;
    const idx = ms.map((m) => m.templateSection);
    const keep = longestIncreasing(idx);
    const out = [];
    for (let i = 0; i < ms.length; i++) {
      if (keep.has(i)) continue;
      const t = idx[i]!;
      const ts = ctx.template.sections;
      let prev: number | undefined, next: number | undefined;
      for (const k of keep) {
        const v = idx[k]!;
        if (v < t && (prev === undefined || v > prev)) prev = v;
        if (v > t && (next === undefined || v < next)) next = v;
      }
      const where = prev !== undefined ? `after "${ts[prev]!.title}"` : `before "${ts[next!]!.title}"`;
      out.push(finding(this, `Section "${ts[t]!.title}" is out of order: the ${ctx.template.title} template puts it ${where}`, lineRange(doc, doc.sections[ms[i]!.section]!.headingLine)));
    }
    return out;
  },
};

/** Indexes (into `xs`) of one longest strictly increasing subsequence. */
export function longestIncreasing(xs: readonly number[]): Set<number> {
  const tails: number[] = [], prevOf: number[] = new Array<number>(xs.length).fill(-1);
  for (let i = 0; i < xs.length; i++) {
    let lo = 0, hi = tails.length;
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
