// PM017: corrective measures include a task list.
import { LineKind } from '../parse/index';
import { actionLines } from '../outline/content';
import { commitmentParagraphs } from '../model/tasks';
import type { Finding, PostmortemModel, Region, TextEdit } from '../types';
import { finding, lineRange, regionName, regionsWith, templateHas, type Rule } from './rule';

const LINK_LINE = /^\s*(?:<?https?:\/\/\S{1,2000}>?|\[[^\]]{0,500}\]\(\S{1,2000}\))\s*$/;

/** True when the region holds a list or a table (any depth). */
export function hasList(m: PostmortemModel, r: Region): boolean {
  for (const b of m.parsed.blocks)
    if ((b.kind === 'item' || b.kind === 'table') && b.startLine >= r.startLine && b.startLine < r.endLine) return true;
  for (let n = r.startLine; n < r.endLine; n++) if (/^\s*<li\b/i.test(m.lines[n] ?? '')) return true;
  return false;
}

// True when a line of the section is nothing but a link (the tasks live in the issue tracker it opens).
function trackerLink(m: PostmortemModel, r: Region): boolean {
  for (let n = r.startLine; n < r.endLine; n++)
    if (m.parsed.kinds[n] === LineKind.Text && LINK_LINE.test(m.lines[n] ?? '')) return true;
  return false;
}

/** The edits that turn a region's plain prose lines into "- [ ] " items. */
export function checklistEdits(m: PostmortemModel, r: Region): TextEdit[] {
  const headings = new Set(m.sections.map((s) => s.headingLine));
  const edits: TextEdit[] = [];
  for (let n = r.startLine; n < r.endLine; n++) {
    const text = m.lines[n] ?? '';
    if (
      m.parsed.kinds[n] !== LineKind.Text ||
      headings.has(n) ||
      text.trim() === '' ||
      /^\s*(?:#|>|\||```|<)/.test(text)
    )
      continue;
    const col =
      n === r.startLine && r.startColumn !== undefined ? r.startColumn : text.length - text.trimStart().length;
    edits.push({
      range: { startLine: n, startColumn: col, endLine: n, endColumn: col },
      newText: n === r.startLine && r.startColumn !== undefined ? '\n- [ ] ' : '- [ ] ',
    });
  }
  return edits;
}

/** A section that must list tasks but has no list, no table and fewer than two lines that read as actions. */
export const correctiveTaskList: Rule = {
  id: 'PM017',
  name: 'corrective-task-list',
  description:
    'The corrective-measures section lists concrete tasks (a bullet or "- [ ]" list, a table, or one action per line).',
  tags: ['actions'],
  severity: 'warning',
  appliesTo: (t) => templateHas(t, 'task-list'),
  check(m) {
    const out: Finding[] = [];
    for (const { region: r } of regionsWith(m, 'task-list')) {
      // Plain lines that read as actions, and short paragraphs that each commit to one ("We will …"), are a list.
      const actions =
        actionLines(m.parsed, r.startLine, r.endLine) + commitmentParagraphs(m.parsed, r.startLine, r.endLine);
      if (hasList(m, r) || trackerLink(m, r) || actions >= 2) continue;
      const edits = checklistEdits(m, r);
      const fix = edits.length ? { title: 'Turn the lines of this section into a task list', edits } : undefined;
      out.push(
        finding(
          this,
          `"${regionName(m, r)}" has no task list: list the tasks as "- [ ] …" items`,
          lineRange(m, r.anchorLine),
          fix,
        ),
      );
    }
    return out;
  },
};
