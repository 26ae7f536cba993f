// Timeline entries in run-on paragraphs whose sentences open with their times, and times a step quotes as evidence
// (a file's stamp, logs from a time, a schedule) that are not the step's time. Paraphrased fixtures.
import * as assert from 'assert';
import { lint, modelReport, readModel } from '../../src/core/index';

const ALX = { template: 'alx-0x19' } as const;

/** A complete assignment postmortem around the given timeline lines. */
const doc = (timeline: string, heading = 'Timeline'): string =>
  `# Postmortem: login outage\n\n## Issue Summary\n\nFrom 09:05 to 10:05 UTC 30% of users could not log in because a signing key expired.\n\n## ${heading}\n\n${timeline}\n\n## Root cause and resolution\n\nThe signing key expired unnoticed; rotating it restored logins.\n\n## Corrective and preventative measures\n\n- [ ] Alert two weeks before a key expires\n- [ ] Rotate keys automatically\n`;

/** [line, time] of each entry (line 1-based; '-' for no time). */
const entries = (md: string): Array<[number, string]> =>
  modelReport(readModel(md, ALX)).timeline.map((e) => [e.line, e.time ?? '-']);
const findings = (md: string, rule: string): string[] =>
  lint(md, ALX)
    .findings.filter((f) => f.ruleId === rule)
    .map((f) => `${f.range.startLine}:${f.message}`);

const RUNON_AT =
  'At 09:05 UTC the pager fired for failed logins. At 09:20 UTC the on-call engineer pulled in the identity team. At 09:50 UTC the expired signing key was rotated. Logins recovered fully by 10:05 UTC.';
const RUNON_INNER =
  'The pager fired at 09:05 UTC for failed logins. At 09:20 UTC the on-call engineer pulled in the identity team. At 09:50 UTC the expired signing key was rotated. Logins recovered fully by 10:05 UTC.';

describe('reading: run-on timeline paragraphs whose sentences open with their times', () => {
  it('a paragraph that starts with "At <time>" is one entry per sentence, the "… by <time>" sentence included', () => {
    assert.deepStrictEqual(entries(doc(RUNON_AT)), [
      [9, '09:05 UTC'],
      [9, '09:20 UTC'],
      [9, '09:50 UTC'],
      [9, '10:05 UTC'],
    ]);
  });
  it('reads the same entries and gives the same PM012 findings as when the first time is inside the first sentence', () => {
    assert.deepStrictEqual(entries(doc(RUNON_AT)), entries(doc(RUNON_INNER)));
    const at = findings(doc(RUNON_AT), 'PM012');
    const inner = findings(doc(RUNON_INNER), 'PM012');
    // One finding for the paragraph, not one per sentence ("should start with its time" would be wrong for "At …").
    assert.deepStrictEqual(at, [
      '8:Timeline events run on in one paragraph (4 on this line): write one "time - text" line per event',
    ]);
    assert.deepStrictEqual(at, inner);
    assert.deepStrictEqual(findings(doc(RUNON_AT), 'PM013'), []);
  });
  it('the same paragraph as a single list item is split the same way', () => {
    assert.deepStrictEqual(entries(doc(`- ${RUNON_AT}`)), [
      [9, '09:05 UTC'],
      [9, '09:20 UTC'],
      [9, '09:50 UTC'],
      [9, '10:05 UTC'],
    ]);
  });
  it('sentences opening with "On <date> at <time>" are entries with their dates', () => {
    const md = doc(
      'On 12 March 2025 at 23:40 UTC a batch job began rewriting the session table. On 13 March 2025 at 00:15 UTC the on-call engineer paused the job. On 13 March 2025 at 00:55 UTC the table was restored from a snapshot.',
    );
    const tl = readModel(md, ALX).timeline!.entries;
    assert.deepStrictEqual(
      tl.map((e) => [e.time?.raw.replace(/^.*?(\d\d:\d\d UTC)$/, '$1'), e.date?.day]),
      [
        ['23:40 UTC', 12],
        ['00:15 UTC', 13],
        ['00:55 UTC', 13],
      ],
    );
    assert.deepStrictEqual(findings(md, 'PM013'), []);
  });
  it('an untimed sentence between timed ones is an entry of its own; the paragraph gets one finding', () => {
    const md = doc(
      'At 14:00 UTC the checkout error rate alert fired. We looked at the gateway dashboard. At 14:30 UTC the gateway pool was resized.',
    );
    assert.deepStrictEqual(entries(md), [
      [9, '14:00 UTC'],
      [9, '-'],
      [9, '14:30 UTC'],
    ]);
    assert.deepStrictEqual(findings(md, 'PM012'), [
      '8:Timeline events run on in one paragraph (3 on this line): write one "time - text" line per event',
    ]);
  });
  it('a "time - text" line with a range or a second untimed sentence stays one entry', () => {
    assert.deepStrictEqual(
      entries(doc('14:00 - 14:30 UTC - Checkout was down. Customers saw a blank page.\n15:00 UTC - Postmortem call.')),
      [
        [9, '14:00'],
        [10, '15:00 UTC'],
      ],
    );
    assert.deepStrictEqual(
      entries(doc('- 14:00 UTC - Checkout alert fired. The dashboard showed errors.\n- 14:30 UTC - Pool resized.')),
      [
        [9, '14:00 UTC'],
        [10, '14:30 UTC'],
      ],
    );
  });
});

