// PM011: the summary states the root cause.
import { summaryFactRule } from './summaryFact';

/** A "Root cause:" line or a sentence with "caused by", "due to", "because", "stemmed from" … */
export const summaryRootCause = summaryFactRule({
  id: 'PM011',
  name: 'summary-root-cause',
  check: 'root-cause',
  description: 'The summary (or root-cause section) states what caused the outage.',
  message: 'does not state the root cause (e.g. "Root cause: an expired TLS certificate")',
  has: (f) => f.rootCause !== undefined,
  titled: /cause/i,
});
