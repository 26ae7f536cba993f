// The postmortem-lint CLI: formats, exit codes, globs, config and usage errors.
import * as assert from 'assert';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { main, type CliIo } from '../../src/cli/main';
import { fixReport, stylish, type CliFinding } from '../../src/cli/format';
import { globToRegExp } from '../../src/cli/glob';
import { allRules, getRule } from '../../src/core/index';
import { CONTENT_CHECKS } from '../../src/core/templates/custom';

const FIXTURES = path.resolve(__dirname, '../../../test/fixtures');
const ROOT = path.resolve(__dirname, '../../..');

// Runs the CLI in `cwd`, capturing output.
function run(args: string[], cwd = FIXTURES): { code: number; out: string; err: string } {
  let out = '',
    err = '';
  const io: CliIo = { stdout: (t) => (out += t), stderr: (t) => (err += t), cwd };
  const code = main(args, io);
  return { code, out, err };
}

/** A fresh temporary folder. */
function tmpDir(): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), 'pm-cli-'));
}

describe('postmortem-lint CLI', () => {
  it('exit 1 and stylish output for the merged seed (merge-conflict errors, 1-based lines)', () => {
    const r = run(['seed/merged-seed.txt']);
    assert.strictEqual(r.code, 1);
    assert.match(r.out, /seed\/merged-seed\.txt {2}\(template: incident-report\)/);
    assert.match(r.out, /\n {2}1:1 +error +Unresolved merge-conflict marker "<<<<<<< HEAD" {2}PM020\/merge-conflict\n/);
    assert.match(r.out, /✖ \d+ problems \(3 errors, /);
  });
  it('json: one object per finding with exactly the documented fields', () => {
    const r = run(['--format', 'json', 'seed/merged-seed.txt']);
    const list = JSON.parse(r.out) as Array<Record<string, unknown>>;
    assert.ok(list.length >= 3);
    for (const f of list)
      assert.deepStrictEqual(Object.keys(f), [
        'file',
        'ruleId',
        'ruleName',
        'severity',
        'line',
        'column',
        'endLine',
        'endColumn',
        'message',
        'template',
      ]);
    const first = list.find((f) => f.ruleId === 'PM020')!;
    assert.deepStrictEqual(
      [first.file, first.line, first.column, first.endLine, first.endColumn, first.template],
      [path.join('seed', 'merged-seed.txt'), 1, 1, 1, 13, 'incident-report'],
    );
  });
  it('sarif: a 2.1.0 log with rules and results', () => {
    const log = JSON.parse(run(['--format', 'sarif', 'seed/merged-seed.txt']).out) as {
      version: string;
      runs: Array<{
        tool: { driver: { rules: unknown[] } };
        results: Array<{ level: string; locations: Array<{ physicalLocation: { region: { startLine: number } } }> }>;
      }>;
    };
    assert.strictEqual(log.version, '2.1.0');
    assert.ok(log.runs[0]!.tool.driver.rules.length >= 21);
    assert.strictEqual(log.runs[0]!.results[0]!.level, 'error');
    assert.strictEqual(log.runs[0]!.results[0]!.locations[0]!.physicalLocation.region.startLine, 1);
  });
  it('exit 0 for a clean file, with globs', () => {
    const r = run(['lint/alx-clean*.md']);
    assert.deepStrictEqual([r.code, r.out, r.err], [0, '', '']);
  });
  it('--max-warnings turns warnings into exit 1', () => {
    assert.strictEqual(run(['seed/incident-report-example.md']).code, 0);
    const r = run(['--max-warnings', '0', 'seed/incident-report-example.md']);
    assert.strictEqual(r.code, 1);
    assert.match(r.err, /2 warnings, more than --max-warnings 0/);
  });
  it('--template and --rule change the verdict', () => {
    const r = run([
      '--format',
      'json',
      '--template',
      'google-sre',
      '--rule',
      'PM001=off',
      '--rule',
      'placeholders=error',
      'seed/incident-report-example.md',
    ]);
    const list = JSON.parse(r.out) as Array<{ ruleId: string; severity: string; template: string }>;
    assert.ok(list.every((f) => f.template === 'google-sre' && f.ruleId !== 'PM001'));
    assert.ok(list.some((f) => f.ruleId === 'PM019' && f.severity === 'error'));
    assert.strictEqual(r.code, 1);
  });
  const usage: Array<[string[], RegExp]> = [
    [[], /No files given/],
    [['--format', 'xml', 'x.md'], /Unknown --format "xml"/],
    [['--bogus'], /Unknown option '--bogus'/],
    [['missing.md'], /No such file or directory: missing\.md/],
    [['nothing/**/*.zz'], /No files match the pattern/],
    [['--template', 'nope', 'lint'], /Unknown template "nope"/],
    [['--max-warnings=-1', 'lint'], /--max-warnings needs a whole number/],
    [['--rule', 'PM001', 'lint'], /Bad --rule "PM001"/],
    [['--config', 'nope.json', 'lint'], /Cannot read config/],
  ];
  for (const [args, re] of usage) {
    it(`exit 2: ${args.join(' ') || '(no arguments)'}`, () => {
      const r = run(args);
      assert.strictEqual(r.code, 2);
      assert.match(r.err, re);
    });
  }
  it('reads custom templates from .postmortem.json and reports invalid ones by field', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'pm-cli-'));
    fs.writeFileSync(path.join(dir, 'a.md'), '# X\n\n## What happened\n\nThe db died.\n');
    fs.writeFileSync(
      path.join(dir, '.postmortem.json'),
      JSON.stringify({
        defaultTemplate: 'team',
        templates: [{ id: 'team', sections: [{ title: 'What happened' }, { title: 'Next steps' }] }],
      }),
    );
    const ok = run(['--format', 'json', 'a.md'], dir);
    assert.deepStrictEqual(
      (JSON.parse(ok.out) as Array<{ message: string }>).map((f) => f.message),
      ['Missing required section "Next steps" (team)'],
    );
    fs.writeFileSync(
      path.join(dir, '.postmortem.json'),
      JSON.stringify({ templates: [{ id: 'team', sections: [{ title: 3 }] }] }),
    );
    const bad = run(['a.md'], dir);
    assert.strictEqual(bad.code, 2);
    assert.match(bad.err, /templates\[0\]\.sections\[0\]\.title: expected a non-empty string/);
  });
  it('reads a UTF-8 BOM as VS Code does: no false missing section, conflict markers found on line 1', () => {
    const dir = tmpDir();
    const clean = fs.readFileSync(path.join(FIXTURES, 'lint/alx-clean.md'), 'utf8').replace(/^# .*\n\n/, '');
    assert.match(clean, /^## Issue Summary\n/);
    fs.writeFileSync(path.join(dir, 'clean.md'), `\uFEFF${clean}`);
    assert.deepStrictEqual(run(['--format', 'json', 'clean.md'], dir).out, '[]\n');
    fs.writeFileSync(path.join(dir, 'conflict.md'), '\uFEFF<<<<<<< HEAD\na\n=======\nb\n>>>>>>> theirs\n');
    const list = JSON.parse(run(['--format', 'json', '--rule', 'PM001=off', 'conflict.md'], dir).out) as Array<{
      ruleId: string;
      line: number;
      column: number;
    }>;
    assert.deepStrictEqual(
      list.filter((f) => f.ruleId === 'PM020').map((f) => [f.line, f.column]),
      [
        [1, 1],
        [3, 1],
        [5, 1],
      ],
    );
  });
  it('--rule: ids and names in any case; an unknown one (or __proto__) is an error that lists the rules', () => {
    const ok = run([
      '--format',
      'json',
      '--rule',
      'pm001=OFF',
      '--rule',
      'Placeholders=error',
      'seed/incident-report-example.md',
    ]);
    const list = JSON.parse(ok.out) as Array<{ ruleId: string; severity: string }>;
    assert.ok(!list.some((f) => f.ruleId === 'PM001'));
    assert.ok(list.some((f) => f.ruleId === 'PM019' && f.severity === 'error'));
    for (const bad of ['PM999=off', '__proto__=off', 'constructor=error', 'timeline_timezone=off']) {
      const r = run(['--rule', bad, 'lint']);
      assert.strictEqual(r.code, 2, bad);
      const last = allRules[allRules.length - 1]!;
      assert.match(
        r.err,
        new RegExp(
          `^postmortem-lint: Unknown rule "[^"]+" in --rule "[^"]+"; the rules are PM001 \\(required-sections\\), PM002 \\(section-order\\),[^\\n]* PM025 \\(task-list-markup\\), PM026 \\(milestone-order\\),[^\\n]* ${last.id} \\(${last.name}\\)\\n`,
        ),
        bad,
      );
    }
    assert.match(run(['--rule', 'PM003=loud', 'lint']).err, /Bad --rule "PM003=loud"/);
  });
  it('--max-warnings takes digits only: "", " 1", "1e3", "0x10", "1.5", "-0", "ten" are usage errors, not numbers', () => {
    for (const value of ['', ' 1', '1e3', '0x10', '1.5', '-0', 'ten']) {
      const r = run([`--max-warnings=${value}`, 'seed/incident-report-example.md']);
      assert.strictEqual(r.code, 2, JSON.stringify(value));
      assert.match(r.err, /--max-warnings needs a whole number >= 0/);
    }
    assert.strictEqual(run(['--max-warnings', '2', 'seed/incident-report-example.md']).code, 0);
  });
  it('an empty directory (or one without Markdown) is an error, not a silent success', () => {
    const dir = tmpDir();
    fs.mkdirSync(path.join(dir, 'empty'));
    fs.mkdirSync(path.join(dir, 'notes'));
    fs.writeFileSync(path.join(dir, 'notes', 'a.txt'), 'x');
    for (const d of ['empty', 'notes']) {
      const r = run([d], dir);
      assert.strictEqual(r.code, 2);
      assert.strictEqual(r.err, `postmortem-lint: No Markdown files (*.md, *.markdown) in directory: ${d}\n`);
    }
  });
  it('sarif: artifact URIs are percent-encoded relative references', () => {
    const dir = tmpDir();
    fs.mkdirSync(path.join(dir, 'post mortems'));
    fs.writeFileSync(path.join(dir, 'post mortems', 'db #1 100%.md'), '<<<<<<< HEAD\n');
    const log = JSON.parse(run(['--format', 'sarif', 'post mortems'], dir).out) as {
      runs: Array<{
        results: Array<{ locations: Array<{ physicalLocation: { artifactLocation: { uri: string } } }> }>;
      }>;
    };
    const uris = new Set(log.runs[0]!.results.map((r) => r.locations[0]!.physicalLocation.artifactLocation.uri));
    assert.deepStrictEqual([...uris], ['post%20mortems/db%20%231%20100%25.md']);
  });
  it('a rule that throws is reported on stderr (exit 2); the other findings still print', () => {
    const rule = getRule('PM001')!;
    const check = rule.check.bind(rule);
    rule.check = () => {
      throw new Error('boom');
    };
    try {
      const r = run(['seed/merged-seed.txt']);
      assert.strictEqual(r.code, 2);
      assert.match(r.err, /^postmortem-lint: rule PM001 failed on seed\/merged-seed\.txt: boom\n$/);
      assert.match(r.out, /PM020\/merge-conflict/);
    } finally {
      rule.check = check;
    }
  });
  it('stylish prints 150,000 findings without overflowing the stack', () => {
    const findings = Array.from({ length: 150_000 }, (_, i): CliFinding => ({
      file: 'a.md',
      ruleId: 'PM019',
      ruleName: 'placeholders',
      severity: 'warning',
      line: i + 1,
      column: 1,
      endLine: i + 1,
      endColumn: 4,
      message: 'Left-over placeholder "TBD"',
      template: 'alx-0x19',
    }));
    // (assert.ok: a failing assert.match would print all 15 MB)
    const text = stylish([{ file: 'a.md', template: 'alx-0x19', findings }]);
    assert.ok(
      text.includes('\n  1:1       warning      Left-over placeholder "TBD"  PM019/placeholders\n'),
      'stylish: first row, padded',
    );
    assert.ok(
      text.includes('\n  150000:1  warning      Left-over placeholder "TBD"  PM019/placeholders\n'),
      'stylish: last row',
    );
    assert.ok(
      fixReport('a.md', findings, false).startsWith('Fixed 150000 problems in a.md:\n  1:1       PM019/placeholders'),
      'fix report',
    );
  });
  it('prints help and version', () => {
    assert.match(run(['--help']).out, /^Usage: postmortem-lint/);
    assert.match(run(['-v']).out, /^\d+\.\d+\.\d+\n$/);
  });
});

describe('glob expansion', () => {
  const table: Array<[string, string, boolean]> = [
    ['**/*.md', 'a/b/c.md', true],
    ['**/*.md', 'c.md', true],
    ['*.md', 'a/c.md', false],
    ['docs/*.{md,txt}', 'docs/x.txt', true],
    ['?.md', 'ab.md', false],
    ['a/**/z.md', 'a/z.md', true],
  ];
  for (const [glob, file, ok] of table)
    it(`${glob} ${ok ? 'matches' : 'does not match'} ${file}`, () =>
      assert.strictEqual(globToRegExp(glob).test(file), ok));
});

describe('.postmortem.json schema', () => {
  it('lists the same content checks as the validator', () => {
    const schema = JSON.parse(fs.readFileSync(path.join(ROOT, 'schemas/postmortem.schema.json'), 'utf8')) as {
      definitions: { section: { properties: { content: { items: { enum: string[] } } } } };
    };
    assert.deepStrictEqual(schema.definitions.section.properties.content.items.enum, [...CONTENT_CHECKS]);
  });
});
