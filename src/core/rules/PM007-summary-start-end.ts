// PM007: the summary gives the start and end times.
import { summaryFactRule } from './summaryFact';

/** Both a start and an end time ("14:00 - 15:30 UTC", "from 10:00 AM to 12:00 PM"). */
export const summaryStartEnd = summaryFactRule({
  id: 'PM007',
  name: 'summary-start-end',
  check: 'start-end',
  description: 'The summary gives when the outage started and when it ended (or its start and duration).',
  message: 'does not give start and end times (e.g. "14:00 - 15:30 UTC")',
  has: (f) => f.start !== undefined && (f.end !== undefined || f.durationText !== undefined),
});
