// The story of a timeline (eleventh set, from the tenth holdout's round): a notice told as phones ringing, an inbox
// full of messages or something seen where something else should be; hand-offs told as a post in the developers'
// channel or a support chat opened with a vendor; "convinced it was", "still empty" and a restart done by a machine;
// reproducing a problem, filtering logs; fixes told as a quick relief, a temporary credential or a repair script; a
// terse "cluster green … closed"; lines led by a date in a plain paragraph. One paraphrased fixture per pattern (own
// sentences about other incidents).
import * as assert from 'assert';
import { lint, modelReport, readModel } from '../../src/core/index';
import { ALX, phases, storyDocs } from './helpers/storyDocs';

const REST = `
## Root cause and resolution

The invoice worker held a lock on the jobs table; killing it and adding a lock timeout fixed the queue.

## Corrective and preventative measures

- [ ] Add a lock timeout to the worker
`;

const { doc } = storyDocs('Invoices stopped going out.', REST);
const FIRST = 'Grafana alert: invoice queue age above 20 minutes.';
const FOUND = 'Ravi finds the invoice worker holding a lock on the jobs table.';
const KILL = 'Killed the worker holding the lock on the jobs table.';
const END = 'Queue drained, invoices going out again.';
const DEPLOY = 'Deploy of billing 4.2.';
const at = (i: number, ...lines: string[]): string | undefined => phases(doc(...lines))[i];

