// PM029: an open action item whose due date has passed (today's date comes from the editor or the CLI).
import type { Finding, PostmortemModel, Task } from '../types';
import { daysBetween, isoDate } from '../time/calendar';
import { finding, lineRange, spanRange, type Rule } from './rule';

// The deadline's words on the item's lines, else the item's first line.
function deadlineRange(m: PostmortemModel, t: Task): ReturnType<typeof lineRange> {
  for (let n = t.line; n < t.endLine; n++) {
    const at = t.deadline ? m.lines[n]!.indexOf(t.deadline) : -1;
    if (at >= 0) return spanRange(n, at, at + t.deadline!.length);
  }
  return lineRange(m, t.line);
}

/** Open items (not ticked, no Done status) with a due date before today. */
export const actionItemOverdue: Rule = {
  id: 'PM029',
  name: 'action-item-overdue',
  description:
    'An open action item (not ticked, no Done status) whose due date has passed: finish it, tick it, or give it a new date.',
  tags: ['actions', 'follow-up'],
  severity: 'information',
  check(m, context) {
    const today = context.today;
    if (!today) return [];
    const out: Finding[] = [];
    for (const t of m.tasks) {
      if (t.checked === true || t.due?.year === undefined) continue;
      const late = daysBetween(t.due, today);
      if (late <= 0) continue;
      out.push(
        finding(
          this,
          `Overdue by ${late} day${late === 1 ? '' : 's'} (due ${isoDate(t.due)}): ${t.text.slice(0, 60)}`,
          deadlineRange(m, t),
        ),
      );
    }
    return out;
  },
};
