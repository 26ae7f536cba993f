// Where a new timeline entry goes: after the entry under the cursor, at the end, in time order, or in a new section.
import * as assert from 'assert';
import { alx0x19 } from '../../src/core/templates/alx-0x19';
import { applyEdits } from '../../src/core/index';
import { planTimelineInsert, timelineCrossesMidnight, wouldCrossMidnight, type Placement } from '../../src/core/index';
import { miniDoc } from './helpers/miniDoc';

const STAMP = '- **14:32 UTC** - ';

const BASE = [
  '# Postmortem',
  '',
  '## Issue Summary',
  '',
  'Text.',
  '',
  '## Timeline',
  '',
  '- **09:00 UTC** - Alert fired.',
  '  continued detail',
  '- **09:10 UTC** - Paged on-call.',
  '- **09:40 UTC** - Resolved.',
  '',
  '## Root cause and resolution',
  '',
  'Cause.',
  '',
].join('\n');

function run(
  text: string,
  placement: Placement,
  stamp = STAMP,
): { out: string[]; cursor: { line: number; column: number }; created: boolean } {
  const { doc, lines } = miniDoc(text, alx0x19);
  const plan = planTimelineInsert(doc, lines, stamp, placement, alx0x19);
  const out = applyEdits(text, [plan.edit]).split('\n');
  return { out, cursor: plan.cursor, created: plan.createdSection };
}

describe('planTimelineInsert', () => {
  const cases: Array<{
    name: string;
    text: string;
    placement: Placement;
    line: number;
    expectLine: string;
    before?: string;
    after?: string;
  }> = [
    {
      name: 'cursor on an entry: after it and its continuation',
      text: BASE,
      placement: { kind: 'cursor', line: 8 },
      line: 10,
      expectLine: STAMP,
      before: '  continued detail',
      after: '- **09:10 UTC** - Paged on-call.',
    },
    {
      name: 'cursor on the continuation line: after the entry',
      text: BASE,
      placement: { kind: 'cursor', line: 9 },
      line: 10,
      expectLine: STAMP,
    },
    {
      name: 'cursor on the last entry',
      text: BASE,
      placement: { kind: 'cursor', line: 11 },
      line: 12,
      expectLine: STAMP,
      before: '- **09:40 UTC** - Resolved.',
      after: '',
    },
    {
      name: 'cursor on the Timeline heading: end of the timeline',
      text: BASE,
      placement: { kind: 'cursor', line: 6 },
      line: 12,
      expectLine: STAMP,
    },
    {
      name: 'cursor outside the Timeline: end of the timeline',
      text: BASE,
      placement: { kind: 'cursor', line: 2 },
      line: 12,
      expectLine: STAMP,
    },
    {
      name: 'time order: between entries',
      text: BASE,
      placement: { kind: 'time', hour: 9, minute: 5 },
      line: 10,
      expectLine: STAMP,
      after: '- **09:10 UTC** - Paged on-call.',
    },
    {
      name: 'time order: before all',
      text: BASE,
      placement: { kind: 'time', hour: 8, minute: 0 },
      line: 8,
      expectLine: STAMP,
      after: '- **09:00 UTC** - Alert fired.',
    },
    {
      name: 'time order: after all',
      text: BASE,
      placement: { kind: 'time', hour: 23, minute: 0 },
      line: 12,
      expectLine: STAMP,
    },
    {
      name: 'time order: equal times go after',
      text: BASE,
      placement: { kind: 'time', hour: 9, minute: 10 },
      line: 11,
      expectLine: STAMP,
    },
  ];
  for (const c of cases) {
    it(c.name, () => {
      const r = run(c.text, c.placement);
      assert.strictEqual(r.out[c.line], c.expectLine, r.out.join('\n'));
      assert.deepStrictEqual(r.cursor, { line: c.line, column: c.expectLine.length });
      if (c.before !== undefined) assert.strictEqual(r.out[c.line - 1], c.before);
      if (c.after !== undefined) assert.strictEqual(r.out[c.line + 1], c.after);
      assert.strictEqual(r.created, false);
    });
  }

  it('matches the neighbour bullet marker', () => {
    const text = '## Timeline\n\n* 10:00 UTC - a\n* 10:05 UTC - b\n';
    const r = run(text, { kind: 'cursor', line: 2 });
    assert.strictEqual(r.out[3], '* **14:32 UTC** - ');
  });

  it('writes a table row in a table timeline', () => {
    const text = '## Timeline\n\n| Time | Event |\n| --- | --- |\n| 10:00 UTC | a |\n| 10:05 UTC | b |\n';
    const r = run(text, { kind: 'cursor', line: 4 });
    assert.strictEqual(r.out[5], '| **14:32 UTC** |  |');
    assert.deepStrictEqual(r.cursor, { line: 5, column: '| **14:32 UTC** | '.length });
  });

  it('empty Timeline section: after the heading with a blank line', () => {
    const text = '## Timeline\n\n## Root cause and resolution\n';
    const r = run(text, { kind: 'cursor', line: 0 });
    assert.deepStrictEqual(r.out.slice(0, 5), ['## Timeline', '', STAMP, '', '## Root cause and resolution']);
    assert.strictEqual(r.cursor.line, 2);
  });

  it('no Timeline: a new section before the next template section', () => {
    const text = '# Postmortem\n\n## Issue Summary\n\nText.\n\n## Root cause and resolution\n\nCause.\n';
    const r = run(text, { kind: 'cursor', line: 4 });
    assert.deepStrictEqual(r.out.slice(4, 11), [
      'Text.',
      '',
      '## Timeline',
      '',
      STAMP,
      '',
      '## Root cause and resolution',
    ]);
    assert.deepStrictEqual(r.cursor, { line: 8, column: STAMP.length });
    assert.strictEqual(r.created, true);
  });

  it('no Timeline and no later section: after the earlier one, at the end without a trailing newline', () => {
    const text = '# Postmortem\n\n## Issue Summary\n\nText.';
    const r = run(text, { kind: 'cursor', line: 0 });
    assert.deepStrictEqual(r.out, ['# Postmortem', '', '## Issue Summary', '', 'Text.', '', '## Timeline', '', STAMP]);
    assert.strictEqual(r.cursor.line, 8);
  });

  it('time order across midnight', () => {
    const text = '## Timeline\n\n- 23:40 UTC - a\n- 23:55 UTC - b\n- 00:10 UTC - c\n- 00:30 UTC - d\n';
    const { doc } = miniDoc(text);
    assert.strictEqual(timelineCrossesMidnight(doc), true);
    assert.strictEqual(run(text, { kind: 'time', hour: 0, minute: 20 }).out[5], STAMP);
    assert.strictEqual(run(text, { kind: 'time', hour: 23, minute: 50 }).out[3], STAMP);
  });

  it('detects midnight crossings and their absence', () => {
    assert.strictEqual(timelineCrossesMidnight(miniDoc('## Timeline\n- 10:00 UTC - a\n- 09:30 UTC - b\n').doc), false);
    assert.strictEqual(
      timelineCrossesMidnight(miniDoc('## Timeline\n- 2024-01-01 23:00 UTC - a\n- 2024-01-02 01:00 UTC - b\n').doc),
      true,
    );
    const late = miniDoc('## Timeline\n- 23:50 UTC - a\n').doc;
    assert.strictEqual(wouldCrossMidnight(late, 0, 10), true);
    assert.strictEqual(wouldCrossMidnight(late, 23, 55), false);
  });
});
