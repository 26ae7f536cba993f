// PM008: the summary's times have a time zone.
import { summaryFactRule } from './summaryFact';

/** Reported only when the summary gives times (PM007 covers their absence). */
export const summaryTimezone = summaryFactRule({
  id: 'PM008', name: 'summary-timezone', check: 'time-zone',
  description: 'The times in the summary carry a time zone (UTC, WAT, GMT+1, America/New_York …).',
  message: 'times have no time zone (add UTC, WAT, GMT+1 …)',
  has: (f) => f.zone !== undefined,
  relevant: (f) => f.start !== undefined || f.end !== undefined,
});
