// PM013: timeline entries are in chronological order.
import { finding, spanRange, templateHas, type Rule } from './rule';

/** An entry earlier than the one before it (dates and midnight rollovers taken into account). */
export const timelineOrder: Rule = {
  id: 'PM013',
  name: 'timeline-order',
  description: 'Timeline entries are in chronological order (dates and midnight rollovers handled).',
  tags: ['timeline', 'time'],
  severity: 'warning',
  appliesTo: (t) => templateHas(t, 'timeline'),
  check(doc) {
    const out = [];
    let prev: { raw: string; at: number } | undefined;
    for (const e of doc.timeline) {
      if (e.elapsedMinutes === undefined || !e.time) continue;
      if (prev && e.elapsedMinutes < prev.at) {
        out.push(finding(this, `Timeline entry is out of chronological order [${e.time.raw} after ${prev.raw}]`, spanRange(e.line, e.time.startColumn, e.time.endColumn)));
      }
      if (!prev || e.elapsedMinutes >= prev.at) prev = { raw: e.time.raw, at: e.elapsedMinutes };
    }
    return out;
  },
};
