// PM004: a template section appears once.
import { finding, lineRange, type Rule } from './rule';

/** Headings that repeat an already present template section under (nearly) the same title. */
export const duplicateSections: Rule = {
  id: 'PM004',
  name: 'duplicate-sections',
  description: 'A template section is written once, not repeated under the same title.',
  tags: ['sections', 'template'],
  severity: 'warning',
  check(m) {
    return m.duplicates.map((d) => {
      const first = m.regions.find((r) => r.templateIndex === d.templateIndex);
      const s = m.sections[d.section]!;
      return finding(
        this,
        `Section "${s.title}" appears more than once${first ? ` (first at line ${first.anchorLine + 1})` : ''}`,
        lineRange(m, s.headingLine),
      );
    });
  },
};
