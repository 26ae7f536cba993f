// Incident metrics: milestones from the timeline, markers, tables and the summary; durations from impact start.
import * as assert from 'assert';
import { incidentMetrics, readModel, type IncidentDurations, type MilestoneKind } from '../../src/core/index';

/** A postmortem with this summary text and these timeline lines. */
function doc(summary: string, timeline: string[], extra: string[] = []): string {
  return [
    '# Outage of the checkout',
    '',
    '## Issue Summary',
    '',
    summary,
    '',
    '## Timeline',
    '',
    ...timeline,
    '',
    '## Root cause and resolution',
    '',
    'A bad configuration value.',
    '',
    ...extra,
    '',
  ].join('\n');
}

const STORY = [
  '- 09:00 UTC - Deploy of the new checkout config finished',
  '- 09:12 UTC - Pager alert fired for checkout errors',
  '- 09:20 UTC - Escalated to the payments team',
  '- 09:45 UTC - Rolled back the config; error rate dropped',
  '- 10:30 UTC - Full service restored, incident closed',
];

interface Case {
  name: string;
  text: string;
  durations: IncidentDurations;
  /** Milestone → the time shown for it (undefined: the milestone has no known time; null: no milestone). */
  shown?: Partial<Record<MilestoneKind, string | null | undefined>>;
  sources?: Partial<Record<MilestoneKind, string>>;
  conflicts?: string[];
  unknown?: RegExp;
}

const cases: Case[] = [
  {
    name: 'reads every milestone from the phases, from the first entry',
    text: doc('The checkout failed for some users.', STORY),
    durations: { ttd: 12, tta: 20, ttm: 45, ttr: 90, impact: 90 },
    shown: {
      start: '09:00 UTC',
      detected: '09:12 UTC',
      acknowledged: '09:20 UTC',
      mitigated: '09:45 UTC',
      resolved: '10:30 UTC',
    },
  },
  {
    name: "starts at the summary's start when it is earlier, and ends the impact where the summary says",
    text: doc('From 08:50 to 10:20 UTC the checkout failed for 30% of users.', STORY),
    durations: { ttd: 22, tta: 30, ttm: 55, ttr: 100, impact: 90 },
    sources: { start: 'summary' },
  },
  {
    name: 'converts mixed zones (WAT is UTC+1)',
    text: doc('The checkout failed.', [
      '- 09:00 UTC - A deploy of the checkout config finished',
      '- 10:30 WAT - Monitoring alert fired',
      '- 09:50 UTC - Service restored',
    ]),
    durations: { ttd: 30, ttm: 50, ttr: 50, impact: 50 },
    shown: { detected: '09:30 UTC' },
  },
  {
    name: 'reads a zone the timeline declares against a summary in UTC',
    text: doc('Start: 08:00 UTC', [
      'All times are WAT.',
      '',
      '- 09:10 - Alert fired on the error rate',
      '- 09:40 - Service restored',
    ]),
    durations: { ttd: 10, ttm: 40, ttr: 40, impact: 40 },
    sources: { start: 'summary' },
  },
  {
    name: 'counts daylight saving time of an IANA zone on the written date (ET in July is UTC-4)',
    text: doc('Start: 2024-07-01 12:00 UTC', [
      '### 2024-07-01',
      '',
      '- 08:10 ET - Alert fired for API errors',
      '- 08:40 ET - Service restored',
    ]),
    durations: { ttd: 10, ttm: 40, ttr: 40, impact: 40 },
  },
  {
    name: 'crosses midnight on written dates',
    text: doc('The checkout failed.', [
      '### 2024-03-02',
      '',
      '- 23:40 UTC - Alert fired for checkout errors',
      '### 2024-03-03',
      '',
      '- 00:25 UTC - Service restored, incident closed',
    ]),
    durations: { ttd: 0, ttm: 45, ttr: 45, impact: 45 },
    shown: { resolved: '2024-03-03 00:25 UTC' },
  },
  {
    name: 'leaves every duration unknown when the day change at midnight is a guess',
    text: doc('The checkout failed.', [
      '- 23:40 UTC - Alert fired for checkout errors',
      '- 00:25 UTC - Service restored, incident closed',
    ]),
    durations: {},
    shown: { detected: undefined, resolved: undefined },
    unknown: /midnight/,
  },
  {
    name: 'leaves TTR and TTM unknown without a resolution, and says so',
    text: doc('The checkout failed.', [
      '- 09:00 UTC - Pager alert fired for checkout errors',
      '- 09:10 UTC - Checked the application logs',
    ]),
    durations: { ttd: 0 },
    shown: { mitigated: null, resolved: null },
    unknown: /no resolution/,
  },
  {
    name: 'leaves TTR unknown when the resolution has no time',
    text: doc('The checkout failed.', [
      '- 09:00 UTC - Pager alert fired for checkout errors',
      '- Service restored, incident closed',
    ]),
    durations: { ttd: 0 },
    shown: { resolved: undefined },
    unknown: /resolution has no time/,
  },
  {
    name: 'takes the mitigation from the resolution when no entry mitigated first',
    text: doc('The checkout failed.', [
      '- 09:00 UTC - Pager alert fired for checkout errors',
      '- 09:30 UTC - Service restored, incident closed',
    ]),
    durations: { ttd: 0, ttm: 30, ttr: 30, impact: 30 },
    sources: { mitigated: 'implied' },
  },
  {
    name: 'lets an explicit marker override the phases',
    text: doc('The checkout failed.', [
      ...STORY.slice(0, 2),
      '- 09:15 UTC - [detected] A customer ticket named the checkout',
      ...STORY.slice(2),
    ]),
    durations: { ttd: 15, tta: 20, ttm: 45, ttr: 90, impact: 90 },
    sources: { detected: 'marker' },
  },
  {
    name: "reads START OF OUTAGE and END OF OUTAGE as the impact's start and end",
    text: doc('The site was down.', [
      '- 09:00 UTC - A DNS change was submitted',
      '- 09:30 UTC - The DNS change takes effect on every resolver. START OF OUTAGE',
      '- 10:00 UTC - [detected] Monitoring alert fired',
      '- 11:00 UTC - The fix takes effect. END OF OUTAGE',
    ]),
    durations: { ttd: 30, ttm: 90, ttr: 90, impact: 90 },
    sources: { start: 'marker', resolved: 'marker' },
  },
  {
    name: 'reads a milestone table (one row per milestone), over the phases',
    text: doc('The checkout failed.', STORY, [
      '| Milestone | Time |',
      '| --- | --- |',
      '| Impact start | 08:55 UTC |',
      '| Detected | 09:12 UTC |',
      '| Mitigated | 09:40 UTC |',
      '| Resolved | 10:35 UTC |',
    ]),
    durations: { ttd: 17, tta: 25, ttm: 45, ttr: 100, impact: 100 },
    sources: { start: 'table', detected: 'table', mitigated: 'table', resolved: 'table', acknowledged: 'timeline' },
  },
  {
    name: 'reads a milestone table written across (a header of milestones over a row of times)',
    text: doc('The checkout failed.', STORY, [
      '| Started | Detected | Resolved |',
      '| --- | --- | --- |',
      '| 08:58 UTC | 09:12 UTC | 10:28 UTC |',
    ]),
    durations: { ttd: 14, tta: 22, ttm: 47, ttr: 90, impact: 90 },
    sources: { start: 'table', resolved: 'table' },
  },
  {
    name: 'does not read its own generated key-metrics table back',
    text: doc('The checkout failed.', STORY, [
      '<!-- postmortem:metrics:start -->',
      '| Started | Detected | Resolved |',
      '| --- | --- | --- |',
      '| 07:00 UTC | 07:12 UTC | 07:30 UTC |',
      '<!-- postmortem:metrics:end -->',
    ]),
    durations: { ttd: 12, tta: 20, ttm: 45, ttr: 90, impact: 90 },
  },
  {
    name: 'reports milestones out of order and leaves their durations unknown',
    text: doc('The checkout failed.', [
      '- 09:00 UTC - Pager alert fired for checkout errors',
      '- 09:40 UTC - [resolved] Incident closed',
      '- 09:50 UTC - [mitigated] Rolled back the config',
    ]),
    durations: { ttd: 0 },
    conflicts: ['mitigated>resolved'],
  },
  {
    name: 'reports a summary start later than the detection',
    text: doc('Start: 09:30 UTC', STORY),
    durations: { ttd: 12, tta: 20, ttm: 45, ttr: 90, impact: 90 },
    conflicts: ['start>detected (summary)'],
  },
  {
    name: 'handles an untimed timeline: milestones without times, no durations',
    text: doc('The checkout failed.', [
      '- Users reported checkout errors',
      '- Engineer checked the logs',
      '- Restarted the service, checkout restored',
    ]),
    durations: {},
    shown: { start: undefined, detected: undefined, resolved: undefined },
  },
  {
    name: 'has no milestones without a timeline',
    text: '# Outage\n\nSomething broke and we fixed it.\n',
    durations: {},
    shown: { start: null, detected: null, resolved: null },
  },
];

