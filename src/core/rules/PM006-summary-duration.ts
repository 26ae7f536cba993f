// PM006: the summary says how long the outage lasted.
import { summaryFactRule } from './summaryFact';

/** A stated duration ("2 hours", "55 minutes") or both start and end times. */
export const summaryDuration = summaryFactRule({
  id: 'PM006',
  name: 'summary-duration',
  check: 'duration',
  description: 'The summary states how long the outage lasted (a duration, or start and end times).',
  message: 'does not say how long the outage lasted (e.g. "Duration: 1 h 15 min")',
  has: (f) => f.durationText !== undefined || (f.start !== undefined && f.end !== undefined),
});
