// PM017: corrective measures include a task list.
import type { ParsedDocument } from '../parse/model';
import type { Finding, TextEdit } from '../types';
import { finding, lineRange, templateHas, type Rule } from './rule';

const LINK_LINE = /^\s*(?:<?https?:\/\/\S+>?|\[[^\]]*\]\(\S+\))\s*$/;

// True when the section's prose is nothing but links (the tasks live in an issue tracker the link opens).
function onlyTrackerLinks(doc: ParsedDocument, from: number, to: number): boolean {
  let links = 0;
  for (let n = from; n < to; n++) {
    const line = doc.lines[n] ?? '';
    if (!doc.prose[n] || line.trim() === '') continue;
    if (!LINK_LINE.test(line)) return false;
    links++;
  }
  return links > 0;
}

/** A section that must list tasks but has no list or table; the fix turns its plain lines into "- [ ] " items. */
export const correctiveTaskList: Rule = {
  id: 'PM017',
  name: 'corrective-task-list',
  description: 'The corrective-measures section lists concrete tasks (a bullet or "- [ ]" list, or a table).',
  tags: ['actions'],
  severity: 'warning',
  appliesTo: (t) => templateHas(t, 'task-list'),
  check(doc, ctx) {
    const out: Finding[] = [];
    const headingLines = new Set(doc.sections.map((s) => s.headingLine));
    for (const { section: s } of ctx.sectionsWith('task-list')) {
      const hasList = doc.blocks.some((b) => (b.kind === 'item' || b.kind === 'table') && b.startLine >= s.bodyStartLine && b.startLine < s.endLine);
      if (hasList || onlyTrackerLinks(doc, s.bodyStartLine, s.endLine)) continue;
      const edits: TextEdit[] = [];
      for (let n = s.bodyStartLine; n < s.endLine; n++) {
        const text = doc.lines[n] ?? '';
        if (!doc.prose[n] || headingLines.has(n) || text.trim() === '' || /^\s*(#|>|\||```)/.test(text)) continue;
        const col = text.length - text.trimStart().length;
        edits.push({ range: { startLine: n, startColumn: col, endLine: n, endColumn: col }, newText: '- [ ] ' });
      }
      const fix = edits.length ? { title: 'Turn the lines of this section into a task list', edits } : undefined;
      out.push(finding(this, `"${s.title}" has no task list: list the tasks as "- [ ] …" items`, lineRange(doc, s.headingLine), fix));
    }
    return out;
  },
};