describe('incident metrics', () => {
  for (const c of cases) {
    it(c.name, () => {
      const m = readModel(c.text, { template: 'alx-0x19' }).metrics;
      assert.deepStrictEqual(m.durations, c.durations);
      for (const [k, v] of Object.entries(c.shown ?? {}) as Array<[MilestoneKind, string | null | undefined]>) {
        const ms = m.milestones[k];
        if (v === null) assert.strictEqual(ms, undefined, `${k}: no milestone`);
        else assert.strictEqual(ms?.display, v, `${k} shown as`);
      }
      for (const [k, v] of Object.entries(c.sources ?? {}))
        assert.strictEqual(m.milestones[k as MilestoneKind]?.source, v, `${k} source`);
      assert.deepStrictEqual(
        m.conflicts.map((x) => `${x.earlier}>${x.later}${x.summary ? ' (summary)' : ''}`),
        c.conflicts ?? [],
      );
      if (c.unknown) assert.match(m.unknown.join('; '), c.unknown);
    });
  }

  it('is the same through the model and when called on its parts', () => {
    const model = readModel(doc('The checkout failed.', STORY), { template: 'alx-0x19' });
    assert.deepStrictEqual(incidentMetrics(model), model.metrics);
    assert.ok(Object.isFrozen(model.metrics), 'frozen with the model');
  });

  it('gives ISO instants when the date (with year) and zone are known', () => {
    const m = readModel(
      doc('The checkout failed.', [
        '### 2024-03-02',
        '',
        '- 23:40 WAT - Alert fired for checkout errors',
        '- 23:55 WAT - Service restored',
      ]),
      { template: 'alx-0x19' },
    ).metrics;
    assert.strictEqual(m.milestones.detected?.iso, '2024-03-02T22:40:00Z');
    assert.strictEqual(m.zone, 'WAT');
  });
});
