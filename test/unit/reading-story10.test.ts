// The story of a timeline (tenth set, from the ninth holdout's round): entries whose time stands alone on its line
// with the description below it. One paraphrased fixture per pattern (own sentences about other incidents).
import * as assert from 'assert';
import { modelReport, readModel } from '../../src/core/index';
import { ALX } from './helpers/storyDocs';

const REST = `
## Root cause and resolution

The invoice worker held a lock on the jobs table; killing it fixed the queue.

## Corrective and preventative measures

- [ ] Add a lock timeout to the worker
`;

/** A postmortem whose timeline entries put the time alone on the bullet's first line and the description below. */
const stacked = (...lines: string[]): string =>
  `# Q\n\n## Issue Summary\n\nInvoices stopped going out.\n\n## Timeline\n\n${lines
    .map((l, i) => `- **10:${String(i * 5).padStart(2, '0')} UTC**\n  ${l}`)
    .join('\n')}\n${REST}`;
const phasesOf = (md: string): string[] => modelReport(readModel(md, ALX)).timeline.map((e) => e.phase);

describe('reading: the story of a timeline, tenth set', () => {
  describe('a time alone on its line, the description below', () => {
    it('an alert told below its time is the detection', () =>
      assert.deepStrictEqual(
        phasesOf(
          stacked(
            'Grafana alert: invoice queue age above 20 minutes.',
            'Ravi finds the invoice worker holding a lock on the jobs table.',
            'Killed the worker holding the lock; queue drained, invoices going out again.',
          ),
        ),
        ['detection', 'investigation', 'resolution'],
      ));
  });
});
