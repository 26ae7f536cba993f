// PM018: action items name an owner and a deadline (templates that require them).
import type { Finding } from '../types';
import { finding, lineRange, regionsWith, templateHas, type Rule } from './rule';

/** Items of owner-deadline sections lacking "Owner:/Responsible:/@name" or "Deadline:/Due:/a date". */
export const actionItemOwner: Rule = {
  id: 'PM018',
  name: 'action-item-owner',
  description: 'Every action item names an owner (Responsible/Owner/@name) and a deadline (Deadline/Due/a date).',
  tags: ['actions'],
  severity: 'warning',
  appliesTo: (t) => templateHas(t, 'owner-deadline'),
  check(m) {
    const out: Finding[] = [];
    for (const { region: r } of regionsWith(m, 'owner-deadline')) {
      for (const t of m.tasks.filter((x) => x.line >= r.startLine && x.line < r.endLine)) {
        const missing = [t.owner ? '' : 'owner', t.deadline ? '' : 'deadline'].filter(Boolean);
        if (missing.length) out.push(finding(this, `Action item has no ${missing.join(' and no ')}: ${t.text.slice(0, 60)}`, lineRange(m, t.line)));
      }
    }
    return out;
  },
};
