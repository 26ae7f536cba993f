// The time-scaled view: a Mermaid gantt of the milestones, or nothing when times are missing or guessed.
import * as assert from 'assert';
import { buildGantt, readModel } from '../../src/core/index';

function doc(timeline: string[], summary = 'The checkout failed.'): string {
  return ['# Outage', '', '## Issue Summary', '', summary, '', '## Timeline', '', ...timeline, ''].join('\n');
}
const STORY = [
  '- 09:00 UTC - Deploy of the new checkout config finished',
  '- 09:12 UTC - Pager alert fired for checkout errors',
  '- 09:45 UTC - Rolled back the config; error rate dropped',
  '- 10:30 UTC - Full service restored, incident closed',
];

describe('buildGantt', () => {
  it('draws the impact, TTD/TTM/TTR from impact start and the milestones, on a clock axis', () => {
    const src = buildGantt(readModel(doc(STORY), { template: 'alx-0x19' }));
    assert.deepStrictEqual(src.split('\n').slice(0, 6), [
      'gantt',
      '  accTitle: Incident timeline, to scale',
      '  dateFormat HH:mm',
      '  axisFormat %H:%M',
      '  tickInterval 15minute',
      '  section Impact',
    ]);
    assert.match(src, /Impact 1 h 30 min :crit, impact, 09:00, 10:30\n/);
    assert.match(src, /TTD 12 min :ttd, 09:00, 09:12\n/);
    assert.match(src, /TTM 45 min :ttm, 09:00, 09:45\n/);
    assert.match(src, /TTR 1 h 30 min :done, ttr, 09:00, 10:30\n/);
    assert.match(src, /Detected :milestone, m_detected, 09:12, 0m\n/);
    assert.match(src, /Resolved :milestone, m_resolved, 10:30, 0m\n$/);
  });

  it('writes dates when the timeline has them and crosses midnight', () => {
    const src = buildGantt(
      readModel(
        doc([
          '### 2024-03-02',
          '',
          '- 23:40 UTC - Pager alert fired for checkout errors',
          '### 2024-03-03',
          '',
          '- 00:25 UTC - Full service restored, incident closed',
        ]),
        { template: 'alx-0x19' },
      ),
    );
    assert.match(src, /dateFormat YYYY-MM-DD HH:mm\n/);
    assert.match(src, /Resolved :milestone, m_resolved, 2024-03-03 00:25, 0m/);
  });

  it('shows times in the zone of the impact start', () => {
    const src = buildGantt(
      readModel(
        doc([
          '- 10:00 WAT - Deploy of the new checkout config finished',
          '- 09:30 UTC - Pager alert fired for checkout errors',
          '- 10:00 UTC - Full service restored',
        ]),
        { template: 'alx-0x19' },
      ),
    );
    assert.match(src, /Detected :milestone, m_detected, 10:30, 0m/);
  });

  it('draws nothing without two timed milestones, or on a guessed midnight crossing', () => {
    assert.strictEqual(
      buildGantt(
        readModel(doc(['- Users reported errors', '- Restarted the service, site restored']), { template: 'alx-0x19' }),
      ),
      '',
    );
    assert.strictEqual(
      buildGantt(
        readModel(doc(['- 23:40 UTC - Pager alert fired', '- 00:25 UTC - Service restored']), { template: 'alx-0x19' }),
      ),
      '',
    );
    assert.strictEqual(buildGantt(readModel('# Notes\n\nNothing happened.\n')), '');
  });
});
