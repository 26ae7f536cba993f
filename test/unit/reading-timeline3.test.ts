// Summary durations told in words, bare hours or a day range; timeline entries grouped under "Day N" lines; a clock
// time mentioned inside an entry that already opens with its own time. Paraphrased fixtures.
import * as assert from 'assert';
import { lint, readModel } from '../../src/core/index';

const ALX = { template: 'alx-0x19' } as const;

const TIMELINE = '## Timeline\n\n- 08:10 UTC - Alert fires\n- 08:40 UTC - Cache flushed, pages load again\n';
const CAUSE = '## Root cause and resolution\n\nA stale cache entry served old pages; flushing it fixed them.\n';
const ACTIONS =
  '## Corrective and preventative measures\n\n- [ ] Expire cache entries on deploy\n- [ ] Alert on stale pages\n';

const withSummary = (summary: string): string =>
  `# Postmortem\n\n## Issue Summary\n\n${summary}\n\n${TIMELINE}\n${CAUSE}\n${ACTIONS}`;
const ruleIds = (md: string): string[] => lint(md, ALX).findings.map((f) => f.ruleId);

describe('reading: summary durations in words, bare hours and day ranges', () => {
  it('a hedge word between "to" and the end time still closes the range', () => {
    const f = readModel(
      withSummary('On 9 May, from 08:10 to around 08:40 CET, readers got stale pages because a cache entry stuck.'),
      ALX,
    ).summary;
    assert.strictEqual(f.start?.raw, '08:10');
    assert.match(f.end?.raw ?? '', /^08:40/);
    assert.strictEqual(f.durationMinutes, 30);
  });
  it('a duration in words in brackets ("(about two hours)") is a duration', () => {
    const f = readModel(
      withSummary('Readers got stale pages all morning (about two hours) after a deploy.'),
      ALX,
    ).summary;
    assert.strictEqual(f.durationMinutes, 120);
    assert.ok(!ruleIds(withSummary('Readers got stale pages all morning (about two hours).')).includes('PM006'));
  });
  it('bare hours with the part of the day give a duration', () => {
    const f = readModel(withSummary('Search was broken from 2 to 5 in the afternoon for most readers.'), ALX).summary;
    assert.strictEqual(f.durationMinutes, 180);
  });
  it('bare numbers without the part of the day are not a duration', () => {
    const f = readModel(withSummary('Search was broken from 2 to 5 servers for most readers.'), ALX).summary;
    assert.strictEqual(f.durationText, undefined);
  });
  it('a day range ending in a date ("From 12 to 14 July 2023") is the outage span', () => {
    const md = withSummary('From 12 to 14 July 2023 the archive was unreachable for all readers.');
    assert.ok(readModel(md, ALX).summary.durationText);
    assert.ok(!ruleIds(md).includes('PM006'));
  });
  it('a day range that goes backwards is not a span', () => {
    const f = readModel(withSummary('Between 20 to 4 July 2023 readers saw nothing wrong.'), ALX).summary;
    assert.strictEqual(f.durationText, undefined);
  });
});
