// The story of a timeline, read the way a reviewer reads English (fourth set): asking, paging or messaging a person
// by name, a symptom called in or a first tweet named as a noun, "back with" / "work again", a flag switched or a
// job cancelled, a belief that later proves wrong, a fix that breaks something else, and a notice written after the
// incident was already handled. One paraphrased fixture per pattern (own sentences about other incidents).
import * as assert from 'assert';
import { phases, storyDocs } from './helpers/storyDocs';

const REST = `
## Root cause and resolution

A stale mirror served old packages; pointing the builders at the main registry fixed it.

## Corrective and preventative measures

- [ ] Alert on mirror lag
- [ ] Remove the mirror from the build image
`;

const { timed, doc } = storyDocs('Builds failed.', REST);

describe('reading: the story of a timeline, fourth set', () => {
  describe('asking, paging or messaging a person is a hand-off', () => {
    it('"<Name> pages <Name>, our DBA"', () =>
      assert.strictEqual(
        phases(
          doc('Grafana alert fired for build queue depth.', 'Oluwaseun pages Mariam, our DBA.', 'Builds pass again.'),
        )[1],
        'escalation',
      ));
    it('"<Name> asks <Name>, our database administrator, for help"', () =>
      assert.strictEqual(
        phases(
          doc(
            'Grafana alert fired for build queue depth.',
            'Pedro asks Ines, our database administrator, for help.',
            'Builds pass again.',
          ),
        )[1],
        'escalation',
      ));
    it('"I message my friend <Name>, who …"', () =>
      assert.strictEqual(
        phases(
          doc(
            'Grafana alert fired for build queue depth.',
            'I message my friend Kofi, who wrote the build scripts.',
            'Builds pass again.',
          ),
        )[1],
        'escalation',
      ));
  });

  describe('a symptom told in everyday words is the detection', () => {
    it('"First customer tweet: …"', () =>
      assert.strictEqual(
        phases(
          doc(
            'Mirror sync job switched to hourly.',
            'First customer tweet: "the installer hangs forever".',
            'Builds pass again.',
          ),
        )[1],
        'detection',
      ));
    it('someone calls the help line with a symptom', () =>
      assert.strictEqual(
        phases(
          doc(
            'Nightly sync starts.',
            'Two cashiers call the help desk: the till screen is frozen.',
            'Tills work again.',
          ),
        )[1],
        'detection',
      ));
  });

  describe('restoration in plain words', () => {
    it('"… back with …"', () =>
      assert.deepStrictEqual(
        phases(
          doc(
            'Grafana alert fired for build queue depth.',
            'Escalated to the platform team.',
            'Shop back with fresh prices.',
          ),
        ),
        ['detection', 'escalation', 'resolution'],
      ));
    it('"… work again" with a plural subject', () =>
      assert.strictEqual(
        phases(
          doc(
            'Grafana alert fired for build queue depth.',
            'Escalated to the platform team.',
            'Cache expires, builds and tests work again.',
          ),
        )[2],
        'resolution',
      ));
  });

  describe('a fix said as a state', () => {
    it('"Flag switched to false" and "job cancelled" are mitigation', () =>
      assert.deepStrictEqual(
        phases(
          doc(
            'Grafana alert fired for build queue depth.',
            'Escalated to the platform team.',
            'Mirror flag switched to `false` in the settings page.',
            'Stuck sync job cancelled, queue drains within minutes.',
            'Incident closed.',
          ),
        ).slice(2, 4),
        ['mitigation', 'mitigation'],
      ));
    it('"blocked by" is what was seen, not a fix', () =>
      assert.strictEqual(
        phases(
          doc(
            'Grafana alert fired for build queue depth.',
            'Yaw retries the build and sees the download blocked by the proxy.',
            'Escalated to the platform team.',
          ),
        )[1],
        'investigation',
      ));
  });

  describe('a belief that proves wrong, a fix that breaks something else', () => {
    it('"We think …" is a misleading path', () =>
      assert.strictEqual(
        phases(
          doc(
            'Grafana alert fired for build queue depth.',
            'We think the registry rotated its TLS key and spend an hour reading its changelog.',
            'Escalated to the platform team.',
          ),
        )[1],
        'misleading',
      ));
    it('"I think the disk is fine" after a check is not a hypothesis', () =>
      assert.strictEqual(
        phases(
          doc(
            'Grafana alert fired for build queue depth.',
            'I check the runners with df -h, so I think the disk is fine.',
            'Escalated to the platform team.',
          ),
        )[1],
        'investigation',
      ));
    it('a block that makes other services start failing too, then removed', () =>
      assert.strictEqual(
        phases(
          doc(
            'Grafana alert fired for build queue depth.',
            'Firewall rule blocks the mirror, but the deploy bots start failing too. Rule removed.',
            'Escalated to the platform team.',
          ),
        )[1],
        'misleading',
      ));
    it('a block after which other services fail too', () =>
      assert.strictEqual(
        phases(
          doc(
            'Grafana alert fired for build queue depth.',
            'Proxy rule denies the old mirror, so the nightly backups fail too. Rule dropped.',
            'Escalated to the platform team.',
          ),
        )[1],
        'misleading',
      ));
    it('a user who cancels a download is not a fix', () =>
      assert.strictEqual(
        phases(
          doc(
            'Grafana alert fired for build queue depth.',
            'Found that the client leaves the socket open when the user cancels the upload.',
            'Escalated to the platform team.',
          ),
        )[1],
        'investigation',
      ));
  });

  describe('a notice written after the incident was handled', () => {
    it('does not turn the whole story into the lead-up', () =>
      assert.deepStrictEqual(
        phases(
          timed(
            ['08:00', 'Weekly export job starts.'],
            ['08:15', 'We roll back the image resizer. Nothing changes.'],
            ['08:30', 'The stuck export is killed, pages load again.'],
            ['08:50', 'Service fully restored, incident closed.'],
            ['08:05', '(added later) the first uptime monitor alert fired here.'],
          ),
        ),
        ['other', 'misleading', 'mitigation', 'resolution', 'other'],
      ));
  });
});
