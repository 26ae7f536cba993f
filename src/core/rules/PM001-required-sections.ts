// PM001: every required section of the template is present (by its title, or found by what it says).
import { sectionInsertEdit } from '../edits/sections';
import { documentRange, finding, type Rule } from './rule';

/** Missing required sections; the fix inserts the section skeleton at its place in template order. */
export const requiredSections: Rule = {
  id: 'PM001',
  name: 'required-sections',
  description:
    'Every section the template requires is present (matched by title or alias, misspellings tolerated, or by what it says).',
  tags: ['sections', 'template'],
  severity: 'error',
  fixAll: true,
  check(m) {
    const present = new Set(m.regions.map((r) => r.templateIndex));
    return m.template.sections.flatMap((ts, i) => {
      if (!ts.required || present.has(i)) return [];
      const edit = sectionInsertEdit(m, m.template, ts.id);
      const fix = edit ? { title: `Insert section "${ts.title}"`, edits: [edit] } : undefined;
      return [finding(this, `Missing required section "${ts.title}" (${m.template.title})`, documentRange(m), fix)];
    });
  },
};
