// PM001: every required section of the template is present.
import { sectionInsertEdit } from '../sectionInsert';
import { documentRange, finding, type Rule } from './rule';

/** Missing required sections; the fix inserts the section skeleton at its place in template order. */
export const requiredSections: Rule = {
  id: 'PM001',
  name: 'required-sections',
  description: 'Every section the template requires is present (matched by title or alias, misspellings tolerated).',
  tags: ['sections', 'template'],
  severity: 'error',
  check(doc, ctx) {
    const present = new Set(ctx.match.matches.map((m) => m.templateSection));
    return ctx.template.sections.flatMap((ts, i) => {
      if (!ts.required || present.has(i)) return [];
      const edit = sectionInsertEdit(doc, ctx.template, ts.id, ctx.match);
      const fix = edit ? { title: `Insert section "${ts.title}"`, edits: [edit] } : undefined;
      return [finding(this, `Missing required section "${ts.title}" (${ctx.template.title})`, documentRange(doc), fix)];
    });
  },
};
