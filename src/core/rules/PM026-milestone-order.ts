// PM026: the incident's milestones come in order (impact start, detection, mitigation, resolution).
import { MILESTONE_NAMES } from '../story/metrics';
import { formatDuration } from '../time/duration';
import type { Finding, MilestoneKind, PostmortemModel } from '../types';
import { finding, lineRange, type Rule } from './rule';

/** "Mitigated (09:50 UTC)". */
function named(m: PostmortemModel, k: MilestoneKind): string {
  const s = m.metrics.milestones[k];
  const at = s?.display ?? s?.written;
  return `${MILESTONE_NAMES[k]}${at ? ` (${at})` : ''}`;
}

/** Milestones out of order: detected before impact start, resolved before mitigated, a summary start after the detection. */
export const milestoneOrder: Rule = {
  id: 'PM026',
  name: 'milestone-order',
  description:
    "The incident's milestones come in order: impact start, detection, mitigation, resolution (and the summary's start is not after the detection).",
  tags: ['timeline', 'summary', 'time', 'metrics'],
  severity: 'warning',
  check(m) {
    const out: Finding[] = [];
    for (const c of m.metrics.conflicts) {
      const gap = formatDuration(c.minutes);
      const message = c.summary
        ? `The summary says the impact started at ${m.summary.start?.raw ?? '?'}, ${gap} after it was detected (${m.metrics.milestones.detected?.display ?? '?'}): time to detect would be negative`
        : `${named(m, c.later)} comes ${gap} before ${named(m, c.earlier)}: check these times (${c.later === 'resolved' || c.earlier === 'start' ? 'or mark the milestone, e.g. [mitigated]' : 'or mark the right entry, e.g. [detected]'})`;
      out.push(finding(this, message, lineRange(m, c.line)));
    }
    return out;
  },
};
