// PM023: a required section that is present but holds no text.
import type { Finding } from '../types';
import { finding, lineRange, regionWords, type Rule } from './rule';

/** Required sections whose heading is there with nothing under it. */
export const emptySection: Rule = {
  id: 'PM023',
  name: 'empty-section',
  description: 'A required section is not just a heading: it has text under it.',
  tags: ['sections', 'content'],
  severity: 'warning',
  check(m) {
    const out: Finding[] = [];
    for (const r of m.regions) {
      const ts = m.template.sections[r.templateIndex]!;
      if (!ts.required || r.by !== 'title' || regionWords(m, r, 1) > 0) continue;
      const hasCode = m.mermaid.some((b) => b.startLine >= r.startLine && b.startLine < r.endLine);
      if (hasCode) continue;
      out.push(
        finding(
          this,
          `Section "${m.sections[r.section!]!.title}" is empty: write its ${ts.title.toLowerCase()} under the heading`,
          lineRange(m, r.anchorLine),
        ),
      );
    }
    return out;
  },
};
