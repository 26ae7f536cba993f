// The story of a timeline (eighth set, from the seventh holdout's round): relief that does not last, a suspect
// cleared by a check, a conclusion drawn from last time, a notice by phone or by seeing the error, things that happen
// by themselves (restarting every 40 seconds, being killed), a row of suspects ("nothing there either") and recovery
// told as working, delivered or cleared. One paraphrased fixture per pattern (own sentences about other incidents).
import * as assert from 'assert';
import { phases, storyDocs } from './helpers/storyDocs';

const REST = `
## Root cause and resolution

A dropped index made every catalogue query scan the whole table; recreating it fixed the pages.

## Corrective and preventative measures

- [ ] Review index changes in migrations
- [ ] Alert on slow queries
`;

const { doc } = storyDocs('Catalogue pages timed out.', REST);
const FIRST = 'Datadog alert: catalogue p95 above 4 s.';
const FOUND = 'Lina finds the sku index missing in the query plan.';
const END = 'Index recreated, catalogue pages load again.';
const at = (i: number, ...lines: string[]): string | undefined => phases(doc(...lines))[i];

describe('reading: the story of a timeline, eighth set', () => {
  describe('paths that did not help', () => {
    for (const step of [
      'Restarted the app workers. Latency dropped for about two minutes and then climbed right back.',
      'Cleared my browser cache and tried on my laptop, still 504.',
      'Ade saw "cannot write" errors and concluded the disk was full, because this happened to us in March.',
      'Scaled the web tier from 3 to 9 nodes hoping the load would spread. More nodes, same timeouts.',
      'Checked if someone ran the cleanup script by mistake, but the shell history had nothing for today.',
      'Someone worried the images had been purged by the retention job. The bucket listing showed all 9,000 files still there.',
    ])
      it(`"${step.slice(0, 50)}…"`, () => assert.strictEqual(at(1, FIRST, step, FOUND, END), 'misleading'));
    it('a suspect cleared by a check ("df showed only 58% used. Disk was not the issue.") is misleading', () =>
      assert.strictEqual(
        at(2, FIRST, 'Suspected a full disk.', 'df showed only 58% used. Disk was not the issue.', FOUND, END),
        'misleading',
      ));
    it('"nothing there either" clears one more suspect', () =>
      assert.strictEqual(
        at(
          2,
          FIRST,
          'Checked the CDN logs, nothing unusual.',
          'Checked the cache hit rate, nothing there either.',
          FOUND,
          END,
        ),
        'misleading',
      ));
    it('a check that shows an error ("showed an ENOENT error") is a finding, even after a dead end', () =>
      assert.strictEqual(
        at(
          1,
          FIRST,
          'The first trace gave nothing useful; a second trace showed an ENOENT error on the template file.',
          FOUND,
          END,
        ),
        'investigation',
      ));
  });

  describe('the detection', () => {
    it('a customer phoning the shop is the detection; the expiry before it is the lead-up', () =>
      assert.deepStrictEqual(
        phases(
          doc(
            'Domain expire at the registrar, the shop start failing for visitors.',
            'A customer called the shop phone to say the website is not opening.',
            FOUND,
            END,
          ),
        ).slice(0, 2),
        ['other', 'detection'],
      ));
    it('opening the page and getting the error is the detection; the change before it is the lead-up', () =>
      assert.deepStrictEqual(
        phases(
          doc(
            'Search plugin upgraded to 5.0 from the admin panel.',
            'I opened the catalogue to verify the upgrade and got a fatal error message.',
            FOUND,
            END,
          ),
        ).slice(0, 2),
        ['other', 'detection'],
      ));
  });

  describe('what happens by itself is seen, not done', () => {
    it('"saw pods restarting every 40 seconds"', () =>
      assert.strictEqual(
        at(1, FIRST, 'On-call Sade saw the pods restarting every 40 seconds.', FOUND, END),
        'investigation',
      ));
    it('"linked the failures to … the JVM was being killed"', () =>
      assert.strictEqual(
        at(
          1,
          FIRST,
          'Kofi linked the failures to the probe change: the JVM was being killed before it started.',
          FOUND,
          END,
        ),
        'investigation',
      ));
    it('a vendor\'s "status page updated to …" is not a fix', () =>
      assert.notStrictEqual(
        at(1, FIRST, 'Search vendor status page updated to "Degraded performance - investigating".', FOUND, END),
        'mitigation',
      ));
    it('"All was OK" after a check is not a recovery', () =>
      assert.strictEqual(
        at(1, FIRST, 'I think maybe the firewall is wrong so I check the ufw rules. All was OK.', FOUND, END),
        'misleading',
      ));
  });

  describe('recovery', () => {
    it('a fix that helps some users while others are still stuck is mitigation', () =>
      assert.strictEqual(
        at(
          2,
          FIRST,
          FOUND,
          'Index added and app pods restarted. Pages loading for some users, others still stuck.',
          'Quiet for thirty minutes, incident closed.',
        ),
        'mitigation',
      ));
    it('"another invalidation was run to clear the cached errors" is a fix', () =>
      assert.strictEqual(
        at(
          2,
          FIRST,
          FOUND,
          'Another CDN invalidation was run to clear the cached 504 responses.',
          'Quiet for thirty minutes, incident closed.',
        ),
        'mitigation',
      ));
    it('"switched the emails to the backup provider … delivered within seconds" is a fix', () =>
      assert.strictEqual(
        at(
          2,
          FIRST,
          FOUND,
          'A feature flag switched order emails to the backup provider. New mails delivered within seconds.',
          'Quiet for thirty minutes, incident closed.',
        ),
        'mitigation',
      ));
    it('"Catalogue working, shoppers browsing normally." ends the story; a fix after it is the aftermath', () =>
      assert.deepStrictEqual(
        phases(
          doc(
            FIRST,
            FOUND,
            'Index recreated.',
            'Catalogue working, shoppers browsing normally.',
            'Migration linter updated.',
          ),
        ).slice(3),
        ['resolution', 'other'],
      ));
  });
});
