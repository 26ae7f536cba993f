// PM005: the document's length is inside the template's word range.
import { documentRange, finding, type Rule } from './rule';

/**
 * Words as a reader reads them: prose, headings, list items, table cells, link text, inline code and the text
 * of HTML. Not counted: fenced code, front matter, comments, images, tags, URLs. A word is a whitespace-separated
 * run holding at least one letter or digit.
 */
export const wordCount: Rule = {
  id: 'PM005',
  name: 'word-count',
  description: "The document's word count is inside the template's range (e.g. 400–600 for alx-0x19).",
  tags: ['length', 'template'],
  severity: 'warning',
  appliesTo: (t) => t.wordRange !== undefined,
  check(m) {
    const r = m.template.wordRange!;
    const n = m.words;
    if (n >= r.min && n <= r.max) return [];
    const how = n < r.min ? `${r.min - n} short of` : `${n - r.max} over`;
    return [
      finding(
        this,
        `Document has ${n} words, ${how} the ${r.min}–${r.max} the ${m.template.title} template asks for`,
        documentRange(m),
      ),
    ];
  },
};
