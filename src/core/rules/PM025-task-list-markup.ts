// PM025: tasks written one per line without list markup: suggest a checklist.
import { actionLines } from '../outline/content';
import type { Finding } from '../types';
import { checklistEdits, hasList } from './PM017-corrective-task-list';
import { finding, lineRange, regionName, regionsWith, templateHas, type Rule } from './rule';

/** A task section whose actions are plain lines (accepted as tasks): offer to make them "- [ ]" items. */
export const taskListMarkup: Rule = {
  id: 'PM025',
  name: 'task-list-markup',
  description:
    'Tasks written one per line without list markup read as tasks; a "- [ ]" checklist makes them trackable.',
  tags: ['actions', 'style'],
  severity: 'information',
  appliesTo: (t) => templateHas(t, 'task-list'),
  check(m) {
    const out: Finding[] = [];
    for (const { region: r } of regionsWith(m, 'task-list')) {
      if (hasList(m, r)) continue;
      const n = actionLines(m.parsed, r.startLine, r.endLine);
      if (n < 2) continue;
      const edits = checklistEdits(m, r);
      out.push(
        finding(
          this,
          `"${regionName(m, r)}" lists ${n} tasks as plain lines: make them a "- [ ]" checklist so they can be tracked`,
          lineRange(m, r.anchorLine),
          edits.length ? { title: 'Make these lines a "- [ ]" checklist', edits } : undefined,
        ),
      );
    }
    return out;
  },
};
