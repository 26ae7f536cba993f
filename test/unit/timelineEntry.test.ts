// A new timeline entry written the way the document writes its entries, at the right time: the clock while the incident
// is live, a prefilled time to type over for a past one; and the checker reading a wall-clock stamp as out of order.
import * as assert from 'assert';
import {
  applyEdits,
  lint,
  planTimelineEntry,
  readModel,
  readingChange,
  readingOf,
  type EntryPlan,
  type EntryRequest,
} from '../../src/core/index';
import { formatDateLike, readEntryStyle, formatEntry } from '../../src/core/edits/timelineStyle';

const DEFAULTS: EntryRequest['defaults'] = { timeZone: 'UTC', format: '- **{time} {zone}** - ', includeDate: false };

/** Plans an entry in `md` (lines joined by \n) and returns the plan and the text after it. */
function plan(
  md: string,
  now: string,
  placement: EntryRequest['placement'] = { kind: 'cursor', line: 0 },
  defaults = DEFAULTS,
): { p: EntryPlan; out: string[] } {
  const doc = readModel(md, { template: 'alx-0x19' });
  const p = planTimelineEntry(doc, { now: new Date(now), placement, defaults });
  if ('refused' in p) throw new Error(p.refused);
  return { p, out: applyEdits(md, [p.edit]).split('\n') };
}

/** The document around a timeline given as lines. */
function doc(
  timeline: string[],
  summary = 'Users could not log in for 40 minutes because a certificate expired.',
): string {
  return [
    '# Postmortem: login outage',
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
    'The certificate expired.',
    '',
  ].join('\n');
}
const TL = 8; // line of the first timeline entry in doc()

describe('timeline order: a wall-clock stamp between morning entries', () => {
  it('reads 06:00 → 20:04 → 06:20 as out of order (PM013), not as a midnight crossing, and reports no day-long span', () => {
    const md = doc(
      ['- **06:00 UTC** - Alert fired.', '- **20:04 UTC** - Paged.', '- **06:20 UTC** - Certificate renewed.'],
      'From 06:00 to 06:20 UTC (20 minutes) 30% of users could not log in because a certificate expired.',
    );
    const r = lint(md, { template: 'alx-0x19' });
    assert.deepStrictEqual(
      r.findings.filter((f) => f.ruleId === 'PM013').map((f) => f.range.startLine),
      [TL + 2],
    );
    assert.ok(!r.model.timeline!.rolloverGuessed);
    assert.ok(!r.findings.some((f) => /\b2[45] h\b/.test(f.message)), r.findings.map((f) => f.message).join('\n'));
  });
});

describe('entry style: a new entry written like its neighbour', () => {
  const cases: Array<[string, string, string]> = [
    ['- **09:00 UTC** - Alert fired.', '2026-11-27T14:32:00Z', '- **14:32 UTC** - '],
    ['08:32 AM UTC - Engineering team received alerts.', '2026-11-27T14:32:00Z', '02:32 PM UTC - '],
    ['* 9:05 am - Paged on-call.', '2026-11-27T14:32:00Z', '* 2:32 pm - '],
    ['  - 10:00: Rolled back', '2026-11-27T09:05:00Z', '  - 09:05: '],
    ['- [x] 10:00 UTC — Restarted', '2026-11-27T09:05:00Z', '- [ ] 09:05 UTC — '],
    ['- 2024-06-06 06:00 UTC - Alert.', '2026-11-27T14:32:00Z', '- 2026-11-27 14:32 UTC - '],
    ['- Jun 6th, 2024 6:00 PM (UTC): Alert.', '2026-11-02T14:32:00Z', '- Nov 2nd, 2026 2:32 PM (UTC): '],
    ['1. **1000 hrs UTC** - Alert.', '2026-11-27T09:05:00Z', '1. **0905 hrs UTC** - '],
    ['- 10:00:15 UTC - Alert.', '2026-11-27T09:05:07Z', '- 09:05:07 UTC - '],
  ];
  for (const [line, now, expected] of cases) {
    it(`${line} → ${expected}`, () => {
      const m = readModel(doc([line, '- 23:59 UTC - Last.']), { template: 'alx-0x19' });
      const e = m.timeline!.entries[0]!;
      const style = readEntryStyle(e, m.lines[e.line]!);
      assert.ok(style, 'style read');
      const d = new Date(now);
      const w = {
        year: d.getUTCFullYear(),
        month: d.getUTCMonth() + 1,
        day: d.getUTCDate(),
        hour: d.getUTCHours(),
        minute: d.getUTCMinutes(),
        second: d.getUTCSeconds(),
      };
      assert.strictEqual(formatEntry(style, w).head, expected);
    });
  }
  it("writes a table row with the row's cells", () => {
    const m = readModel(doc(['| Time | Event | Owner |', '| --- | --- | --- |', '| 10:00 UTC | Alert | @a |']), {
      template: 'alx-0x19',
    });
    const e = m.timeline!.entries[0]!;
    const f = formatEntry(readEntryStyle(e, m.lines[e.line]!)!, { year: 2026, month: 11, day: 27, hour: 9, minute: 5 });
    assert.strictEqual(f.head + f.tail, '| 09:05 UTC |  |  |');
  });
  it('imitates a date, or writes ISO when the imitation would read as another day', () => {
    const w = { year: 2026, month: 3, day: 4 };
    assert.strictEqual(
      formatDateLike('Thursday 6 June 2024', { year: 2024, month: 6, day: 6 }, w),
      'Wednesday 4 March 2026',
    );
    assert.strictEqual(formatDateLike('06/07/2024', { year: 2024, month: 6, day: 7 }, w), '03/04/2026');
    // Day-first sample: "04/03/2026" would read as April 3rd.
    assert.strictEqual(formatDateLike('28/06/2024', { year: 2024, month: 6, day: 28 }, w), '2026-03-04');
    assert.strictEqual(formatDateLike('Sept 5', { month: 9, day: 5 }, w), 'Mar 4');
  });
});

