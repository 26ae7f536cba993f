// Times written the French way (14h05), a heading with a closing aside ("**Timeline (Pacific time, because …)**").
// Paraphrased fixtures.
import * as assert from 'assert';
import { findTimestamps } from '../../src/core/time/parse';
import { lint, modelReport, readModel } from '../../src/core/index';

const ALX = { template: 'alx-0x19' } as const;
const CAUSE = '## Root cause and resolution\n\nA full disk stopped the mail queue; clearing old logs fixed it.\n';
const ACTIONS = '## Corrective and preventative measures\n\n- [ ] Rotate logs daily\n- [ ] Alert at 80 % disk\n';
const SUMMARY = '## Issue Summary\n\nFrom 09:10 to 09:55 UTC 30% of users got no mail because the disk was full.\n';

const ruleIds = (md: string): string[] => lint(md, ALX).findings.map((f) => f.ruleId);

describe('reading: times written 14h05', () => {
  it('"14h05" is five past two in the afternoon', () => {
    const [t] = findTimestamps('- 14h05 - The shop owner phones: pages time out.', 0);
    assert.deepStrictEqual([t?.hour, t?.minute, t?.raw], [14, 5, '14h05']);
  });
  it('a timeline of "HHhMM - text" bullets is read as timed entries, in order', () => {
    const md = `# P\n\n${SUMMARY}\n## Timeline\n\n- 09h10 - The shop owner phones: mail is not arriving.\n- 09h20 - We check the disk: 100 % full.\n- 09h55 - Old logs deleted, mail flows again.\n\n${CAUSE}\n${ACTIONS}`;
    assert.deepStrictEqual(
      modelReport(readModel(md, ALX)).timeline.map((e) => e.time),
      ['09h10', '09h20', '09h55'],
    );
    assert.ok(!ruleIds(md).includes('PM012'));
  });
  it('a duration ("took 1h30", "10h30m") and a one-digit hour ("9h30") are not read as a clock time', () => {
    assert.deepStrictEqual(findTimestamps('The fix took 1h30 and the copy 10h30m.', 0), []);
    assert.deepStrictEqual(findTimestamps('Back at 9h30.', 0), []);
  });
});

describe('reading: a heading with a closing aside', () => {
  const timeline = (heading: string): string =>
    `# P\n\n${SUMMARY}\n${heading}\n\n- 09:10 UTC - Alert fires\n- 09:55 UTC - Old logs deleted, mail flows again\n\n${CAUSE}\n${ACTIONS}`;
  for (const heading of [
    "**Timeline (Pacific time, because that's where our only server rack lives)**",
    "Timeline (Pacific time, because that's where our only server rack lives)",
  ])
    it(heading, () => {
      const md = timeline(heading);
      assert.ok(!ruleIds(md).includes('PM001'), 'no missing section');
      assert.strictEqual(modelReport(readModel(md, ALX)).timeline.length, 2);
    });
  it('a joke title whose aside names the section ("## the damage (aka Issue Summary)")', () => {
    const md = `# P\n\n## the damage (aka Issue Summary)\n\nFrom 09:10 to 09:55 UTC 30% of users got no mail because the disk was full.\n\n## what happened when (Timeline)\n\n- 09:10 UTC - Alert fires\n- 09:55 UTC - Old logs deleted, mail flows again\n\n## why tho (root cause & fix)\n\nThe disk filled with old logs; deleting them fixed it.\n\n## never again (Corrective and Preventative Measures)\n\n- [ ] Rotate logs daily\n`;
    assert.deepStrictEqual(
      modelReport(readModel(md, ALX)).sections.map((s) => s.templateSection),
      [null, 'issue-summary', 'timeline', 'root-cause-and-resolution', 'corrective-and-preventative-measures'],
    );
    assert.ok(!ruleIds(md).includes('PM001'));
  });
  it('a long bold sentence with an aside in the middle is still not a heading', () => {
    const md = timeline('**Timeline (UTC)**').replace(
      '- 09:10 UTC',
      '**We looked at the timeline (all of it) and then we wrote down what every one of us had seen that morning**\n\n- 09:10 UTC',
    );
    assert.strictEqual(modelReport(readModel(md, ALX)).sections.filter((s) => /looked/.test(s.title)).length, 0);
  });
});
