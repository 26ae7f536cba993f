// PM018: action items name an owner and a deadline (templates that require them).
import { tasksIn } from '../parse/tasks';
import type { Finding } from '../types';
import { finding, lineRange, templateHas, type Rule } from './rule';

/** Items of owner-deadline sections lacking "Owner:/Responsible:/@name" or "Deadline:/Due:/a date". */
export const actionItemOwner: Rule = {
  id: 'PM018',
  name: 'action-item-owner',
  description: 'Every action item names an owner (Responsible/Owner/@name) and a deadline (Deadline/Due/a date).',
  tags: ['actions'],
  severity: 'warning',
  appliesTo: (t) => templateHas(t, 'owner-deadline'),
  check(doc, ctx) {
    const out: Finding[] = [];
    for (const { section: s } of ctx.sectionsWith('owner-deadline')) {
      for (const t of tasksIn(doc, s.bodyStartLine, s.endLine)) {
        const missing = [t.owner ? '' : 'owner', t.deadline ? '' : 'deadline'].filter(Boolean);
        if (missing.length) out.push(finding(this, `Action item has no ${missing.join(' and no ')}: ${t.text.replace(/[*_`]/g, '').slice(0, 60)}`, lineRange(doc, t.line)));
      }
    }
    return out;
  },
};
