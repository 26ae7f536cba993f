// Postmortem texts the editor suites start from (each test writes its own copy into the workspace).

/** A short but complete ALX postmortem (only the word count is off). */
export const COMPLETE = [
  '# Postmortem: database outage', // 0
  '',
  '## Issue Summary', // 2
  '',
  'From 09:00 to 09:40 UTC on 12 March 2024 (40 minutes), the payments API returned errors to 20% of users. The root cause was a lock held by a migration.',
  '',
  '## Timeline', // 6
  '',
  '- **09:00 UTC** - Alert fired on the payments error rate.', // 8
  '- **09:10 UTC** - Escalated to the database team.', // 9
  '- **09:40 UTC** - Migration rolled back; service restored.', // 10
  '',
  '## Root cause and resolution', // 12
  '',
  'A migration locked the orders table. We rolled it back.',
  '',
  '## Corrective and preventative measures',
  '',
  '- [x] Review migrations under load (owner: @dba, due: 2024-04-01)', // done: an open item past its date would be overdue (PM029)
  '',
].join('\n');

/** The same postmortem without its Timeline section. */
export const NO_TIMELINE = COMPLETE.split('\n')
  .filter((_l, i) => i < 6 || i > 11)
  .join('\n');

/** Replaces the Timeline entries of COMPLETE. */
export function withEntries(entries: string[]): string {
  const lines = COMPLETE.split('\n');
  lines.splice(8, 3, ...entries);
  return lines.join('\n');
}
