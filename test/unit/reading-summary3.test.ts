// Still more of how people write, from a second holdout of postmortems the engine had not seen: a prose timeline whose
// first paragraph tells its time inside the sentence, impact told as what users went through, start and end told
// as clauses in plain verbs, zones named after a country or city, and one "We will …" action per paragraph.
// Paraphrased fixtures, one per pattern.
import * as assert from 'assert';
import { lint, readModel } from '../../src/core/index';

const ALX = { template: 'alx-0x19' } as const;
const ruleIds = (md: string): string[] => lint(md, ALX).findings.map((f) => f.ruleId);

const SUMMARY = `## Issue Summary

Between 10:00 and 10:45 UTC the checkout page failed for every shopper. The root cause was an expired TLS certificate.
`;
const TIMELINE = `## Timeline

- 10:00 UTC - The synthetic check on checkout went red.
- 10:20 UTC - The payments team was paged.
- 10:45 UTC - A renewed certificate was deployed and checkout recovered.
`;
const CAUSE = `## Root cause and resolution

The certificate on the load balancer expired because its renewal job had been disabled; renewing it fixed checkout.
`;
const ACTIONS = `## Corrective and preventative measures

- [ ] Alert thirty days before any certificate expires
- [ ] Re-enable the renewal job and test it monthly
`;

describe('reading: a prose timeline whose first paragraph tells its time inside a sentence', () => {
  it('the opening paragraph is an entry at its time even when later paragraphs open with "At HH:MM"', () => {
    const timeline = `## Timeline

Trouble started at 10:00 UTC, when the nightly job locked the orders table. At 10:06 UTC the error-rate alarm paged the on-call.

At 10:20 UTC we called in the database team. At 10:31 UTC they found the lock.

At 10:45 UTC the job was killed and orders flowed again.
`;
    const model = readModel(`# Q\n\n${SUMMARY}\n${timeline}\n${CAUSE}\n${ACTIONS}`, ALX);
    const first = model.timeline?.entries[0];
    assert.ok(first, 'no entries');
    assert.strictEqual(first.time?.raw.replace(/\s+/g, ' '), '10:00 UTC');
    assert.match(first.text, /nightly job locked/);
  });

  it('an untimed paragraph between timed ones is still narrative, not an entry', () => {
    const timeline = `## Timeline

At 10:06 UTC the error-rate alarm paged the on-call.

Nobody on the team had seen this kind of lock before.

At 10:45 UTC the job was killed and orders flowed again.
`;
    const model = readModel(`# Q\n\n${SUMMARY}\n${timeline}\n${CAUSE}\n${ACTIONS}`, ALX);
    assert.ok(!model.timeline?.entries.some((e) => /seen this kind/.test(e.text)));
  });
});

describe('reading: impact told as what users went through', () => {
  const facts = (summary: string) =>
    readModel(`# Q\n\n## Issue Summary\n\n${summary}\n\n${TIMELINE}\n${CAUSE}\n${ACTIONS}`, ALX).summary;

  it('users logged out, charged twice, or things that never arrived count as an impact', () => {
    for (const s of [
      'From 10:00 to 10:45 UTC shoppers were repeatedly signed out and sent back to the home page.',
      'From 10:00 to 10:45 UTC some customers were charged twice for a single order.',
      'From 10:00 to 10:45 UTC order receipts were not sent and the ones that went out arrived late.',
      'From 10:00 to 10:45 UTC students had to resubmit their homework several times.',
    ])
      assert.ok(facts(`${s} The root cause was an expired certificate.`).impact, s);
  });

  it('a sentence about the team or the fix is not an impact', () => {
    assert.strictEqual(
      facts('From 10:00 to 10:45 UTC the team renewed the certificate. The root cause was an expired certificate.')
        .impact,
      undefined,
    );
  });
});

describe('reading: start and end told as clauses in plain verbs', () => {
  const facts = (summary: string) =>
    readModel(`# Q\n\n## Issue Summary\n\n${summary}\n\n${TIMELINE}\n${CAUSE}\n${ACTIONS}`, ALX).summary;

  it('"it start at … and we fix it at …" gives a start, an end and a duration', () => {
    for (const s of [
      'It start at 8:40am and we fix it at 9:55am UTC.',
      'The outage begin at 8:40am and we solve it at 9:55am UTC.',
      'Uploads broke at 8:40am and came back at 9:55am UTC.',
    ]) {
      const f = facts(`${s} All users could not upload files.`);
      assert.strictEqual(f.durationMinutes, 75, s);
    }
  });
});

describe('reading: zones named after a country or a city', () => {
  it('"Kenyan time", "Ghana time" and "Lagos time" are zones, read through Intl', () => {
    for (const [zone, offset] of [
      ['Kenyan time', 180],
      ['Ghana time', 0],
      ['Lagos time', 60],
      ['India time', 330],
    ] as const) {
      const md = `# Q\n\n## Issue Summary\n\nFrom 10:00 to 10:45 ${zone} every shopper saw checkout errors. The root cause was an expired certificate.\n\n## Timeline\n\n- 10:00 ${zone} - The synthetic check went red.\n- 10:45 ${zone} - Checkout recovered.\n\n${CAUSE}\n${ACTIONS}`;
      const f = readModel(md, ALX).summary;
      assert.strictEqual(f.zone?.raw, zone);
      assert.strictEqual(f.zone?.offsetMinutes, offset, zone);
      const ids = ruleIds(md);
      assert.ok(!ids.includes('PM008') && !ids.includes('PM003'), `${zone}: ${ids.join(' ')}`);
    }
  });

  it('a country with several zones is not read as one', () => {
    const md = `# Q\n\n## Issue Summary\n\nFrom 10:00 to 10:45 American time every shopper saw checkout errors. The root cause was an expired certificate.\n\n${TIMELINE}\n${CAUSE}\n${ACTIONS}`;
    assert.strictEqual(readModel(md, ALX).summary.zone?.raw, undefined);
  });
});

describe('reading: one "We will …" action per paragraph', () => {
  const doc = (measures: string) =>
    `# Q\n\n${SUMMARY}\n${TIMELINE}\n${CAUSE}\n## Corrective and preventative measures\n\n${measures}\n`;

  it('short paragraphs that each commit to one action are a task list', () => {
    const md = doc(
      "We will page the payments team when any certificate has less than a month left.\n\nWe'll turn the renewal job back on and watch its first run.\n\nWe are going to add checkout to the synthetic test suite.",
    );
    assert.ok(!ruleIds(md).includes('PM017'), ruleIds(md).join(' '));
    assert.strictEqual(readModel(md, ALX).tasks.length, 3);
  });

  it('long paragraphs of prose that happen to start with "We will" are not a list', () => {
    const long =
      'We will spend the next quarter looking again at how certificates are issued, who owns each of them, how the renewal jobs are scheduled, which alerts fire before anything expires, and whether the people who get those alerts are the ones who can act on them, since this time the warning went to an inbox nobody read.';
    const md = doc(`${long}\n\n${long.replace('next quarter', 'coming months')}`);
    assert.ok(ruleIds(md).includes('PM017'));
  });
});
