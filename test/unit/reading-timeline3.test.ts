// Summary durations told in words, bare hours or a day range; timeline entries grouped under "Day N" lines; a clock
// time mentioned inside an entry that already opens with its own time. Paraphrased fixtures.
import * as assert from 'assert';
import { lint, modelReport, readModel } from '../../src/core/index';

const ALX = { template: 'alx-0x19' } as const;

const TIMELINE = '## Timeline\n\n- 08:10 UTC - Alert fires\n- 08:40 UTC - Cache flushed, pages load again\n';
const CAUSE = '## Root cause and resolution\n\nA stale cache entry served old pages; flushing it fixed them.\n';
const ACTIONS =
  '## Corrective and preventative measures\n\n- [ ] Expire cache entries on deploy\n- [ ] Alert on stale pages\n';

const withSummary = (summary: string): string =>
  `# Postmortem\n\n## Issue Summary\n\n${summary}\n\n${TIMELINE}\n${CAUSE}\n${ACTIONS}`;
const withTimeline = (timeline: string): string =>
  `# Postmortem\n\n## Issue Summary\n\nFrom 08:10 to 08:40 UTC 40% of readers saw stale pages because a cache entry never expired.\n\n## Timeline\n\n${timeline}\n\n${CAUSE}\n${ACTIONS}`;
const ruleIds = (md: string): string[] => lint(md, ALX).findings.map((f) => f.ruleId);
const entries = (md: string): Array<[number, string]> =>
  modelReport(readModel(md, ALX)).timeline.map((e) => [e.line, e.time ?? '-']);

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

describe('reading: entries grouped under "Day N (date)" lines', () => {
  const DAYS =
    '**Day 1 (Friday 7 March)**\n\n- 22:50 UTC - Nightly export starts\n\n**Day 2 (Saturday 8 March)**\n\n- 08:10 UTC - Alert fires\n- 08:40 UTC - Cache flushed, pages load again';
  it('entries take the day of their group line and are in order', () => {
    const tl = readModel(withTimeline(DAYS), ALX).timeline!.entries;
    assert.deepStrictEqual(
      tl.map((e) => e.date?.day),
      [7, 8, 8],
    );
    assert.ok(!ruleIds(withTimeline(DAYS)).includes('PM013'));
  });
  it('swapped day groups are still out of order', () => {
    const swapped =
      '**Day 1 (Saturday 8 March)**\n\n- 08:10 UTC - Alert fires\n\n**Day 2 (Friday 7 March)**\n\n- 22:50 UTC - Nightly export starts';
    assert.ok(ruleIds(withTimeline(swapped)).includes('PM013'));
  });
});

describe('reading: a clock time mentioned inside an entry that opens with its time', () => {
  it('a time in the middle of a later sentence stays text of the entry', () => {
    const md = withTimeline(
      '- **08:10 UTC** Alert fires.\n- **08:20 UTC** The clock on the cache node is wrong. It still thinks it is 07:55.\n- **08:40 UTC** Cache flushed.',
    );
    assert.deepStrictEqual(entries(md), [
      [9, '08:10 UTC'],
      [10, '08:20 UTC'],
      [11, '08:40 UTC'],
    ]);
    const ids = ruleIds(md);
    assert.ok(!ids.includes('PM012'));
    assert.ok(!ids.includes('PM013'));
  });
  it('a later sentence that opens with its time is still a new event', () => {
    const md = withTimeline(
      '- 08:10 UTC - Alert fires. At 08:25 UTC the cache was flushed.\n- 08:40 UTC - Pages load.',
    );
    assert.deepStrictEqual(entries(md), [
      [9, '08:10 UTC'],
      [9, '08:25 UTC'],
      [10, '08:40 UTC'],
    ]);
  });
});
