// PM008: the summary's times have a time zone.
import { summaryFactRule } from './summaryFact';

/** Reported whenever the summary names no zone: the assignment asks for start and end times "including timezone". */
export const summaryTimezone = summaryFactRule({
  id: 'PM008',
  name: 'summary-timezone',
  check: 'time-zone',
  description: 'The summary states the time zone of its times (UTC, WAT, GMT+1, America/New_York …).',
  message: (f) =>
    f.start || f.end
      ? 'times have no time zone (add UTC, WAT, GMT+1 …)'
      : 'gives no times with a time zone (e.g. "14:00 - 15:30 UTC")',
  has: (f) => f.zone !== undefined,
});
