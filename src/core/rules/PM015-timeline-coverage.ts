// PM015: the timeline says when and how the issue was detected, who it was escalated to, how it was resolved.
import { detectionMethod } from '../story/cues';
import { isInitialPage } from '../story/phases';
import type { PostmortemModel } from '../types';
import { finding, lineRange, templateHas, type Rule } from './rule';

/** What the timeline's story lacks, read from the phases of its entries (information). */
export const timelineCoverage: Rule = {
  id: 'PM015',
  name: 'timeline-coverage',
  description:
    'The timeline says when and how the issue was detected, who it was escalated to, and how it was resolved (read from the story of its entries).',
  tags: ['timeline', 'content'],
  severity: 'information',
  appliesTo: (t) => templateHas(t, 'timeline'),
  check(m) {
    const tl = m.timeline;
    if (!tl || tl.entries.length === 0) return [];
    const at = lineRange(m, tl.section !== undefined ? m.sections[tl.section]!.headingLine : tl.startLine);
    const phases = new Set(tl.entries.map((e) => e.phase));
    const out = [];
    const detection = tl.entries.filter((e) => e.phase === 'detection');
    if (!detection.length) out.push(finding(this, 'Timeline does not say when the issue was detected', at));
    if (!detection.some((e) => detectionMethod(`${e.text} ${e.detail ?? ''}`)))
      out.push(
        finding(this, 'Timeline does not say how the issue was detected (monitoring alert, customer report …)', at),
      );
    // The first page right after detection is part of detecting it; escalation hands the incident to someone.
    const phaseList = tl.entries.map((e) => e.phase);
    const escalated = tl.entries.some((e, i) => e.phase === 'escalation' && !isInitialPage(tl.entries, phaseList, i));
    if (!escalated) out.push(finding(this, 'Timeline does not say who the incident was escalated to', at));
    if (!phases.has('resolution') && !resolvedByMitigation(m))
      out.push(finding(this, 'Timeline does not say how the incident was resolved', at));
    return out;
  },
};

// A timeline whose last entry restores service through a mitigation still says how it was resolved.
function resolvedByMitigation(m: PostmortemModel): boolean {
  return m.timeline?.entries.some((e) => e.phase === 'mitigation') ?? false;
}
