// PM012: timeline entries are written `time - text` (a `| Time | Description |` table is fine too).
import type { Finding } from '../types';
import { finding, lineRange, spanRange, templateHas, type Rule } from './rule';

/** A character other than markup, bars, dashes and spaces. */
const HAS_TEXT = /[^*_`|\s-]/;

/** Entries that do not start with their time, that have no time at all, or have a time but no text. */
export const timelineFormat: Rule = {
  id: 'PM012',
  name: 'timeline-format',
  description: 'Each timeline entry is "time - text": the time first, then a short description.',
  tags: ['timeline'],
  severity: 'warning',
  appliesTo: (t) => templateHas(t, 'timeline'),
  check(doc) {
    if (doc.timelineSection === undefined) return [];
    const s = doc.sections[doc.timelineSection]!;
    const out: Finding[] = [];
    if (!doc.timeline.some((e) => e.time || e.date)) {
      return [finding(this, 'Timeline has no timed entries: write one "time - text" bullet per event (e.g. "- 14:05 UTC - Alert fired")', lineRange(doc, s.headingLine))];
    }
    for (const e of doc.timeline) {
      const text = doc.lines[e.line] ?? '';
      if (!e.time && !e.date) out.push(finding(this, 'Timeline entry has no time: start it with one ("14:05 UTC - …")', lineRange(doc, e.line)));
      else if (!e.time) continue;
      else if (!e.timeFirst) out.push(finding(this, `Timeline entry should start with its time [${e.time?.raw ?? ''}]`, e.time ? spanRange(e.line, e.time.startColumn, e.time.endColumn) : lineRange(doc, e.line)));
      else if (!HAS_TEXT.test(e.text)) out.push(finding(this, `Timeline entry has a time but no text [${e.time?.raw ?? ''}]`, spanRange(e.line, 0, text.length)));
    }
    return out;
  },
};
