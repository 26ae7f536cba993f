// The story of a timeline (ninth set, from the eighth holdout's round): a notice told as an alert received, sent or
// reached, or as an error code someone got; a lead-up that says nobody noticed ("did not notice", "quietly
// expired"); a restart undone by the same thing "stuck again"; hand-offs "pulled into the call" and hand-off words that
// are denied ("nothing had arrived"); a state that only looks like a step ("blocked on the disk"); a suspect tested
// with "had" and cleared; a fix "moved to" a new home or a rule set "to log only"; more reports forwarded after the
// detection; a step that worked for a while before the problem came back. One paraphrased fixture per pattern (own sentences about other incidents).
import * as assert from 'assert';
import { phases, storyDocs } from './helpers/storyDocs';

const REST = `
## Root cause and resolution

The invoice worker held a lock on the jobs table; killing it and adding a lock timeout fixed the queue.

## Corrective and preventative measures

- [ ] Add a lock timeout to the worker
- [ ] Alert on queue age
`;

const { doc } = storyDocs('Invoices stopped going out.', REST);
const FIRST = 'Grafana alert: invoice queue age above 20 minutes.';
const FOUND = 'Ravi finds the invoice worker holding a lock on the jobs table.';
const END = 'Queue drained, invoices going out again.';
const KILL = 'Killed the worker holding the lock on the jobs table.';
const at = (i: number, ...lines: string[]): string | undefined => phases(doc(...lines))[i];

describe('reading: the story of a timeline, ninth set', () => {
  describe('the detection', () => {
    for (const notice of [
      'An Icinga alert was received: the invoice queue had reached 5,000 jobs.',
      'Uptime Kuma sent "QueueStale" alerts to the #billing channel.',
    ])
      it(`an alert received or sent ("${notice.slice(0, 40)}…") is the detection`, () =>
        assert.strictEqual(at(0, notice, FOUND, END), 'detection'));
    it('an error code someone gets ("tried to pay and got ORA-01017") is the detection', () =>
      assert.deepStrictEqual(
        phases(doc('Mei tried to pay an invoice from her phone and got ORA-01017: invalid username.', FOUND, END)),
        ['detection', 'investigation', 'resolution'],
      ));
    it('a number someone got ("got 250 orders through") is no error code', () =>
      assert.notStrictEqual(
        at(1, 'Deploy of the billing service.', 'Got 250 orders through before lunch.', FOUND, END),
        'detection',
      ));
    for (const quiet of [
      'The workers did not notice the expired signing certificate, and neither did the on-call.',
      'The signing key quietly expired; its expiry alert had been muted since spring.',
    ])
      it(`"${quiet.slice(0, 40)}…" is the lead-up, the first notice after it the detection`, () =>
        assert.deepStrictEqual(phases(doc(quiet, FIRST, FOUND, END)), [
          'other',
          'detection',
          'investigation',
          'resolution',
        ]));
  });

  describe('paths that did not help', () => {
    it('a restart followed in the same entry by "stuck again" is misleading', () =>
      assert.strictEqual(
        at(1, FIRST, 'The worker was restarted. The new processes were stuck again within a minute.', KILL, END),
        'misleading',
      ));
    it('a suspect tested with "had" and cleared ("checked if the promo mail had brought a spike … volume was normal")', () =>
      assert.strictEqual(
        at(
          1,
          FIRST,
          "Checked if Monday's promo mail had brought a burst of orders. Order volume was normal.",
          FOUND,
          END,
        ),
        'misleading',
      ));
    it('routine triage ("checked if the worker was running. It was fine.") stays investigation', () =>
      assert.strictEqual(at(1, FIRST, 'Checked if the worker was running. It was fine.', FOUND, END), 'investigation'));
  });

  describe('temporary relief', () => {
    for (const step of [
      'Restarted the worker; it worked for about 20 minutes, then the queue stalled again.',
      'We bounce the worker and it is fast again for maybe 15 minutes, we think it is done.',
    ])
      it(`a step that worked for a while ("${step.slice(0, 40)}…") is mitigation`, () =>
        assert.strictEqual(at(1, FIRST, step, FOUND, END), 'mitigation'));
    it('relief that lasted a moment ("dropped for a minute and then climbed right back") is misleading', () =>
      assert.strictEqual(
        at(1, FIRST, 'Restarted the worker. Queue age dropped for a minute and then climbed right back.', FOUND, END),
        'misleading',
      ));
  });

  it('"invoices going out again" is the restoration, a hardening step after it the aftermath', () =>
    assert.deepStrictEqual(
      phases(doc(FIRST, FOUND, 'Invoices going out again.', 'Ravi adds a lock timeout to the worker config.')),
      ['detection', 'investigation', 'resolution', 'other'],
    ));

  describe('hand-offs', () => {
    it('"was pulled into the call" is an escalation', () =>
      assert.strictEqual(
        at(1, FIRST, 'Tomas, who wrote the worker, was pulled into the call.', FOUND, END),
        'escalation',
      ));
    it('a denied hand-off word ("nothing had arrived since the morning") is not one', () =>
      assert.strictEqual(
        at(
          1,
          FIRST,
          'The finance team checked the outbox and saw that nothing had arrived since the morning.',
          FOUND,
          END,
        ),
        'investigation',
      ));
  });

  describe('steps and states', () => {
    it('"all blocked on the disk" is what was seen, not a step taken', () =>
      assert.strictEqual(
        at(1, FIRST, 'top showed the workers in state D, all blocked on the shared disk. Even ls froze.', FOUND, END),
        'investigation',
      ));
    it('"blocked the bot\'s IP range" is still a step', () =>
      assert.strictEqual(at(2, FIRST, FOUND, "Blocked the bot's IP range at the firewall.", END), 'mitigation'));
    it('a fix that moves something ("the queue was moved to its own Redis") is mitigation', () =>
      assert.strictEqual(
        at(2, FIRST, FOUND, 'The job queue was moved to its own small Redis, with a TTL on every key.', END),
        'mitigation',
      ));
    it('a rule set "to log only" is a fix, not a probe', () =>
      assert.strictEqual(
        at(2, FIRST, FOUND, 'They added an exception for the worker and changed the rule to log only.', END),
        'mitigation',
      ));
    it('"raised the log level to debug" stays a probe', () =>
      assert.strictEqual(
        at(1, FIRST, 'Raised the log level to debug to see the worker steps.', FOUND, END),
        'investigation',
      ));
  });

  it('more reports forwarded after the detection are other', () =>
    assert.strictEqual(
      at(1, FIRST, 'Support started forwarding complaints about missing invoices.', FOUND, END),
      'other',
    ));
});
