// The story of a timeline, read from its shape as well as its words (fifth set): a timeline ends in its resolution
// even when the author words the ending in a way no cue knows. One paraphrased fixture per pattern (own sentences
// about other incidents).
import * as assert from 'assert';
import { phases, storyDocs } from './helpers/storyDocs';

const REST = `
## Root cause and resolution

A full log volume stopped the print queue; rotating the logs fixed it.

## Corrective and preventative measures

- [ ] Rotate logs daily
- [ ] Alert at 80 % disk
`;

const { doc } = storyDocs('Printing stopped.', REST);

describe('reading: the story of a timeline, fifth set', () => {
  describe('a symptom in everyday words is the detection', () => {
    for (const symptom of [
      'the first pupil opens the page and it keeps loading',
      'the label printer hangs on every job',
      'the kiosk shows a blank screen',
    ])
      it(`"${symptom}"`, () =>
        assert.strictEqual(
          phases(doc(symptom, 'Ama checks the print server logs.', 'Old logs deleted, printing works again.'))[0],
          'detection',
        ));
  });

  describe('a fix the next entry reports as not having helped is a misleading path', () => {
    it('"Spooler service reinstalled." then "Done, but printing still fails."', () =>
      assert.deepStrictEqual(
        phases(
          doc(
            'A teacher reports that nothing prints.',
            'Spooler service reinstalled.',
            'Done, but printing still fails.',
            'Ama checks the print server and sees the disk is full.',
            'Old logs deleted, printing works again.',
          ),
        ).slice(1, 3),
        ['misleading', 'misleading'],
      ));
    it('a fix followed by a real finding stays mitigation', () =>
      assert.strictEqual(
        phases(
          doc(
            'A teacher reports that nothing prints.',
            'Spooler service reinstalled.',
            'Ama checks the print server and sees the disk is full.',
            'Old logs deleted, printing works again.',
          ),
        )[1],
        'mitigation',
      ));
  });

  describe('a corrective verb in any tense, with or without "re-", is a fix', () => {
    for (const fix of [
      'Spooler service reinstalled.',
      'I bounced the print container.',
      'Kofi nukes the spool folder.',
      'The driver package gets re-pinned to 2.3.',
    ])
      it(`"${fix}"`, () =>
        assert.strictEqual(
          phases(
            doc(
              'A teacher reports that nothing prints.',
              'Ama checks the print server and sees the disk is full.',
              fix,
              'Tickets print again.',
            ),
          )[2],
          'mitigation',
        ));
    it('the same words describing what a check found stay investigation', () =>
      assert.strictEqual(
        phases(
          doc(
            'A teacher reports that nothing prints.',
            'Ama checks the spooler: memory use reinstalled at the limit, queue purged of nothing.',
            'Old logs deleted, printing works again.',
          ),
        )[1],
        'investigation',
      ));
  });

  describe('telling a person in everyday words is a hand-off', () => {
    for (const handOff of [
      'I buzzed the network guy.',
      'Kofi tags the platform folks in #ops.',
      'We woke up our senior dev.',
      'I emailed the hosting company.',
      'Told my mentor what was happening.',
    ])
      it(`"${handOff}"`, () =>
        assert.strictEqual(
          phases(doc('A teacher reports that nothing prints.', handOff, 'Old logs deleted, printing works again.'))[1],
          'escalation',
        ));
  });

  describe('the last step of the story is its resolution', () => {
    it('an ending in unfamiliar words ("last class of the day, tickets print straight away")', () =>
      assert.deepStrictEqual(
        phases(
          doc(
            'A teacher reports that nothing prints.',
            'Ama checks the print server and sees the disk is full.',
            'Old logs deleted.',
            'Last class of the day, tickets print straight away.',
          ),
        ),
        ['detection', 'investigation', 'mitigation', 'resolution'],
      ));
    it('a last step that is still broken is not a resolution', () =>
      assert.notStrictEqual(
        phases(
          doc(
            'A teacher reports that nothing prints.',
            'Ama checks the print server and sees the disk is full.',
            'Old logs deleted.',
            'Printing still fails for the second floor.',
          ),
        ).at(-1),
        'resolution',
      ));
    it('a last step that hands the problem on is not a resolution', () =>
      assert.strictEqual(
        phases(
          doc(
            'A teacher reports that nothing prints.',
            'Ama checks the print server and sees the disk is full.',
            'Ama escalates to the network team.',
          ),
        ).at(-1),
        'escalation',
      ));
    it('an ending in unfamiliar words after a fix, in a story with no detection entry', () =>
      assert.strictEqual(
        phases(doc('Ama deletes the old logs.', 'Next morning, tickets print straight away.')).at(-1),
        'resolution',
      ));
    it('a last step that still investigates is not a resolution', () =>
      assert.strictEqual(
        phases(doc('A teacher reports that nothing prints.', 'Ama reads the print server logs.')).at(-1),
        'investigation',
      ));
  });
});
