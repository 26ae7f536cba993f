// More of how people write, found on postmortems the engine had not seen: shares of what users do, causes told
// without the word "cause", sections named for why and how it was fixed, and fields of a summary that only look
// like section labels. Paraphrased fixtures, one per pattern.
import * as assert from 'assert';
import { lint, modelReport, readModel } from '../../src/core/index';

const ALX = { template: 'alx-0x19' } as const;
const sectionsOf = (md: string): string[] =>
  modelReport(readModel(md, ALX))
    .sections.filter((s) => s.templateSection)
    .map((s) => `${s.templateSection}@${s.line}`);
const ruleIds = (md: string): string[] => lint(md, ALX).findings.map((f) => f.ruleId);

const TIMELINE = `## Timeline

- 08:02 UTC - The uptime check paged the on-call engineer.
- 08:15 UTC - She pulled in the storage team.
- 08:40 UTC - The old volume was mounted again and reads recovered.
`;
const ACTIONS = `## Corrective and preventative measures

- [ ] Alert on mount failures
- [ ] Test the failover runbook every quarter
`;
const CAUSE = `## Root cause and resolution

A kernel update renamed the disk device, so the mount failed at boot; mounting it by UUID fixed it.
`;

describe('reading: summary facts in other words', () => {
  const facts = (summary: string) =>
    readModel(`# Q\n\n## Issue Summary\n\n${summary}\n\n${TIMELINE}\n${CAUSE}\n${ACTIONS}`, ALX).summary;

  it('a share of what users do or of users described by several words counts as a share of users', () => {
    assert.strictEqual(
      facts('Nearly 60% of our monthly paying users saw blank pages.').percentUsers,
      '60% of our monthly paying users',
    );
    assert.strictEqual(facts('Close to 80% of login attempts timed out.').percentUsers, '80% of login attempts');
    assert.strictEqual(facts('Some 15% of the orders placed that morning failed.').percentUsers, '15% of the orders');
  });

  it('a share of a machine resource is not a share of users, however the sentence goes on', () => {
    assert.strictEqual(facts('The cache used 90% of the memory used by user sessions.').percentUsers, undefined);
    assert.strictEqual(facts('CPU sat at 95% for requests to the search API.').percentUsers, undefined);
    assert.strictEqual(facts('Disk reads took 40% longer during the backup window.').percentUsers, undefined);
  });

  it('a cause told as "the reason was", "the culprit" or "came down to" is a root cause', () => {
    for (const s of [
      'The reason was a stale DNS record pointing at the retired host.',
      'The culprit: a stale DNS record pointing at the retired host.',
      'It all came down to a stale DNS record pointing at the retired host.',
    ])
      assert.ok(facts(`Logins failed for an hour. ${s}`).rootCause, s);
    assert.strictEqual(facts('Logins failed for an hour and nobody could work.').rootCause, undefined);
  });
});

describe('reading: the cause section under other names', () => {
  const doc = (title: string, body: string): string =>
    `# Storage outage\n\n## Issue Summary\n\nFrom 08:00 to 08:40 UTC 30% of users could not open files because a mount failed.\n\n${TIMELINE}\n## ${title}\n\n${body}\n\n${ACTIONS}`;
  const told =
    'The image build copied an fstab from the test machines and the data volume line was missing, so nothing mounted ' +
    'it after the reboot. We added the line back and rebooted the node.';

  it('a section titled for why it happened or how it was fixed is the root cause section', () => {
    for (const title of ['Why it broke and how we repaired it', 'Summation', 'What went wrong']) {
      const md = doc(title, told);
      assert.ok(sectionsOf(md).includes('root-cause-and-resolution@13'), title);
      assert.ok(!ruleIds(md).includes('PM001'), title);
    }
  });

  it('a section that explains what was wrong and tells the fix is the root cause section, whatever its title', () => {
    const md = doc('The boring part', told);
    assert.ok(sectionsOf(md).includes('root-cause-and-resolution@13'));
  });

  it('lessons learned are not the root cause, even when they mention what went wrong', () => {
    const md = doc(
      'Lessons learned',
      'We trusted a copied fstab and never checked it, so a missing line went unnoticed until the reboot. We fixed ' +
        'the line and will test images on a spare node first.',
    );
    assert.ok(!sectionsOf(md).some((s) => s.startsWith('root-cause')));
    assert.ok(ruleIds(md).includes('PM001'));
  });
});

describe('reading: fields of a summary that look like labels', () => {
  const summary =
    'Length: 40 minutes, 08:00 to 08:40 UTC.\nImpact: 30% of users could not open their files.\n' +
    'Cause: the data volume was not mounted after a reboot.';

  it('"Cause:" in a list of fields under the summary is a field, not the root cause section', () => {
    const md = `# Storage outage\n\n## Issue Summary\n\n${summary}\n\n${TIMELINE}\n${ACTIONS}`;
    assert.ok(!sectionsOf(md).some((s) => s.startsWith('root-cause')));
    assert.ok(ruleIds(md).includes('PM001'), 'the missing section is reported');
    assert.ok(!ruleIds(md).includes('PM011'), 'the summary keeps its cause');
  });

  it('label lines that each name a section are still the sections', () => {
    const md =
      '# Storage outage\n\nIssue Summary: From 08:00 to 08:40 UTC 30% of users could not open files after a reboot.\n' +
      'Timeline: 08:02 UTC paged, 08:15 UTC storage team joined, 08:40 UTC volume mounted again.\n' +
      'Root cause and resolution: the data volume line was missing from fstab; we added it back.\n' +
      'Corrective and preventative measures: test images on a spare node first.\n';
    const got = sectionsOf(md).map((s) => s.split('@')[0]);
    assert.ok(got.includes('issue-summary') && got.includes('root-cause-and-resolution'), got.join(' '));
  });
});