describe('planTimelineEntry', () => {
  it('a past incident: after the entry under the cursor, the time between its neighbours selected to type over', () => {
    const md = doc(['- **06:00 UTC** - Alert fired.', '- **06:20 UTC** - Certificate renewed.']);
    const { p, out } = plan(md, '2026-11-27T20:04:00Z', { kind: 'cursor', line: TL });
    assert.strictEqual(p.mode, 'past');
    assert.deepStrictEqual(out.slice(TL, TL + 3), [
      '- **06:00 UTC** - Alert fired.',
      '- **06:10 UTC** - ',
      '- **06:20 UTC** - Certificate renewed.',
    ]);
    assert.strictEqual(out[p.line]!.slice(p.time!.startColumn, p.time!.endColumn), '06:10');
    assert.strictEqual(p.cursor.column, out[p.line]!.length);
    // After the last entry: five minutes later.
    assert.strictEqual(
      plan(md, '2026-11-27T20:04:00Z', { kind: 'cursor', line: TL + 1 }).out[TL + 2],
      '- **06:25 UTC** - ',
    );
  });

  it('a live incident: the clock now, no date when the entries carry none', () => {
    const md = doc(['- **06:00 UTC** - Alert fired.', '- **06:20 UTC** - Certificate renewed.']);
    const { p, out } = plan(md, '2026-11-27T06:31:00Z', { kind: 'cursor', line: TL + 1 });
    assert.strictEqual(p.mode, 'live');
    assert.strictEqual(out[TL + 2], '- **06:31 UTC** - ');
    assert.strictEqual(p.time, undefined);
  });

  it('live across midnight: no date is added and the model reads the crossing (not out of order)', () => {
    const md = doc(['- **23:40 UTC** - Alert fired.', '- **23:55 UTC** - Paged.']);
    const { p, out } = plan(md, '2026-11-28T00:10:00Z', { kind: 'cursor', line: TL + 1 });
    assert.strictEqual(p.mode, 'live');
    assert.strictEqual(out[TL + 2], '- **00:10 UTC** - ');
    const r = lint(out.join('\n'), { template: 'alx-0x19' });
    assert.ok(!r.findings.some((f) => f.ruleId === 'PM013'));
  });

  it('an undated timeline whose summary dates the incident long ago is past', () => {
    const md = doc(
      ['- **06:00 UTC** - Alert fired.', '- **06:40 UTC** - Queue drained.'],
      'From 06:00 to 06:40 UTC on 6 June 2024 (40 minutes) emails were late for 15% of users.',
    );
    const { p, out } = plan(md, '2026-11-27T06:30:00Z', { kind: 'cursor', line: TL });
    assert.strictEqual(p.mode, 'past');
    assert.strictEqual(out[TL + 1], '- **06:20 UTC** - ');
  });

  it("a dated timeline keeps its date format; a past one is prefilled on the entry's day", () => {
    const md = doc(['- 2024-06-06 23:50 UTC - Alert fired.', '- 2024-06-07 00:30 UTC - Fixed.']);
    const { p, out } = plan(md, '2026-11-27T20:04:00Z', { kind: 'cursor', line: TL });
    assert.strictEqual(p.mode, 'past');
    assert.strictEqual(out[TL + 1], '- 2024-06-07 00:10 UTC - ');
    const live = plan(md.replace(/2024-06-07 00:30/, '2026-11-27 19:30'), '2026-11-27T20:04:00Z', {
      kind: 'cursor',
      line: TL + 1,
    });
    assert.strictEqual(live.out[TL + 2], '- 2026-11-27 20:04 UTC - ');
  });

  it('a timeline in PST gets the time now in PST (converted), not UTC', () => {
    const md = doc(['- 10:00 PST - Alert fired.', '- 10:20 PST - Rolled back.']);
    const { p, out } = plan(md, '2026-11-27T18:40:00Z', { kind: 'cursor', line: TL + 1 });
    assert.strictEqual(p.mode, 'live');
    assert.strictEqual(out[TL + 2], '- 10:40 PST - ');
  });

  it("entries without a zone under a declared zone: converted to it, no zone written; nothing declared: the setting's zone", () => {
    const declared = doc(['All times are WAT.', '', '- 10:00 - Alert fired.', '- 10:20 - Rolled back.']);
    assert.strictEqual(
      plan(declared, '2026-11-27T09:40:00Z', { kind: 'cursor', line: TL + 3 }).out[TL + 4],
      '- 10:40 - ',
    );
    const bare = doc(['- 10:00 - Alert fired.', '- 10:20 - Rolled back.']);
    const tokyo = plan(
      bare,
      '2026-11-27T01:40:00Z',
      { kind: 'cursor', line: TL + 1 },
      { ...DEFAULTS, timeZone: 'Asia/Tokyo' },
    );
    assert.match(tokyo.out[TL + 2]!, /^- 10:40 (JST|UTC\+09:00) - $/);
  });

  it('"at time" goes in time order, in the timeline\'s own style and zone', () => {
    const md = doc(['- 10:00 PST - Alert fired.', '- 10:20 PST - Rolled back.']);
    const { p, out } = plan(md, '2026-11-27T20:04:00Z', { kind: 'time', hour: 10, minute: 5 });
    assert.strictEqual(p.mode, 'at');
    assert.deepStrictEqual(out.slice(TL, TL + 3), [
      '- 10:00 PST - Alert fired.',
      '- 10:05 PST - ',
      '- 10:20 PST - Rolled back.',
    ]);
  });

  it('plain-line postmortems: a plain line in 12-hour time, and the next plain-line title stays a title', () => {
    const md = [
      'Postmortem: login alerts',
      'Issue Summary',
      'On 2024-03-05 from 08:32 AM UTC to 09:40 AM UTC about 20% of users could not log in because a certificate expired.',
      'Timeline',
      '08:32 AM UTC - Engineering team received alerts about failed logins.',
      '09:40 AM UTC - Certificate renewed; logins recovered.',
      'Root Cause and Resolution',
      'The renewal job had been disabled.',
      'Corrective and Preventative Measures',
      '- Re-enable the renewal job',
      '',
    ].join('\n');
    const before = readModel(md, { template: 'alx-0x19' });
    const { p, out } = plan(md, '2026-11-27T19:01:00Z', { kind: 'cursor', line: 5 });
    assert.strictEqual(out[p.line], '09:45 AM UTC - ');
    const after = readModel(out.join('\n'), { template: 'alx-0x19' });
    assert.strictEqual(
      readingChange(readingOf(before, { ignoreTimelineText: true }), readingOf(after, { ignoreTimelineText: true }), {
        entries: 1,
      }),
      undefined,
    );
    const errors = (t: string) =>
      lint(t, { template: 'alx-0x19' })
        .findings.filter((f) => f.severity === 'error' || ['PM001', 'PM002', 'PM016'].includes(f.ruleId))
        .map((f) => f.ruleId);
    assert.deepStrictEqual(errors(out.join('\n')), errors(md));
  });

  it('a bullet glued to a plain-line title: a blank line keeps the title out of the new item', () => {
    const md =
      '# Q\n\n## Issue Summary\n\nThe queue stalled.\n\n## Timeline\n\n- 09:00 UTC - Alert fired.\n- 09:40 UTC - Service restored.\nRoot cause and resolution\n\nA renamed key.\n';
    const before = readModel(md, { template: 'alx-0x19' });
    const { out } = plan(md, '2026-11-27T09:45:00Z', { kind: 'cursor', line: 9 });
    assert.deepStrictEqual(out.slice(9, 13), [
      '- 09:40 UTC - Service restored.',
      '- 09:45 UTC - ',
      '',
      'Root cause and resolution',
    ]);
    const after = readModel(out.join('\n'), { template: 'alx-0x19' });
    assert.deepStrictEqual(
      after.sections.map((s) => s.templateSectionId),
      before.sections.map((s) => s.templateSectionId),
    );
  });

  it("no timed entry yet: the settings' format, at the summary's start when the incident is long past", () => {
    const md = doc([], 'From 06:00 to 06:40 UTC on 6 June 2024 (40 minutes) emails were late for 15% of users.');
    const { p, out } = plan(md, '2026-11-27T20:04:00Z', { kind: 'cursor', line: 7 });
    assert.strictEqual(p.mode, 'past');
    assert.strictEqual(out[p.line], '- **06:00 UTC** - ');
    const fresh = plan(doc([]), '2026-11-27T20:04:00Z', { kind: 'cursor', line: 7 });
    assert.strictEqual(fresh.p.mode, 'live');
    assert.strictEqual(fresh.out[fresh.p.line], '- **20:04 UTC** - ');
  });

  it('without a Timeline: a new section where the template puts it', () => {
    const md = '# P\n\n## Issue Summary\n\nText.\n\n## Root cause and resolution\n\nCause.\n';
    const { p, out } = plan(md, '2026-11-27T20:04:00Z');
    assert.ok(p.createdSection);
    assert.deepStrictEqual(out.slice(5, 10), ['', '## Timeline', '', '- **20:04 UTC** - ', '']);
  });
});
