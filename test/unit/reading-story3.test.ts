// The story of a timeline, read the way a reviewer reads English (third set): timelines written newest first,
// present-tense and bare fixes, hand-offs to a person or team, informal "it did not work", "restart" as a noun,
// noun-only reports and named people noticing. One paraphrased fixture per pattern (own sentences about other
// incidents).
import * as assert from 'assert';
import { runsBackwards } from '../../src/core/story/phases';
import { HOW, pm015, phases, storyDocs } from './helpers/storyDocs';

const REST = `
## Root cause and resolution

A full disk on the queue host stopped new jobs; freeing space and moving the spool fixed it.

## Corrective and preventative measures

- [ ] Alert on disk usage above 80%
- [ ] Move the spool to its own volume
`;

const { timed, doc } = storyDocs('Jobs stopped.', REST);

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

  describe('fixes in the present tense, bare or as a command', () => {
    it('"we delete …" is a fix taken', () =>
      assert.deepStrictEqual(
        phases(
          doc(
            'Nagios alert fired: queue host disk at 100%.',
            'Checked which folders grew overnight.',
            'We delete the spool files older than a week.',
            'Jobs fully back to normal.',
          ),
        ),
        ['detection', 'investigation', 'mitigation', 'resolution'],
      ));
    it('"X installs …", a halted rollout and a thing recreated by hand are fixes', () =>
      assert.deepStrictEqual(
        phases(
          doc(
            'Nagios alert fired: queue host disk at 100%.',
            'Checked which folders grew overnight.',
            'Priya installs logrotate on the queue host.',
            'Canary release halted from the deploy console.',
            'Queue binding recreated by hand.',
            'Jobs fully back to normal.',
          ),
        ),
        ['detection', 'investigation', 'mitigation', 'mitigation', 'mitigation', 'resolution'],
      ));
    it('a state-changing command given as what was done is a fix', () =>
      assert.deepStrictEqual(
        phases(
          doc(
            'Nagios alert fired: queue host disk at 100%.',
            'Checked which tables grew overnight.',
            'ALTER TABLE job_log SET UNLOGGED on the queue database.',
            'Jobs fully back to normal.',
          ),
        ),
        ['detection', 'investigation', 'mitigation', 'resolution'],
      ));
    it('"not even installed" is a state, and a build put on a test device is a probe', () =>
      assert.deepStrictEqual(
        phases(
          doc(
            'Nagios alert fired: queue host disk at 100%.',
            'Checked the host: logrotate is not even installed.',
            'Kim installs the worker on a spare server and watches the spool grow.',
            'Jobs fully back to normal.',
          ),
        ),
        ['detection', 'investigation', 'investigation', 'resolution'],
      ));
  });

  describe('hand-offs to a person or a team', () => {
    it('"I call my team lead" and "ping X from the storage team" are escalation; pinging a host is not', () =>
      assert.deepStrictEqual(
        phases(
          doc(
            'Nagios alert fired: queue host disk at 100%.',
            'Pinged queue-02 from the bastion host: it answers.',
            'I call my team lead and describe the stuck jobs.',
            'I ping Ravi from the storage team.',
            'Jobs fully back to normal.',
          ),
        ),
        ['detection', 'investigation', 'escalation', 'escalation', 'resolution'],
      ));
    it('"the help desk forwards the complaints to the billing team" is escalation', () =>
      assert.deepStrictEqual(
        phases(
          doc(
            'Nagios alert fired: invoice jobs stuck.',
            'The help desk forwards the complaints to the billing team.',
            'Jobs fully back to normal.',
          ),
        ),
        ['detection', 'escalation', 'resolution'],
      ));
  });

  describe('"it did not work" in informal words', () => {
    it('"still same error", "nothing change", "still throwing", "kept climbing" close a path', () =>
      assert.deepStrictEqual(
        phases(
          doc(
            'Nagios alert fired: queue host disk at 100%.',
            'Maybe the spool owner is wrong, i run chown on it but still same error.',
            'I reboot the worker two times, nothing change.',
            'Blamed the new scheduler and reverted it. Still throwing write errors.',
            'Added two workers. Disk usage kept climbing.',
            'Checked the disk: a debug dump fills it.',
            'Deleted the dump and disabled debug dumps.',
            'Jobs fully back to normal.',
          ),
        ),
        [
          'detection',
          'misleading',
          'misleading',
          'misleading',
          'misleading',
          'investigation',
          'mitigation',
          'resolution',
        ],
      ));
    it('"things worked again" after a restart is a mitigation, not a blind attempt', () =>
      assert.deepStrictEqual(
        phases(
          doc(
            'Nagios alert fired: queue host disk at 100%.',
            'Restarted the workers to release their file handles. Jobs worked again for an hour.',
            'Checked the disk again.',
            'Moved the spool to a new volume; jobs fully back to normal.',
          ),
        ),
        ['detection', 'mitigation', 'investigation', 'resolution'],
      ));
  });

  describe('"restart" as a noun', () => {
    it('a restart count is a symptom and "restarts stop" is not a restart', () =>
      assert.deepStrictEqual(
        phases(
          doc(
            'Nagios alert fired: worker pods unhealthy.',
            'Jonas sees the worker restart count climbing.',
            'Memory limit raised to 2 GiB with a redeploy; restarts stop.',
            'Checked the queue with the storage team.',
            'Jobs fully back to normal.',
          ),
        ),
        ['detection', 'investigation', 'mitigation', 'investigation', 'resolution'],
      ));
  });

  describe('detection in other words', () => {
    it('a noun-only first report is the detection, by a customer', () => {
      const md = doc(
        'First customer email: "my invoices are blank".',
        'Checked the invoice worker logs.',
        'Jobs fully back to normal.',
      );
      assert.deepStrictEqual(phases(md), ['detection', 'investigation', 'resolution']);
      assert.ok(!pm015(md).includes(HOW));
    });
    it('a named person noticing says how it was detected (a team member)', () => {
      const md = doc(
        'Tomasz notices the job graph flat since midnight.',
        'Checked the invoice worker logs.',
        'Jobs fully back to normal.',
      );
      assert.ok(!pm015(md).includes(HOW));
    });
    it('"he noticed" says how it was detected', () => {
      const md = doc('At last he noticed the queue was frozen.', 'Checked the logs.', 'Jobs fully back to normal.');
      assert.ok(!pm015(md).includes(HOW));
    });
  });
});
