// PM016: the stated duration agrees with the start/end times and the timeline.
import { formatDuration } from '../time/duration';
import { absoluteMinutes } from '../time/parse';
import type { Finding } from '../types';
import { finding, lineRange, type Rule } from './rule';

/** Stated duration vs end − start (warning), and vs the timeline's impact start → resolution, else its span (information). */
export const durationMismatch: Rule = {
  id: 'PM016',
  name: 'duration-mismatch',
  description:
    'The duration in the summary matches its start and end times and the timeline (impact start to resolution).',
  tags: ['summary', 'timeline', 'time'],
  severity: 'warning',
  check(m) {
    const f = m.summary;
    const out: Finding[] = [];
    let between: number | undefined;
    if (f.start && f.end && f.start.valid && f.end.valid) {
      const base = f.start.date ?? { year: 2000, month: 1, day: 1 };
      between = absoluteMinutes(f.end, f.end.date ?? base)! - absoluteMinutes(f.start, base)!;
      if (between < 0 && !f.end.date) between += 1440;
      if (between < 0) between = undefined;
    }
    const stated = f.durationText !== undefined ? f.durationMinutes : undefined;
    const line = f.durationLine ?? f.start?.line ?? 0;
    if (stated !== undefined && between !== undefined && Math.abs(stated - between) > Math.max(5, stated * 0.1)) {
      out.push(
        finding(
          this,
          `Summary says ${f.durationText} but ${f.start!.raw} to ${f.end!.raw} is ${formatDuration(between)}`,
          lineRange(m, line),
        ),
      );
    }
    const duration = stated ?? between;
    const tl = m.timeline;
    // A span built on a guessed midnight crossing is no evidence: say nothing then.
    if (duration === undefined || duration <= 0 || !tl || tl.rolloverGuessed) return out;
    // The impact as the timeline tells it: impact start to resolution (the metrics), else first to last entry.
    const metrics = m.metrics;
    const impact = !(f.start && f.end) ? metrics.durations.impact : undefined;
    if (impact !== undefined && impact > 0) {
      if (Math.abs(impact - duration) > Math.max(15, duration * 0.5)) {
        const from = metrics.milestones.start?.display,
          to = metrics.milestones.resolved?.display;
        out.push(
          finding(
            this,
            `Summary duration (${formatDuration(duration)}) disagrees with the timeline: impact start${from ? ` ${from}` : ''} to resolution${to ? ` ${to}` : ''} is ${formatDuration(impact)}`,
            lineRange(m, line),
            undefined,
            'information',
          ),
        );
      }
      return out;
    }
    let span: number | undefined,
      timed = 0;
    for (const e of tl.entries) {
      if (e.elapsedMinutes === undefined) continue;
      timed++;
      if (span === undefined || e.elapsedMinutes > span) span = e.elapsedMinutes;
    }
    if (timed >= 2 && span !== undefined && span > 0 && Math.abs(span - duration) > Math.max(15, duration * 0.5)) {
      out.push(
        finding(
          this,
          `Summary duration (${formatDuration(duration)}) disagrees with the timeline, which spans ${formatDuration(span)}`,
          lineRange(m, line),
          undefined,
          'information',
        ),
      );
    }
    return out;
  },
};
