// PM012: timeline entries are written `time - text` (a `| Time | Description |` table is fine too).
import type { Finding } from '../types';
import { sentenceCount } from './PM014-timeline-entry-length';
import { finding, lineRange, spanRange, templateHas, type Rule } from './rule';

/** A character other than markup, bars, dashes and spaces. */
const HAS_TEXT = /[^*_`|\s-]/;
/** A word leading into a time ("At", "around", "By"): the time is part of a sentence. */
const LEAD_WORD = /\b(?:at|around|about|by|on|approximately|circa)\W{0,4}$/i;
/** A separator after a time: a dash, colon, bar or arrow. */
const SEPARATES = /[-\u2013\u2014:|>]/;

/** Entries that do not start with their time, that have no time at all, or have a time but no text. */
export const timelineFormat: Rule = {
  id: 'PM012',
  name: 'timeline-format',
  description: 'Each timeline entry is "time - text": the time first, then a short description.',
  tags: ['timeline'],
  severity: 'warning',
  appliesTo: (t) => templateHas(t, 'timeline'),
  check(m) {
    const tl = m.timeline;
    if (!tl) return [];
    const anchor = tl.section !== undefined ? m.sections[tl.section]!.headingLine : tl.startLine;
    if (!tl.entries.some((e) => e.time || e.date)) {
      return [
        finding(
          this,
          'Timeline has no timed entries: write one "time - text" bullet per event (e.g. "- 14:05 UTC - Alert fired")',
          lineRange(m, anchor),
        ),
      ];
    }
    const out: Finding[] = [];
    const anyTime = tl.entries.some((e) => e.time);
    const long = tl.entries.filter((e) => sentenceCount(e.text) >= 3).length;
    if (tl.entries.length >= 3 && long * 2 >= tl.entries.length) {
      out.push(
        finding(
          this,
          `Timeline entries are paragraphs (${long} of ${tl.entries.length} have three sentences or more): write one short "time - text" line per event`,
          lineRange(m, anchor),
        ),
      );
    }
    // Sentences with the time inside ("At 10:05h, the catalogue team wrote …"): the time leads, but as a word of the
    // sentence, not as a stamp with a separator. One finding for the layout, when it is the timeline's way.
    const timed = tl.entries.filter((e) => e.time && e.timeFirst && e.time.line === e.line);
    const inSentence = timed.filter((e) => {
      const line = m.lines[e.line]!;
      return (
        LEAD_WORD.test(line.slice(Math.max(0, e.time!.startColumn - 40), e.time!.startColumn)) &&
        !SEPARATES.test(line.slice(e.time!.endColumn, Math.max(e.time!.endColumn, e.textColumn)))
      );
    });
    if (inSentence.length >= 3 && inSentence.length * 2 >= timed.length) {
      out.push(
        finding(
          this,
          `Timeline entries are sentences with the time inside (${inSentence.length} like "At 10:05, …"): start each with its time ("10:05 - …")`,
          lineRange(m, anchor),
        ),
      );
    }
    // Time headings with the entries' text in bullets under them ("### 10:20 UTC"): one finding for the layout.
    const headed = tl.entries.filter((e) => e.shape === 'heading' && e.time && !e.text && e.detail);
    if (headed.length >= 2) {
      const t = headed[0]!.time!;
      out.push(
        finding(
          this,
          `Timeline times are headings over their entries (${headed.length} entries): write one "time - text" bullet per event`,
          spanRange(t.line, t.startColumn, t.endColumn),
        ),
      );
    }
    // Several entries read from one line (a run-on paragraph): one finding for the line, not one per sentence.
    const perLine = new Map<number, number>();
    for (const e of tl.entries) perLine.set(e.line, (perLine.get(e.line) ?? 0) + 1);
    const told = new Set<number>();
    for (const e of tl.entries) {
      const shared = perLine.get(e.line)!;
      if (shared > 1) {
        if (!told.has(e.line))
          out.push(
            finding(
              this,
              `Timeline events run on in one paragraph (${shared} on this line): write one "time - text" line per event`,
              lineRange(m, e.line),
            ),
          );
        told.add(e.line);
        continue;
      }
      // "Next day 10:00 - …", "Shortly after, …": placed by words, as a reader expects.
      if (e.relative) continue;
      if (!e.time && !e.date)
        out.push(
          finding(this, 'Timeline entry has no time: start it with one ("14:05 UTC - …")', lineRange(m, e.line)),
        );
      else if (!e.time && anyTime)
        out.push(
          finding(
            this,
            'Timeline entry has a date but no time of day: add one ("14:05 UTC - …")',
            lineRange(m, e.line),
          ),
        );
      else if (!e.time) continue;
      else if (!e.timeFirst)
        out.push(
          finding(
            this,
            `Timeline entry should start with its time [${e.time.raw}]`,
            spanRange(e.time.line, e.time.startColumn, e.time.endColumn),
          ),
        );
      else if (!HAS_TEXT.test(e.text) && !e.detail)
        out.push(finding(this, `Timeline entry has a time but no text [${e.time.raw}]`, lineRange(m, e.line)));
    }
    return out;
  },
};
