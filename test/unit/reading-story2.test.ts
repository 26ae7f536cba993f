// The story of a timeline, read the way a reviewer reads English: everyday report verbs, present tense and
// phrasal verbs, negated notices and planned changes, descriptions that are not actions. One paraphrased
// fixture per pattern (own sentences about other incidents).
import * as assert from 'assert';
import { HOW, pm015, phases, storyDocs } from './helpers/storyDocs';

const REST = `
## Root cause and resolution

A stale DNS record sent half the traffic to a retired host; pointing it at the new host fixed it.

## Corrective and preventative measures

- [ ] Lower the record's TTL before migrations
- [ ] Alert on requests to retired hosts
`;

const { doc } = storyDocs('Logins failed.', REST);

describe('reading: the story of a timeline, in everyday English', () => {
  describe('detection in everyday words', () => {
    it('a reader tweets a screenshot of a warning: detected by a customer', () => {
      const md = doc(
        'A reader tweets a screenshot of the certificate warning on our blog.',
        'Checked the certificate dates on the proxy.',
        'Certificate renewed; blog fully restored.',
      );
      assert.deepStrictEqual(phases(md), ['detection', 'investigation', 'resolution']);
      assert.ok(!pm015(md).includes(HOW));
    });
    it('a colleague DMs the channel that the dashboard times out', () =>
      assert.deepStrictEqual(
        phases(
          doc(
            'A colleague DMs the on-call channel that the sales dashboard times out.',
            'Checked the database slow query log.',
            'Index added; dashboard fully restored.',
          ),
        ),
        ['detection', 'investigation', 'resolution'],
      ));
    it('support receives an email: a customer report', () => {
      const md = doc(
        'Support receives an email from a parent about the homework page.',
        'Checked the web server logs.',
        'Template fixed; page fully restored.',
      );
      assert.deepStrictEqual(phases(md), ['detection', 'investigation', 'resolution']);
      assert.ok(!pm015(md).includes(HOW));
    });
    it('an alert written as a metric over a threshold', () =>
      assert.deepStrictEqual(
        phases(
          doc(
            'Monitoring alert: queue depth above 10000 messages.',
            'Checked the consumer logs.',
            'Consumers restarted; queue fully drained and restored.',
          ),
        ),
        ['detection', 'investigation', 'resolution'],
      ));
    it('a synthetic check that fails (present tense) and an alert posted', () =>
      assert.deepStrictEqual(
        phases(
          doc(
            'Uptime check fails from two regions; alert posted to the ops channel.',
            'Checked the firewall rules.',
            'Rule corrected; site fully restored.',
          ),
        ),
        ['detection', 'investigation', 'resolution'],
      ));
    it('a manager calls me: the shop is offline (a report by someone on the team)', () => {
      const md = doc(
        'Our manager calls me: the shop has been offline since lunch.',
        'Checked the web server logs.',
        'Config corrected; shop fully restored.',
      );
      assert.deepStrictEqual(phases(md), ['detection', 'investigation', 'resolution']);
      assert.ok(!pm015(md).includes(HOW));
    });
    it('support receives dozens of tickets: a customer report', () => {
      const md = doc(
        'Support receives dozens of tickets about invoices.',
        'Checked the billing worker logs.',
        'Worker restarted; invoices fully restored.',
      );
      assert.deepStrictEqual(phases(md), ['detection', 'investigation', 'resolution']);
      assert.ok(!pm015(md).includes(HOW));
    });
    it('an alert over a percentage', () =>
      assert.deepStrictEqual(
        phases(
          doc('Alert: disk usage over 95% on db-1.', 'Checked the WAL folder.', 'Old WAL removed; fully restored.'),
        ),
        ['detection', 'investigation', 'resolution'],
      ));
    it('"checkout" is a noun, not a check: requests that time out are the first symptom', () =>
      assert.deepStrictEqual(
        phases(
          doc(
            'Checkout requests time out for everyone.',
            'Checked the payment worker.',
            'Worker restarted; checkout fully restored.',
          ),
        ),
        ['detection', 'investigation', 'resolution'],
      ));
    it('a plural status code ("503s") is a symptom', () =>
      assert.deepStrictEqual(
        phases(
          doc(
            'The load balancer returns 503s for every request.',
            'Checked the target group.',
            'Targets re-registered; service fully restored.',
          ),
        ),
        ['detection', 'investigation', 'resolution'],
      ));
  });

  describe('the lead-up is not the detection', () => {
    it('an entry that says nobody noticed yet', () =>
      assert.deepStrictEqual(
        phases(
          doc(
            'Nightly job rewrites the session keys with errors (no one notices yet).',
            'Pager alert fired for login errors.',
            'Keys restored; logins fully restored.',
          ),
        ),
        ['other', 'detection', 'resolution'],
      ));
    it('an entry that went unnoticed until someone reported it is still the detection', () =>
      assert.deepStrictEqual(
        phases(
          doc(
            'The backup job silently fails and goes unnoticed until a customer reports missing files.',
            'Checked the backup logs.',
            'Backups re-run; files fully restored.',
          ),
        ),
        ['detection', 'investigation', 'resolution'],
      ));
    it('a change made as planned', () =>
      assert.deepStrictEqual(
        phases(
          doc(
            'Legacy database taken down as scheduled after the cutover.',
            'Users report that saving a draft fails.',
            'Connection string corrected; drafts fully restored.',
          ),
        ),
        ['other', 'detection', 'resolution'],
      ));
    it('a bare symptom followed at once by someone reporting it', () =>
      assert.deepStrictEqual(
        phases(
          doc(
            'The SMS gateway has a brief slowdown and our sender starts retrying failed messages.',
            'A support agent posts in #help that customers say their login codes are not arriving.',
            'Checked the sender queue.',
            'Retries capped; codes fully restored.',
          ),
        ),
        ['other', 'detection', 'investigation', 'resolution'],
      ));
    it('with no detection entry, entries after the work starts are still part of the response', () =>
      assert.deepStrictEqual(
        phases(
          doc(
            'Engineers checked the proxy logs.',
            'The proxy config has a stray semicolon on line 12.',
            'Config corrected; site fully restored.',
          ),
        ),
        ['investigation', 'investigation', 'resolution'],
      ));
  });

  describe('verbs', () => {
    it('mitigations in the present tense and in phrasal verbs', () =>
      assert.deepStrictEqual(
        phases(
          doc(
            'Pager alert fired for checkout errors.',
            'Took db-3 out of rotation.',
            'Scaled the importer down to zero.',
            'Priya reverts the feature flag and redeploys.',
            'Booted the old VM again.',
            'Reopened the SMTP port on the firewall.',
            'db-3 back into rotation.',
            'Checkout fully restored.',
          ),
        ),
        ['detection', 'mitigation', 'mitigation', 'mitigation', 'mitigation', 'mitigation', 'mitigation', 'resolution'],
      ));
    it('more phrasal and everyday mitigations: move traffic, pull out of rotation, bump, spin up, roll X back, raise a limit', () =>
      assert.deepStrictEqual(
        phases(
          doc(
            'Pager alert fired for checkout errors.',
            'Moved traffic to the standby region.',
            'Pulled web-3 out of rotation.',
            'Bumped the memory limit to 2 GB.',
            'Spun up two extra workers.',
            'Lina rolls the release back to 2.3.',
            'Raised the connection pool size from 10 to 50.',
            'Checkout fully restored.',
          ),
        ),
        ['detection', 'mitigation', 'mitigation', 'mitigation', 'mitigation', 'mitigation', 'mitigation', 'resolution'],
      ));
    it('a pluperfect with an adverb ("had mistakenly changed") is a finding, not a step', () =>
      assert.deepStrictEqual(
        phases(
          doc(
            'Pager alert fired for slow pages.',
            'The upstream port had mistakenly changed in the nightly deploy.',
            'Rule corrected; pages fully restored.',
          ),
        ),
        ['detection', 'investigation', 'resolution'],
      ));
    it('a negated or pluperfect action word describes a state: investigation', () =>
      assert.deepStrictEqual(
        phases(
          doc(
            'Pager alert fired for stale reports.',
            'Opened the cron output, which was not updating since Monday.',
            'The crontab had been modified at 02:00 by the deploy bot.',
            'Crontab restored; reports fully restored.',
          ),
        ),
        ['detection', 'investigation', 'investigation', 'resolution'],
      ));
    it('handing a problem to a team and asking someone to act are escalations', () =>
      assert.deepStrictEqual(
        phases(
          doc(
            'Pager alert fired for invoice errors.',
            'Handed the billing bug to the payments team.',
            'Asked my neighbour Ravi, who manages our DNS, to point the record back.',
            'Invoices fully restored.',
          ),
        ),
        ['detection', 'escalation', 'escalation', 'resolution'],
      ));
    it('passing an issue to a team, getting someone to look, looping someone in are escalations', () =>
      assert.deepStrictEqual(
        phases(
          doc(
            'Pager alert fired for invoice errors.',
            'Passed the queue issue to the database team.',
            'Got Maria from networking to look at the firewall.',
            'Looped the vendor into the call.',
            'Invoices fully restored.',
          ),
        ),
        ['detection', 'escalation', 'escalation', 'escalation', 'resolution'],
      ));
    it('an attempt after which "nothing changed" is a misleading path', () =>
      assert.deepStrictEqual(
        phases(
          doc(
            'Pager alert fired for slow pages.',
            'We edited the CDN rules, but nothing changed.',
            'Checked the database slow query log.',
            'Index added; pages fully restored.',
          ),
        ),
        ['detection', 'misleading', 'investigation', 'resolution'],
      ));
    it('a first guess, "no change" and "had nothing to do with it" are a misleading path', () =>
      assert.deepStrictEqual(
        phases(
          doc(
            'Pager alert fired for slow pages.',
            'First guess was the DNS record, so we edited the TTL. No change, DNS had nothing to do with it.',
            'Checked the database slow query log.',
            'Index added; pages fully restored.',
          ),
        ),
        ['detection', 'misleading', 'investigation', 'resolution'],
      ));
    it('a lead that went nowhere, time wasted, a distraction, irrelevant: misleading', () =>
      assert.deepStrictEqual(
        phases(
          doc(
            'Pager alert fired for slow pages.',
            'Chased a DNS lead that went nowhere.',
            'Wasted 20 minutes on the firewall rules.',
            'Looked at the CDN for a while, but that was a distraction.',
            'The load balancer turned out to be irrelevant.',
            'Index added; pages fully restored.',
          ),
        ),
        ['detection', 'misleading', 'misleading', 'misleading', 'misleading', 'resolution'],
      ));
    it('a fix that was run and failed is a misleading path; a check that fails is not', () =>
      assert.deepStrictEqual(
        phases(
          doc(
            'Pager alert fired for certificate errors.',
            'Ran the certificate renew script, it failed with a DNS error.',
            'Checked the health endpoint, it fails with a 502.',
            'Certificate issued by hand; site fully restored.',
          ),
        ),
        ['detection', 'misleading', 'investigation', 'resolution'],
      ));
    it('a metric back above its normal level is recovery under way', () =>
      assert.deepStrictEqual(
        phases(
          doc(
            'Pager alert fired for slow pages.',
            'Added a cache rule for static assets.',
            'Hit ratio back above 90%.',
            'Pages fully back to normal, incident closed.',
          ),
        ),
        ['detection', 'mitigation', 'mitigation', 'resolution'],
      ));
  });
});
