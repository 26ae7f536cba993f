// The story of a timeline, read from its shape as well as its words (fifth set): a timeline ends in its resolution
// even when the author words the ending in a way no cue knows. One paraphrased fixture per pattern (own sentences
// about other incidents).
import * as assert from 'assert';
import { phases, pm015, storyDocs, HOW } from './helpers/storyDocs';

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

  describe('detection and its lead-up in everyday words', () => {
    it('"the pager goes off" and an alert that "says" what is wrong are the detection', () => {
      assert.strictEqual(
        phases(
          doc('The pager goes off at home.', 'Ama reads the spooler log.', 'Old logs deleted, printing works again.'),
        )[0],
        'detection',
      );
      assert.strictEqual(
        phases(
          doc(
            'The uptime probe raises "certificate has expired" in Opsgenie.',
            'Ama reads the spooler log.',
            'Cert renewed, printing works again.',
          ),
        )[0],
        'detection',
      );
    });
    it('"the support inbox starts filling with …" is the detection', () =>
      assert.strictEqual(
        phases(
          doc(
            'The help inbox starts filling up with "my ticket never printed" mails.',
            'Ama reads the spooler log.',
            'Old logs deleted, printing works again.',
          ),
        )[0],
        'detection',
      ));
    it('"failing quietly" and "nobody got paged" are the lead-up', () => {
      assert.deepStrictEqual(
        phases(
          doc(
            'The nightly cleanup has been failing quietly since Friday.',
            'First failed job in the scheduler; it only logs a warning, so nobody got paged.',
            'A teacher reports that nothing prints.',
            'Old logs deleted, printing works again.',
          ),
        ).slice(0, 3),
        ['other', 'other', 'detection'],
      );
    });
    it('someone who calls or messages us about it tells how it was detected', () => {
      for (const first of [
        'My aunt calls me: the shop page is blank.',
        'A message on our class chat group: the portal is down.',
      ])
        assert.ok(
          !pm015(doc(first, 'Ama reads the spooler log.', 'Old logs deleted, printing works again.')).includes(HOW),
          first,
        );
    });
  });

  describe('a wrong theory and its end in everyday words', () => {
    for (const theory of [
      'I was so sure it was the driver update that I reinstalled nothing and just stared at the driver list.',
      'Figured it was the network again and read the switch logs.',
      'Next I read the queue, thinking a job might be stuck in it.',
    ])
      it(`"${theory.slice(0, 40)}…" is a misleading path`, () =>
        assert.strictEqual(
          phases(
            doc(
              'A teacher reports that nothing prints.',
              theory,
              'Ama finds the disk is full.',
              'Old logs deleted, printing works again.',
            ),
          )[1],
          'misleading',
        ));
    it('"while I think" is not a theory', () =>
      assert.strictEqual(
        phases(
          doc(
            'A teacher reports that nothing prints.',
            'Ama finds the disk is full.',
            'Moved the spool to the spare disk so jobs flow while I think.',
            'Old logs deleted, printing works again.',
          ),
        )[2],
        'mitigation',
      ));
    it('"my first guess was cookies" is a theory, not a side event', () =>
      assert.strictEqual(
        phases(
          doc(
            'A teacher reports that nothing prints.',
            'My first guess was cookies in the print portal.',
            'Ama finds the disk is full.',
            'Old logs deleted, printing works again.',
          ),
        )[1],
        'misleading',
      ));
    it('the vendor answering that all is normal on their side closes the path ("so is not this")', () =>
      assert.strictEqual(
        phases(
          doc(
            'A teacher reports that nothing prints.',
            'I think it is the printer firmware, so I ask the vendor.',
            'Vendor answer that the firmware is normal, no incident on their side. So is not this.',
            'Ama finds the disk is full.',
            'Old logs deleted, printing works again.',
          ),
        )[2],
        'misleading',
      ));
    it('a fix run by hand that "fails" in the next sentence is a misleading path', () =>
      assert.strictEqual(
        phases(
          doc(
            'A teacher reports that nothing prints.',
            'The spooler repair is run by hand. It fails: access denied.',
            'Ama finds the disk is full.',
            'Old logs deleted, printing works again.',
          ),
        )[1],
        'misleading',
      ));
    it('a restart after which the jobs "die again" is a misleading path', () =>
      assert.strictEqual(
        phases(
          doc(
            'A teacher reports that nothing prints.',
            'I bounce the spooler. Jobs print for ten minutes, then die again.',
            'Ama finds the disk is full.',
            'Old logs deleted, printing works again.',
          ),
        )[1],
        'misleading',
      ));
  });

  describe('hand-offs by name or pronoun', () => {
    for (const handOff of [
      'Woke Dimitri, who set up the print server.',
      'Messaged Priya because the spooler is her code.',
      'I bring in Wanjiru, the network lead.',
      'Raised it with Sipho on the desktop team.',
      'The key is on her account, so I call her.',
      'I open a ticket with the print vendor.',
    ])
      it(`"${handOff}"`, () =>
        assert.strictEqual(
          phases(doc('A teacher reports that nothing prints.', handOff, 'Old logs deleted, printing works again.'))[1],
          'escalation',
        ));
    it('"on-call Tomás finds …" is not a call', () =>
      assert.strictEqual(
        phases(
          doc(
            'A teacher reports that nothing prints.',
            'On-call Tomás finds a full disk in the spooler logs.',
            'Old logs deleted, printing works again.',
          ),
        )[1],
        'investigation',
      ));
  });

  describe('what a step found is not a step taken', () => {
    it('a change dated before the incident ("a rule added on 2 May") is history', () =>
      assert.strictEqual(
        phases(
          doc(
            'A teacher reports that nothing prints.',
            'Networking traces the drops to a firewall rule added on 2 May that blocks port 631.',
            'Rule removed, printing works again.',
          ),
        )[1],
        'investigation',
      ));
    it('"something was actively deleting them" and "the workers were restarting" describe, they do not fix', () =>
      assert.strictEqual(
        phases(
          doc(
            'A teacher reports that nothing prints.',
            'I noticed the spool files vanish; something was actively deleting them.',
            'Cron job removed, printing works again.',
          ),
        )[1],
        'investigation',
      ));
  });

  describe('recovery in everyday words', () => {
    for (const [step, why] of [
      ['Half of the printers are green again.', 'green again, half'],
      ['Requested a queue flush from the vendor portal. Helped within minutes.', 'helped'],
      ['Queue down from 1,200 to 300 jobs, but the big batch is still waiting.', 'down from … to'],
      ['Pages load again but still slow.', 'load again but still slow'],
      ['The held batch gets replayed by hand from the archive.', 'replayed'],
      ['A full purge of the queue was carried out by the vendor.', 'carried out'],
    ] as const)
      it(`${why} is mitigation, not the end`, () =>
        assert.strictEqual(
          phases(
            doc(
              'A teacher reports that nothing prints.',
              'Ama finds the disk is full.',
              step,
              'Zero failed jobs for over half an hour. Closed.',
            ),
          )[2],
          'mitigation',
        ));
    for (const end of [
      'Zero failed jobs for over half an hour, disk at 40%.',
      'After 20 minutes of clean prints the incident is closed.',
      'The incident was declared over.',
      'All is normal, tickets print in a second.',
    ])
      it(`"${end}" is the resolution`, () =>
        assert.strictEqual(
          phases(
            doc(
              'A teacher reports that nothing prints.',
              'Ama finds the disk is full.',
              'Old logs deleted, printing works again.',
              end,
              'Wrote the logrotate config.',
            ),
          )[3],
          'resolution',
        ));
    it('"everything is green there" about a vendor\'s status page is a check, not a recovery', () =>
      assert.strictEqual(
        phases(
          doc(
            'A teacher reports that nothing prints.',
            'I think the cloud print service is down and check its status page. Everything is green there.',
            'Ama finds the disk is full.',
            'Old logs deleted, printing works again.',
          ),
        )[1],
        'misleading',
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
