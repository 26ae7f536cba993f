// PM018: action items name an owner (a person or @handle) and a deadline that is a date (templates that require
// them), and a type where the template asks for one.
import type { Finding, PostmortemModel, Task } from '../types';
import { finding, lineRange, regionsWith, templateHas, type Rule } from './rule';

/** A task that is only a link: the action lives in the tracker it opens. */
const LINK_ONLY = /^(?:<?https?:\/\/\S{1,2000}>?|\S{1,200})$/;

/** The tasks of the regions holding a content check. */
function tasksWith(m: PostmortemModel, check: 'owner-deadline' | 'action-type'): Task[] {
  const out: Task[] = [];
  for (const { region: r } of regionsWith(m, check))
    for (const t of m.tasks) if (t.line >= r.startLine && t.line < r.endLine) out.push(t);
  return out;
}

/** The first line of the task that holds `text` (owner and deadline may sit on nested lines), else its first line. */
function lineOf(m: PostmortemModel, t: Task, text: string | undefined): number {
  if (text) for (let n = t.line; n < t.endLine; n++) if (m.lines[n]!.includes(text)) return n;
  return t.line;
}

/**
 * Items of owner-deadline sections lacking an owner ("Owner:", "Responsible:", "@name", an Owner column) or a
 * deadline ("Deadline:", "Due:", a date, a Deadline column); a deadline that is no date ("next week", "ASAP") is a
 * warning too, and an owner that is a team alone is advice. Where the template asks for types, an item without one.
 */
export const actionItemOwner: Rule = {
  id: 'PM018',
  name: 'action-item-owner',
  description:
    'Every action item names an owner (a person or @handle; a team alone is advice) and a deadline that is a date ("2026-12-15", "15 Dec"; not "next week" or "ASAP"), and a type (mitigate, prevent, detect, process) where the template asks for one.',
  tags: ['actions'],
  severity: 'warning',
  appliesTo: (t) => templateHas(t, 'owner-deadline') || templateHas(t, 'action-type'),
  check(m) {
    const out: Finding[] = [];
    for (const t of tasksWith(m, 'owner-deadline')) {
      const what = t.text.slice(0, 60);
      const missing = [t.owner ? '' : 'owner', t.deadline ? '' : 'deadline'].filter(Boolean);
      if (missing.length)
        out.push(finding(this, `Action item has no ${missing.join(' and no ')}: ${what}`, lineRange(m, t.line)));
      if (t.checked === true) continue;
      if (t.deadline && t.dueRelative) {
        out.push(
          finding(
            this,
            `Action item's deadline "${t.deadline}" is not a date: give the day it is due (e.g. 2026-12-15 or 15 Dec): ${what}`,
            lineRange(m, lineOf(m, t, t.deadline)),
          ),
        );
      }
      if (t.owner && t.ownerKind === 'team') {
        out.push(
          finding(
            this,
            `Action item's owner "${t.owner}" is a team: name the person (or @handle) who drives it: ${what}`,
            lineRange(m, lineOf(m, t, t.owner)),
            undefined,
            'information',
          ),
        );
      }
    }
    for (const t of tasksWith(m, 'action-type')) {
      if (t.type || t.checked === true || LINK_ONLY.test(t.text)) continue;
      out.push(
        finding(
          this,
          `Action item has no type (mitigate, prevent, detect or process): ${t.text.slice(0, 60)}`,
          lineRange(m, t.line),
          undefined,
          'information',
        ),
      );
    }
    return out;
  },
};
