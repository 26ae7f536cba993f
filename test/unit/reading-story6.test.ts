// The story of a timeline (sixth set, from the fifth holdout's round): closing words ("I close the incident", "called
// it a night"), the report written afterwards, recovery told as numbers falling or as a quiet half hour, a notice
// sent to me, theories told as decisions or blame, "Not it.", hand-offs to a channel or a ticket, and words that only
// look like fixes (quoted log lines, "stopped guessing"). One paraphrased fixture per pattern (own sentences about
// other incidents).
import * as assert from 'assert';
import { phases, storyDocs } from './helpers/storyDocs';

const REST = `
## Root cause and resolution

An expired token stopped the sync job; a new token fixed it.

## Corrective and preventative measures

- [ ] Alert ten days before a token expires
- [ ] Keep tokens in the vault
`;

const { doc } = storyDocs('Sync stopped.', REST);
const FIRST = 'A librarian reports that the catalogue search is empty.';
const FOUND = 'Ola finds the sync token expired in the job log.';
const FIX = 'New token installed, the catalogue works again.';

describe('reading: the story of a timeline, sixth set', () => {
  describe('closing words end the story', () => {
    for (const end of [
      'Twenty quiet minutes. I close the incident and make tea.',
      'After checking a dozen searches we called it a night.',
      'Search stayed under 200 ms for thirty minutes; all good.',
      'Thirty minutes at baseline error rate, nothing new in the log.',
      'Twenty searches in a loop all gave 200.',
    ])
      it(`"${end}"`, () => assert.strictEqual(phases(doc(FIRST, FOUND, FIX, end)).at(-1), 'resolution'));
    it('writing the report afterwards is not part of the incident', () =>
      assert.deepStrictEqual(
        phases(
          doc(FIRST, FOUND, FIX, 'I close the incident.', 'Next morning Ola and I wrote this report together.'),
        ).slice(-2),
        ['resolution', 'other'],
      ));
  });

  describe('recovery told as numbers falling, or as coming back', () => {
    for (const step of [
      'Also cleared the temp folder. Disk use down to 41%.',
      'Error rate falls from 100% to 8% after the token swap.',
      'Most requests now go through the cache, CPU fell to around 30%.',
      'We put the right token in place and the results came back right away.',
    ])
      it(`"${step}" is mitigation`, () =>
        assert.strictEqual(phases(doc(FIRST, FOUND, step, 'I close the incident.'))[2], 'mitigation'));
  });

  describe('a notice sent to me is the detection', () => {
    for (const first of [
      'Forum mod Kemi pings me "search is dead".',
      'A reader writes in our WhatsApp group that the catalogue page is loading forever.',
    ])
      it(`"${first}"`, () => assert.strictEqual(phases(doc(first, FOUND, FIX))[0], 'detection'));
  });

  describe('theories told as decisions, blame or certainty', () => {
    for (const theory of [
      "Figured last night's package upgrade broke the indexer, so I rebuilt it.",
      'I decide it is the proxy, because it is always the proxy, and read its logs for twenty minutes.',
      'It was presumed that the search vendor was at fault, since they had announced maintenance.',
      'Blamed the disk quota. Checked the quota and the bucket policy.',
      'I talked myself into a neat story about a traffic surge and read the load graphs.',
      'The app log looks clean, so we decide the problem must be the database.',
    ])
      it(`"${theory.slice(0, 48)}…"`, () =>
        assert.strictEqual(phases(doc(FIRST, theory, FOUND, FIX))[1], 'misleading'));
    it('"Checked the quota. Not it." closes a path', () =>
      assert.strictEqual(
        phases(
          doc(FIRST, 'Suspected the disk quota.', 'Checked the quota and the bucket policy. Not it.', FOUND, FIX),
        )[2],
        'misleading',
      ));
    it('"kicked the service. dead again in 2 sec" is a fix that did not help', () =>
      assert.strictEqual(
        phases(doc(FIRST, 'kicked the sync service. dead again in 2 sec', FOUND, FIX))[1],
        'misleading',
      ));
  });

  describe('hand-offs to a channel, a ticket or a named owner', () => {
    for (const handOff of [
      'Support pings #ops about it.',
      'Ola opens a priority ticket with the search vendor.',
      'The token change is handed to Bola from the platform team.',
    ])
      it(`"${handOff}"`, () => assert.strictEqual(phases(doc(FIRST, handOff, FOUND, FIX))[1], 'escalation'));
  });

  describe('words that only look like fixes', () => {
    it('a quoted log line ("Killed process") is what was seen', () =>
      assert.strictEqual(
        phases(doc(FIRST, 'I run dmesg and see "Out of memory: Killed process 412 (indexer)".', FOUND, FIX))[1],
        'investigation',
      ));
    it('"I finally stopped guessing and opened the log" investigates', () =>
      assert.strictEqual(
        phases(doc(FIRST, 'I finally stopped guessing and opened the indexer log.', FOUND, FIX))[1],
        'investigation',
      ));
    it('"I roll app-1 back to 3.13" is a fix', () =>
      assert.strictEqual(
        phases(doc(FIRST, FOUND, 'I roll app-1 back to 3.13.', 'I close the incident.'))[2],
        'mitigation',
      ));
  });
});
