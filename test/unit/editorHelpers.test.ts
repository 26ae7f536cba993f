// Pure helpers behind the editor: typed times, zones, edits, fix-all, fallback fixes, skeletons, entry stamps.
import * as assert from 'assert';
import { lint } from '../../src/core';
import { fixAllText } from '../../src/core/index';
import { postmortemSnippet, renumberTabstops, snippetToText } from '../../src/core/index';
import { alx0x19 } from '../../src/core/templates/alx-0x19';
import { applyEdits, diffEdit, insertLinesEdit } from '../../src/core/index';
import { instantOf, isValidTimeZone, parseTimeInput } from '../../src/core/index';
import { renderTimelineEntry } from '../../src/core/index';

describe('parseTimeInput', () => {
  const ok: Array<[string, number, number, string?]> = [
    ['14:32', 14, 32],
    ['9:05', 9, 5],
    ['2:32 pm', 14, 32],
    ['12:00 AM', 0, 0],
    ['12:15pm', 12, 15],
    ['1432', 14, 32],
    ['2026-11-27 23:59', 23, 59, '2026-11-27'],
    ['14h32', 14, 32],
  ];
  for (const [input, h, m, date] of ok) {
    it(`reads "${input}"`, () => {
      const r = parseTimeInput(input);
      assert.ok(r.ok, JSON.stringify(r));
      if (!r.ok) return;
      assert.deepStrictEqual([r.value.hour, r.value.minute], [h, m]);
      if (date) assert.deepStrictEqual(r.value.date, { year: 2026, month: 11, day: 27 });
    });
  }
  const bad: Array<[string, RegExp]> = [
    ['', /Type a time/],
    ['25:00', /hour must be 0–23/],
    ['13:00 pm', /1–12/],
    ['10:75', /minutes/],
    ['soon', /not a time/],
    ['2026-02-30 10:00', /calendar date/],
  ];
  for (const [input, error] of bad) {
    it(`rejects "${input}" with a clear message`, () => {
      const r = parseTimeInput(input);
      assert.ok(!r.ok);
      if (!r.ok) assert.match(r.error, error);
    });
  }
});

describe('zones and stamps', () => {
  it('validates zone settings', () => {
    assert.ok(isValidTimeZone('UTC') && isValidTimeZone('local') && isValidTimeZone('Africa/Lagos'));
    assert.ok(!isValidTimeZone('Mars/Olympus'));
  });
  it('turns a wall time in a zone into an instant', () => {
    const now = new Date('2026-11-27T12:00:00Z');
    assert.strictEqual(instantOf({ hour: 14, minute: 32 }, 'UTC', now).toISOString(), '2026-11-27T14:32:00.000Z');
    assert.strictEqual(
      instantOf({ hour: 14, minute: 32 }, 'Africa/Lagos', now).toISOString(),
      '2026-11-27T13:32:00.000Z',
    );
    assert.strictEqual(
      instantOf({ hour: 9, minute: 0, date: { year: 2026, month: 7, day: 1 } }, 'America/New_York', now).toISOString(),
      '2026-07-01T13:00:00.000Z',
    );
  });
  it('renders the default entry, with a date when asked, and custom formats', () => {
    const d = new Date('2026-11-27T14:32:00Z');
    assert.strictEqual(
      renderTimelineEntry(d, { timeZone: 'UTC', format: '- **{time} {zone}** - ', includeDate: false }),
      '- **14:32 UTC** - ',
    );
    assert.strictEqual(
      renderTimelineEntry(d, { timeZone: 'UTC', format: '- **{time} {zone}** - ', includeDate: true }),
      '- **2026-11-27 14:32 UTC** - ',
    );
    assert.strictEqual(
      renderTimelineEntry(d, { timeZone: 'UTC', format: '* {date} {time} ({zone}): ', includeDate: false }),
      '* 2026-11-27 14:32 (UTC): ',
    );
    assert.match(
      renderTimelineEntry(d, { timeZone: 'Asia/Tokyo', format: '- **{time} {zone}** - ', includeDate: false }),
      /^- \*\*23:32 (JST|UTC\+09:00)\*\* - $/,
    );
  });
});

describe('text edits', () => {
  it('inserts lines with blank lines around them only where needed', () => {
    const lines = ['a', 'b', ''];
    const r = insertLinesEdit(lines, 1, ['X'], { blankBefore: true, blankAfter: true });
    assert.strictEqual(applyEdits(lines.join('\n'), [r.edit]), 'a\n\nX\n\nb\n');
    assert.strictEqual(r.firstLine, 2);
    const end = insertLinesEdit(lines, 9, ['X'], { blankBefore: true });
    assert.strictEqual(applyEdits(lines.join('\n'), [end.edit]), 'a\nb\n\nX\n');
  });
  it('diffs two texts into one edit covering the changed lines', () => {
    const before = 'a\nb\nc\nd';
    const after = 'a\nB\nB2\nc\nd';
    const edit = diffEdit(before, after)!;
    assert.deepStrictEqual(edit.range, { startLine: 1, startColumn: 0, endLine: 1, endColumn: 1 });
    assert.strictEqual(applyEdits(before, [edit]), after);
    assert.strictEqual(diffEdit(before, before), undefined);
    assert.strictEqual(applyEdits('x', [diffEdit('x', 'x\ny\n')!]), 'x\ny\n');
  });
});

