// PM009: the summary describes the impact.
import { summaryFactRule } from './summaryFact';

/** An "Impact:" line, or a sentence about users/services affected, down, slow or failing. */
export const summaryImpact = summaryFactRule({
  id: 'PM009',
  name: 'summary-impact',
  check: 'impact',
  description: 'The summary says what the impact was: what was down or slow, what users experienced.',
  message: 'does not describe the impact (what was down or slow, what users saw)',
  has: (f) => f.impact !== undefined,
  titled: /impact/i,
});
