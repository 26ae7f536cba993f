// Lints every fixture in test/fixtures/lint and compares with the findings it marks inline.
//
// Fixture scheme: `<!-- expect: PM003 -->` on a line expects a finding of that rule starting on that line
// (repeat the comment for several findings); document-level findings start on the title line.
// `<!-- fixture: {"rules": {"PM005": "off"}} -->` passes LintOptions. Every other finding is a failure.
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { lint, type LintOptions } from '../../src/core/index';

const DIR = path.resolve(__dirname, '../../../test/fixtures/lint');

// Reads the expected "line:rule" list and the options of a fixture.
function expectations(text: string): { expected: string[]; options: LintOptions } {
  const expected: string[] = [];
  text.split(/\r?\n/).forEach((line, i) => {
    for (const m of line.matchAll(/<!-- expect: (PM\d{3}) -->/g)) expected.push(`${i + 1}:${m[1]}`);
  });
  const opt = /<!-- fixture: (\{.*\}) -->/.exec(text);
  return { expected: expected.sort(), options: opt ? (JSON.parse(opt[1]!) as LintOptions) : {} };
}

describe('fixtures with inline expectations', () => {
  const files = fs.readdirSync(DIR).filter((f) => f.endsWith('.md'));
  it('finds the fixtures', () => assert.ok(files.length >= 8, `only ${files.length} fixtures`));
  for (const f of files) {
    it(f, () => {
      const text = fs.readFileSync(path.join(DIR, f), 'utf8');
      const { expected, options } = expectations(text);
      const r = lint(text, options);
      const actual = r.findings.map((x) => `${x.range.startLine + 1}:${x.ruleId}`).sort();
      assert.deepStrictEqual(
        actual,
        expected,
        r.findings.map((x) => `${x.range.startLine + 1}:${x.ruleId} ${x.message}`).join('\n'),
      );
      assert.strictEqual(r.ruleErrors, undefined);
    });
  }
});

describe('what the fixtures are about', () => {
  const read = (f: string): string => fs.readFileSync(path.join(DIR, f), 'utf8');
  it('PM001 on the assignment format without Timeline names the section', () => {
    const r = lint(read('alx-missing-timeline.md'));
    assert.strictEqual(r.template.id, 'alx-0x19');
    const pm001 = r.findings.filter((f) => f.ruleId === 'PM001');
    assert.strictEqual(pm001.length, 1);
    assert.match(pm001[0]!.message, /Timeline/);
  });
  it('a clean 400–600 word postmortem has no findings and counts its words', () => {
    const r = lint(read('alx-clean.md'));
    assert.ok(r.model.words >= 400 && r.model.words <= 600, String(r.model.words));
    assert.strictEqual(r.model.timeline!.entries.length, 7);
    assert.deepStrictEqual(
      r.model.sections.filter((s) => s.templateSectionId).map((s) => s.templateSectionId),
      ['issue-summary', 'timeline', 'root-cause-and-resolution', 'corrective-and-preventative-measures'],
    );
    assert.strictEqual(r.model.summary.percentUsers, '35% of users');
    assert.strictEqual(r.model.summary.durationMinutes, 90);
    assert.strictEqual(r.model.tasks.length, 5);
  });
  it('recognises setext, bold, plain and emoji headings with a misspelling', () => {
    const r = lint(read('headings-styles.md'));
    const s = r.model.sections.map((x) => [x.style, x.templateSectionId ?? '-']);
    assert.deepStrictEqual(s, [
      ['setext', '-'],
      ['emphasis', 'issue-summary'],
      ['plain', 'timeline'],
      ['setext', 'root-cause-and-resolution'],
      ['atx', 'corrective-and-preventative-measures'],
    ]);
    assert.strictEqual(r.model.timeline!.entries.length, 3);
    assert.strictEqual(r.model.summary.zone?.raw, 'WAT');
  });
  it('reads a table timeline with a date line and a declared zone', () => {
    const r = lint(read('order-and-table.md'));
    assert.strictEqual(r.templateSource, 'hint');
    assert.strictEqual(r.model.timeline!.entries.length, 5);
    assert.ok(r.model.timeline!.entries.every((e) => e.shape === 'table' && e.date?.year === 2015));
    assert.strictEqual(r.model.timeline!.zone?.raw, 'UTC');
  });
});
