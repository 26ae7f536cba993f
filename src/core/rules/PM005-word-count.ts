// PM005: the document's length is inside the template's word range.
import { documentRange, finding, type Rule } from './rule';

/**
 * Words as a reader reads them: prose, headings, list items, table cells and link text. Not counted:
 * code blocks and inline code, front matter, HTML and comments, images, URLs. A word is a
 * whitespace-separated run holding at least one letter or digit.
 */
export const wordCount: Rule = {
  id: 'PM005',
  name: 'word-count',
  description: "The document's word count is inside the template's range (e.g. 400–600 for alx-0x19).",
  tags: ['length', 'template'],
  severity: 'warning',
  appliesTo: (t) => t.wordRange !== undefined,
  check(doc, ctx) {
    const r = ctx.template.wordRange!;
    const n = doc.wordCount;
    if (n >= r.min && n <= r.max) return [];
    const how = n < r.min ? `${r.min - n} short of` : `${n - r.max} over`;
    return [finding(this, `Document has ${n} words, ${how} the ${r.min}–${r.max} the ${ctx.template.title} template asks for`, documentRange(doc))];
  },
};
