// The story of a timeline (tenth set, from the ninth holdout's round): entries whose time stands alone on its line
// with the description below it; a lead-up that names a "reporting job", a push notification or a failure seen only
// later; reports forwarded to the engineers; fixes told as traffic pointed elsewhere, a flag set to 0 % or workers
// doubled on a guess; checks that found nothing after time spent on them; a check that sees the service answer
// before anything was fixed; run-on paragraphs whose untimed sentences tell what came of a step. One paraphrased
// fixture per pattern (own sentences about other incidents).
import * as assert from 'assert';
import { modelReport, readModel } from '../../src/core/index';
import { ALX, phases, storyDocs } from './helpers/storyDocs';

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

const { doc } = storyDocs('Invoices stopped going out.', REST);
const FIRST = 'Grafana alert: invoice queue age above 20 minutes.';
const FOUND = 'Ravi finds the invoice worker holding a lock on the jobs table.';
const KILL = 'Killed the worker holding the lock on the jobs table.';
const END = 'Queue drained, invoices going out again.';
const at = (i: number, ...lines: string[]): string | undefined => phases(doc(...lines))[i];

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

  describe('the lead-up and the detection', () => {
    for (const [lead, why] of [
      ['The nightly reporting job starts and takes a lock on the jobs table.', 'a "reporting job" reports nothing'],
      ['The signing key expired; this was only noticed later from the logs.', 'a failure seen only later'],
      ['Marketing sends a push notification about the sale to all users.', 'a push notification is no alert'],
    ] as const)
      it(`${why}: the lead-up, the alert after it the detection`, () =>
        assert.deepStrictEqual(phases(doc(lead, FIRST, FOUND, END)), [
          'other',
          'detection',
          'investigation',
          'resolution',
        ]));
    it('reports forwarded to the engineering channel are the detection', () =>
      assert.deepStrictEqual(
        phases(
          doc(
            'Deploy of billing 4.2.',
            'Support forwards the screenshots from Acme to the engineering channel.',
            FOUND,
            END,
          ),
        ),
        ['other', 'detection', 'investigation', 'resolution'],
      ));
    it('one more report after the detection, with no work on it, is other', () =>
      assert.strictEqual(
        at(2, FIRST, FOUND, 'A partner writes in that our invoices are missing.', KILL, END),
        'other',
      ));
    it('more reports followed by work on them in the same entry are investigation', () =>
      assert.strictEqual(
        at(
          1,
          FIRST,
          'Support says more customers are complaining. Dana splits the failed invoices by region.',
          FOUND,
          KILL,
          END,
        ),
        'investigation',
      ));
    it('a ticket raised with another team is an escalation', () =>
      assert.strictEqual(at(1, FIRST, 'Mei raises a ticket with the platform team.', FOUND, KILL, END), 'escalation'));
  });

  describe('fixes told in other words', () => {
    for (const fix of [
      'Ravi points the invoice reads at the primary database while the replica catches up.',
      'Mei sets the new-renderer flag to 0% for all tenants.',
    ])
      it(`"${fix.slice(0, 40)}…" is a mitigation`, () =>
        assert.strictEqual(at(2, FIRST, FOUND, fix, KILL, END), 'mitigation'));
    it('"all 4 workers are healthy" after the fix is the resolution', () =>
      assert.deepStrictEqual(phases(doc(FIRST, FOUND, KILL, 'All 4 workers are healthy.')), [
        'detection',
        'investigation',
        'mitigation',
        'resolution',
      ]));
    it('remembering a change someone made is no step taken', () =>
      assert.strictEqual(
        at(1, FIRST, 'Ravi remembers he renamed the jobs table yesterday.', KILL, END),
        'investigation',
      ));
  });

  describe('paths that did not help', () => {
    it('workers doubled on an expectation, then "did not move": both misleading', () =>
      assert.deepStrictEqual(
        phases(
          doc(
            FIRST,
            'Tom doubled the invoice workers from 4 to 8, expecting more workers would clear the queue.',
            'The queue age did not move.',
            FOUND,
            KILL,
            END,
          ),
        ),
        ['detection', 'misleading', 'misleading', 'investigation', 'mitigation', 'resolution'],
      ));
    it('a restart whose error rate stays unchanged is misleading', () =>
      assert.deepStrictEqual(
        phases(doc(FIRST, 'Restarted the invoice workers.', 'Error rate unchanged.', FOUND, KILL, END)),
        ['detection', 'misleading', 'misleading', 'investigation', 'mitigation', 'resolution'],
      ));
    it('a guess told with "maybe the" and a queue that stays the same are misleading', () =>
      assert.deepStrictEqual(
        phases(
          doc(
            FIRST,
            'Maybe the PDF renderer is leaking memory, so Tom restarts it.',
            'Queue stays the same.',
            FOUND,
            KILL,
            END,
          ),
        ),
        ['detection', 'misleading', 'misleading', 'investigation', 'mitigation', 'resolution'],
      ));
    for (const clean of [
      'Ravi reads the worker logs for 15 minutes: no exceptions.',
      'A burst of traffic from one IP is not an attack after all, just our load test.',
    ])
      it(`"${clean.slice(0, 40)}…" is a path that showed nothing: misleading`, () =>
        assert.strictEqual(at(1, FIRST, clean, FOUND, KILL, END), 'misleading'));
    it('a suspect that "behaves correctly, nothing was found" is a cleared path: misleading', () =>
      assert.strictEqual(
        at(
          2,
          FIRST,
          'Suspecting the PDF renderer, Tom tests it by hand.',
          'The renderer behaves correctly, nothing was found.',
          FOUND,
          KILL,
          END,
        ),
        'misleading',
      ));
    it('a check that sees the service answer before anything was fixed is investigation, the real fix after it counts', () =>
      assert.deepStrictEqual(
        phases(doc(FIRST, 'curl on the worker host answers 200 OK, so the service is working?', FOUND, KILL, END)),
        ['detection', 'investigation', 'investigation', 'mitigation', 'resolution'],
      ));
  });

  describe('run-on paragraphs', () => {
    const para = (text: string): string =>
      `# Q\n\n## Issue Summary\n\nInvoices stopped going out.\n\n## Timeline\n\n${text}\n${REST}`;
    const read = (text: string) => modelReport(readModel(para(text), ALX)).timeline;
    it('an untimed sentence telling what came of a step belongs to that step', () => {
      const t = read(
        'At 10:00 UTC the queue alert fired. At 10:10 UTC we restarted the worker pool. It made things worse. ' +
          'At 10:30 UTC the DBA killed the lock holder. The table got its lock back and the queue drained.',
      );
      assert.deepStrictEqual(
        t.map((e) => [e.time, e.phase]),
        [
          ['10:00 UTC', 'detection'],
          ['10:10 UTC', 'misleading'],
          ['10:30 UTC', 'resolution'],
        ],
      );
      assert.match(t[1]!.text, /made things worse/);
    });
    it('an untimed sentence in which someone takes a step, or a check shows something, is an entry of its own', () =>
      assert.deepStrictEqual(
        read(
          'At 10:00 UTC the queue alert fired. We looked at the worker logs. ' +
            'The lock table showed one worker holding the jobs table. At 10:30 UTC the DBA killed the lock holder and the queue drained.',
        ).map((e) => e.phase),
        ['detection', 'investigation', 'investigation', 'resolution'],
      ));
  });
});
