// Summary facts as a reviewer reads them: each sentence either states the fact (no finding) or does not (a finding).
import * as assert from 'assert';
import { lint } from '../../src/core';

/** Lints an assignment-style summary and returns the ids of the summary rules it trips. */
function summaryFindings(summary: string): string[] {
  const text = `# Postmortem: search outage\n\n## Issue Summary\n\n${summary}\n\n## Timeline\n\n- **10:00 UTC** - Alert fired.\n`;
  return lint(text, { template: 'alx-0x19' })
    .findings.map((f) => f.ruleId)
    .filter((id) => ['PM006', 'PM007', 'PM008', 'PM009', 'PM010', 'PM011'].includes(id));
}

describe('summary facts', () => {
  const cases: Array<[string, string, string[]]> = [
    [
      'states everything',
      'From 10:00 to 10:40 UTC (40 minutes) the search API timed out for about 25% of users. The root cause was a corrupt index.',
      [],
    ],
    [
      'impact as errors returned',
      'From 10:00 to 10:40 UTC (40 minutes) the API returned 502 errors to 30% of users, caused by a full disk.',
      [],
    ],
    [
      'impact as a fraction of users',
      'From 10:00 to 10:40 UTC (40 minutes) a third of users could not log in. The root cause was an expired certificate.',
      [],
    ],
    [
      'no time zone',
      'From 10:00 to 10:40 (40 minutes) the search API timed out for about 25% of users. The root cause was a corrupt index.',
      ['PM008'],
    ],
    [
      'no impact at all',
      'From 10:00 to 10:40 UTC (40 minutes) we worked on the search index, 25% of users. The root cause was a corrupt index.',
      ['PM009'],
    ],
    [
      'no share of users',
      'From 10:00 to 10:40 UTC (40 minutes) the search API timed out. The root cause was a corrupt index.',
      ['PM010'],
    ],
    [
      'no root cause',
      'From 10:00 to 10:40 UTC (40 minutes) the search API timed out for about 25% of users.',
      ['PM011'],
    ],
    [
      'no duration, start or end (nor the zone the assignment asks for)',
      'The search API timed out for about 25% of users. The root cause was a corrupt index.',
      ['PM006', 'PM007', 'PM008'],
    ],
  ];
  for (const [name, summary, expected] of cases) {
    it(name, () => assert.deepStrictEqual(summaryFindings(summary).sort(), expected.sort(), summary));
  }
});
