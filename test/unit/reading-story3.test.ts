// The story of a timeline, read the way a reviewer reads English (third set): timelines written newest first,
// present-tense and bare fixes, hand-offs to a person or team, informal "it did not work", "restart" as a noun,
// noun-only reports and named people noticing. One paraphrased fixture per pattern (own sentences about other
// incidents).
import * as assert from 'assert';
import { lint, modelReport, readModel } from '../../src/core/index';
import { runsBackwards } from '../../src/core/story/phases';

const ALX = { template: 'alx-0x19' } as const;

const REST = `
## Root cause and resolution

A full disk on the queue host stopped new jobs; freeing space and moving the spool fixed it.

## Corrective and preventative measures

- [ ] Alert on disk usage above 80%
- [ ] Move the spool to its own volume
`;

/** A postmortem whose timeline is the given entries at the given clock times (HH:MM), one bullet each. */
const timed = (...rows: Array<[string, string]>): string =>
  `# Q\n\n## Issue Summary\n\nJobs stopped.\n\n## Timeline\n\n${rows
    .map(([t, l]) => `- ${t} UTC - ${l}`)
    .join('\n')}\n${REST}`;
const phases = (md: string): string[] => modelReport(readModel(md, ALX)).timeline.map((e) => e.phase);
const pm015 = (md: string): string[] =>
  lint(md, ALX)
    .findings.filter((f) => f.ruleId === 'PM015')
    .map((f) => f.message);
const HOW = 'Timeline does not say how the issue was detected (monitoring alert, customer report …)';

describe('reading: the story of a timeline, third set', () => {
  describe('a timeline written newest first', () => {
    it('is read in time order and each entry keeps its phase in file order', () => {
      const md = timed(
        ['09:50', 'Job throughput back to normal, incident closed.'],
        ['09:35', 'Removed old spool files and resized the volume.'],
        ['09:20', 'Escalated to the storage team.'],
        ['09:05', 'Nagios alert fired: queue host disk at 100%.'],
      );
      assert.deepStrictEqual(phases(md), ['resolution', 'mitigation', 'escalation', 'detection']);
      assert.ok(!pm015(md).includes(HOW));
    });
    it('only when the times mostly run backwards', () => {
      assert.strictEqual(runsBackwards([50, 35, 20, 5]), true);
      assert.strictEqual(runsBackwards([5, 20, 15, 35, 50]), false);
      assert.strictEqual(runsBackwards([undefined, 20, undefined]), false);
    });
  });
});