describe('reading: a time a step quotes as evidence is not the step time', () => {
  const steps = (middle: string): string =>
    doc(
      `1. At 6:50 I saw users reporting empty galleries.\n2. ${middle}\n3. Restored the folder from last night's backup.`,
    );
  it('a file stamp ("had been modified at") leaves the step untimed and PM013 silent', () => {
    const md = steps('Listed the media folder: it held no files and had been modified at 02:00.');
    assert.deepStrictEqual(entries(md), [
      [9, '6:50'],
      [10, '-'],
      [11, '-'],
    ]);
    assert.deepStrictEqual(findings(md, 'PM013'), []);
  });
  it('other evidence phrasings: last written at, timestamp of, logs from, a schedule, the past perfect', () => {
    for (const middle of [
      'The archive on the backup host had been created at 01:30 and was empty.',
      'The index file was last written at 02:10 according to stat.',
      'The error report carried a timestamp of 02:00.',
      'Read the cron logs from 02:00 and saw the delete command.',
      'Found the clean-up job, which runs every night at 02:00.',
      'The certificate on the proxy had expired at 00:00.',
    ])
      assert.deepStrictEqual(entries(steps(middle))[1], [10, '-'], middle);
  });
  it('a time at the end of an action keeps it: "restarted nginx at 07:10", "restored by 07:30", "expired at 07:00"', () => {
    for (const event of ['The certificate on the proxy expired at 07:00.', 'Incident ticket created at 07:00.'])
      assert.deepStrictEqual(entries(steps(event))[1], [10, '07:00'], event);
    assert.deepStrictEqual(
      entries(steps('Engineers restarted nginx at 07:10 on both hosts.')).map((e) => e[1]),
      ['6:50', '07:10', '-'],
    );
    assert.deepStrictEqual(
      entries(steps('The service was fully restored by 07:30.')).map((e) => e[1]),
      ['6:50', '07:30', '-'],
    );
  });
  it('in a run-on paragraph a sentence quoting a file stamp is untimed, and the timeline stays in order', () => {
    const md = doc(
      'At 09:05 UTC the pager fired for failed logins. The key file showed it had been rotated at 03:00 by mistake. At 09:50 UTC the signing key was rotated back.',
    );
    assert.deepStrictEqual(entries(md), [
      [9, '09:05 UTC'],
      [9, '-'],
      [9, '09:50 UTC'],
    ]);
    assert.deepStrictEqual(findings(md, 'PM013'), []);
  });
});