describe('fixes owned by their rules', () => {
  const fixOf = (text: string, ruleId: string) =>
    lint(text, { template: 'alx-0x19' }).findings.find((f) => f.ruleId === ruleId)?.fix;
  it('PM013 sorts an out-of-order timeline, keeping continuation lines with their entry', () => {
    const text = '## Timeline\n\n- 10:05 UTC - b\n  more b\n- 10:00 UTC - a\n- 10:10 UTC - c\n\n## Next\n';
    const fixed = applyEdits(text, fixOf(text, 'PM013')!.edits);
    assert.strictEqual(
      fixed,
      '## Timeline\n\n- 10:00 UTC - a\n- 10:05 UTC - b\n  more b\n- 10:10 UTC - c\n\n## Next\n',
    );
    assert.strictEqual(fixOf(fixed, 'PM013'), undefined);
  });
  it('PM013 sorts across midnight when a late-night sequence crosses it', () => {
    const text = '## Timeline\n- 23:55 UTC - b\n- 23:50 UTC - a\n- 00:10 UTC - c\n';
    assert.strictEqual(
      applyEdits(text, fixOf(text, 'PM013')!.edits),
      '## Timeline\n- 23:50 UTC - a\n- 23:55 UTC - b\n- 00:10 UTC - c\n',
    );
  });
  it('PM013 sorts by the same clock as the rule when zones are mixed', () => {
    const text = '## Timeline\n- 10:30 UTC - b\n- 11:10 WAT - a\n- 10:40 UTC - c\n';
    // 11:10 WAT is 10:10 UTC: first.
    assert.strictEqual(
      applyEdits(text, fixOf(text, 'PM013')!.edits),
      '## Timeline\n- 11:10 WAT - a\n- 10:30 UTC - b\n- 10:40 UTC - c\n',
    );
  });
  it('PM003 adds the zone the other entries use after a timestamp', () => {
    const text = '## Timeline\n- 14:00 UTC - a\n- 14:05 - x\n';
    assert.strictEqual(
      applyEdits(text, fixOf(text, 'PM003')!.edits),
      '## Timeline\n- 14:00 UTC - a\n- 14:05 UTC - x\n',
    );
  });
  it('PM001 inserts a missing section at its template place, placeholders as text', () => {
    const text = '# P\n\n## Issue Summary\n\nS.\n\n## Root cause and resolution\n\nC.\n';
    const out = applyEdits(text, fixOf(text, 'PM001')!.edits);
    assert.match(
      out,
      /S\.\n\n## Timeline\n\n- HH:MM UTC - when and how the issue was detected\n[\s\S]*\n\n## Root cause and resolution/,
    );
  });
});

describe('fixAllText', () => {
  it('applies every fix-all-safe fix, pass after pass, and leaves what needs a person', () => {
    const text =
      '# P\n\n## Issue Summary\n\nS TBD.\n\n## Timeline\n\n- 10:05 UTC - b\n- 10:00 - a\n\n## Root cause and resolution\n\nC.\n';
    const r = fixAllText(text, { template: 'alx-0x19' });
    assert.match(r.text, /- 10:00 UTC - a\n- 10:05 UTC - b/, 'zone added, then sorted');
    assert.match(r.text, /## Corrective and preventative measures/, 'missing section inserted');
    assert.match(r.text, /S TBD\./, 'a placeholder needs the author');
    assert.ok(r.passes >= 2 && r.fixed.some((f) => f.ruleId === 'PM003') && r.fixed.some((f) => f.ruleId === 'PM013'));
    assert.strictEqual(fixAllText(r.text, { template: 'alx-0x19' }).text, r.text, 'stable');
  });
});

describe('skeletons', () => {
  it('renumbers tab stops and keeps $0', () => {
    assert.deepStrictEqual(renumberTabstops('${1:a} $2 ${3|x,y|} $0', 4), { body: '${5:a} $6 ${7|x,y|} $0', max: 7 });
  });
  it('builds a whole postmortem with unique tab stops, the marker and the zone', () => {
    const body = postmortemSnippet(alx0x19, { zone: 'WAT' });
    assert.match(body, /^<!-- postmortem: alx-0x19 -->\n# ALX 0x19 Postmortem\n/);
    for (const s of alx0x19.sections) assert.ok(body.includes(`## ${s.title}\n`), s.title);
    const stops = [...body.matchAll(/\$\{(\d+):/g)].map((m) => Number(m[1]));
    assert.strictEqual(new Set(stops).size, stops.length);
    assert.ok(!/\bUTC\b/.test(body) && /\bWAT\b/.test(body));
    assert.ok(!/\$\{/.test(snippetToText(body)));
  });
});
