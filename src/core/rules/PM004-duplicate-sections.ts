// PM004: a template section appears once.
import { finding, lineRange, type Rule } from './rule';

/** Headings that repeat an already present template section under (nearly) the same title. */
export const duplicateSections: Rule = {
  id: 'PM004',
  name: 'duplicate-sections',
  description: 'A template section is written once, not repeated under the same title.',
  tags: ['sections', 'template'],
  severity: 'warning',
  check(doc, ctx) {
    return ctx.match.duplicates.map((d) => {
      const first = ctx.match.matches.find((m) => m.templateSection === d.templateSection)!;
      const s = doc.sections[d.section]!;
      return finding(this, `Section "${s.title}" appears more than once (first at line ${doc.sections[first.section]!.headingLine + 1})`, lineRange(doc, s.headingLine));
    });
  },
};