describe('reading: the story of a timeline, eleventh set', () => {
  describe('the detection', () => {
    for (const notice of [
      'The support phones started ringing and the shared inbox was full of angry emails.',
      'Mei opens her account page and sees a spinner where her invoices should be.',
    ])
      it(`"${notice.slice(0, 40)}…" after the deploy is the detection`, () =>
        assert.deepStrictEqual(phases(doc(DEPLOY, notice, FOUND, KILL, END)), [
          'other',
          'detection',
          'investigation',
          'mitigation',
          'resolution',
        ]));
  });

  describe('hand-offs', () => {
    for (const handoff of [
      'Support posts in our #dev-billing channel.',
      'Opened a support chat with our payment provider.',
    ])
      it(`"${handoff}" is an escalation`, () =>
        assert.strictEqual(at(1, FIRST, handoff, FOUND, KILL, END), 'escalation'));
    it('a script that calls an endpoint calls nobody: the repair it does is a mitigation', () =>
      assert.strictEqual(
        at(3, FIRST, FOUND, KILL, 'Wrote a small script that calls the resend endpoint for every stuck invoice.', END),
        'mitigation',
      ));
  });

  describe('paths that did not help, and what only looked like a step', () => {
    it('"convinced it was" is a wrong lead', () =>
      assert.strictEqual(
        at(1, FIRST, 'We spent forty minutes convinced it was the PDF service timing out.', FOUND, KILL, END),
        'misleading',
      ));
    it('a restart after which the results are "still empty" is misleading', () =>
      assert.strictEqual(
        at(
          2,
          FIRST,
          'pdf deploy went out at 09:50, thought was that. rollback the pdf deploy. no change',
          'restart pdf pods (3). still empty invoices',
          'GET /health -> red. 1 stuck lock on jobs',
          KILL,
          END,
        ),
        'misleading',
      ));
    it('a restart done by a machine ("was restarted … by the deploy pipeline") is part of what a check found', () =>
      assert.strictEqual(
        at(
          1,
          FIRST,
          'lock explain -> worker-3 holds the jobs table, also worker-3 was restarted at 09:58 by the deploy pipeline',
          KILL,
          END,
        ),
        'investigation',
      ));
    it('reproducing the problem is investigation, even when older cases "work fine"', () =>
      assert.strictEqual(
        at(1, FIRST, 'We reproduce it on one invoice out of four. Older invoices work fine.', FOUND, KILL, END),
        'investigation',
      ));
    it('logs filtered by a field are read, not traffic filtered', () =>
      assert.strictEqual(
        at(
          1,
          FIRST,
          'Worker logs were filtered by tenant. Almost no jobs from Acme reached the worker.',
          FOUND,
          KILL,
          END,
        ),
        'investigation',
      ));
  });

  describe('fixes', () => {
    it('a step taken "as a quick relief" is a mitigation though some still fail for a while', () =>
      assert.deepStrictEqual(
        phases(
          doc(
            FIRST,
            FOUND,
            'Removed the lock as a quick relief, but some workers kept failing for a while.',
            'Added a lock timeout to the worker config; invoices going out again.',
          ),
        ),
        ['detection', 'investigation', 'mitigation', 'resolution'],
      ));
    for (const fix of [
      'Wrote a script to find every customer billed twice and refund the second charge.',
      'Tom creates a temporary API key for the worker while the vault is down.',
    ])
      it(`"${fix.slice(0, 40)}…" is a mitigation`, () =>
        assert.strictEqual(at(2, FIRST, FOUND, fix, END), 'mitigation'));
    for (const end of ['queue green, error rate normal. closed', 'Queue empty, every invoice shows its PDF again.'])
      it(`"${end}" is the resolution`, () =>
        assert.deepStrictEqual(phases(doc(FIRST, FOUND, KILL, end)), [
          'detection',
          'investigation',
          'mitigation',
          'resolution',
        ]));
  });

  describe('lines led by a date in a plain paragraph', () => {
    it('each is an entry of its day, not a continuation of the line above', () => {
      const md =
        `# Q\n\nIssue Summary:\nInvoices stopped going out for a week.\n\nTimeline:\n` +
        `Mon 3 June, 16:40 - Billing 4.2 deployed with the new lock code.\n` +
        `Wed 5 June - Invoice count in the dashboard is 30% lower. Nobody looks at it.\n` +
        `Thu 6 June, 09:30 - A customer writes to support that no invoice arrived.\n` +
        `Thu 6 June, 10:00 - Ravi finds the invoice worker holding a lock on the jobs table.\n` +
        `Thu 6 June, 10:20 - Killed the worker holding the lock and added a lock timeout.\n` +
        `Fri 7 June - Invoices going out again. Incident closed.\n${REST}`;
      assert.deepStrictEqual(
        modelReport(readModel(md, ALX)).timeline.map((e) => [e.line, e.phase]),
        [
          [7, 'other'],
          [8, 'other'],
          [9, 'detection'],
          [10, 'investigation'],
          [11, 'mitigation'],
          [12, 'resolution'],
        ],
      );
    });
  });

  describe('day-month dates ("12-Mar 00:15") over several nights', () => {
    it('give each entry its date: no format, order or milestone warnings, even when the summary writes the year', () => {
      const md =
        `# Q\n\n## Issue Summary\n\nInvoices failed on 12-Mar-2024 from 00:00 to 00:40 IST for 100% of partners; ` +
        `the root cause was a lock held by the worker.\n\n## Timeline\n\nAll times are IST.\n\n` +
        `- 11-Mar 18:30 - Billing 4.2 deployed.\n- 12-Mar 00:02 - Queue alert fired.\n` +
        `- 12-Mar 00:20 - Ravi finds the worker holding a lock on the jobs table.\n` +
        `- 12-Mar 00:40 - Killed the worker; invoices going out again.\n- 13-Mar 00:05 - Same alert again.\n` +
        `- 13-Mar 00:30 - Added a lock timeout; invoices going out again.\n${REST}`;
      const f = lint(md, ALX).findings.filter((x) => ['PM012', 'PM013', 'PM026'].includes(x.ruleId));
      assert.deepStrictEqual(
        f.map((x) => x.message),
        [],
      );
    });
  });

  describe('sections (same round)', () => {
    const missing = (md: string): string[] =>
      lint(md)
        .findings.filter((f) => f.ruleId === 'PM001')
        .map((f) => f.message);
    it('a numbered list of actions under "What we will do" is the corrective section', () =>
      assert.deepStrictEqual(
        missing(
          `# Queue stall\n\n## Issue summary\n\nInvoices stopped for 40 minutes (10:00 to 10:40 UTC) for 30% of users; a lock held by the worker was the cause.\n\n` +
            `## Timeline\n\n- 10:00 UTC - Queue alert fired.\n- 10:40 UTC - Killed the worker; invoices going out again.\n\n` +
            `## Root cause and resolution\n\nThe worker held a lock; killing it fixed the queue.\n\n## What we will do\n\n1. Add a lock timeout to the worker.\n2. Alert on queue age.\n`,
        ),
        [],
      ));
    it('plain "Label:" headings are the assignment, even when bold run-in paragraphs name other formats', () => {
      const md =
        `Postmortem: queue stall\n\nIssue Summary:\nInvoices stopped for 40 minutes (10:00 to 10:40 UTC) for 30% of users; a lock held by the worker was the cause.\n\n` +
        `Timeline:\n- 10:00 UTC - Queue alert fired.\n- 10:40 UTC - Killed the worker; invoices going out again.\n\n` +
        `Root cause and resolution:\nThe worker held a lock; killing it fixed the queue.\n\nCorrective and preventative measures:\n\n` +
        `**Timeouts.** Every worker lock gets a timeout.\n\n**Review.** Worker changes get a second reviewer.\n`;
      assert.strictEqual(modelReport(readModel(md)).template, 'alx-0x19');
      assert.deepStrictEqual(missing(md), []);
    });
  });
});
