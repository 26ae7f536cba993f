// The zone picker describes every zone the same way: offset, abbreviation when there is one, the clock there.
import * as assert from 'assert';
import { zoneSummary } from '../../src/core/index';

const NOW = new Date('2026-01-15T14:04:00Z');
const SHAPE = /^UTC[+-]\d\d:\d\d(?: · [A-Z]{2,5})? · \d\d:\d\d now(?: · this computer \([\w/+-]+\))?$/;

describe('zone picker labels', () => {
  it('UTC, an IANA zone with an abbreviation and one Intl knows only by offset read alike', () => {
    assert.strictEqual(zoneSummary('UTC', NOW), 'UTC+00:00 · 14:04 now');
    assert.strictEqual(zoneSummary('America/New_York', NOW), 'UTC-05:00 · EST · 09:04 now');
    assert.strictEqual(zoneSummary('Europe/Paris', NOW), 'UTC+01:00 · 15:04 now');
    assert.strictEqual(zoneSummary('Asia/Kolkata', NOW), 'UTC+05:30 · 19:34 now');
  });
  it('local: the same parts, then the zone this computer is in', () => {
    const local = zoneSummary('local', NOW);
    assert.match(local, SHAPE);
    assert.ok(local.endsWith(` · this computer (${Intl.DateTimeFormat().resolvedOptions().timeZone})`), local);
  });
  it('no label repeats itself ("UTC UTC", "UTC, UTC")', () => {
    for (const z of [
      'UTC',
      'local',
      'America/Los_Angeles',
      'Europe/London',
      'Africa/Lagos',
      'Africa/Nairobi',
      'Asia/Tokyo',
    ]) {
      const s = zoneSummary(z, NOW);
      assert.match(s, SHAPE, z);
      assert.doesNotMatch(s, /\b([A-Za-z]+)\W+\1\b/, z);
    }
  });
});
