// The postmortem-lint CLI: formats, exit codes, globs, config and usage errors.
import * as assert from 'assert';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { main, type CliIo } from '../../src/cli/main';
import { globToRegExp } from '../../src/cli/glob';
import { CONTENT_CHECKS } from '../../src/core/templates/custom';

const FIXTURES = path.resolve(__dirname, '../../../test/fixtures');
const ROOT = path.resolve(__dirname, '../../..');

// Runs the CLI in `cwd`, capturing output.
function run(args: string[], cwd = FIXTURES): { code: number; out: string; err: string } {
  let out = '', err = '';
  const io: CliIo = { stdout: (t) => (out += t), stderr: (t) => (err += t), cwd };
  const code = main(args, io);
  return { code, out, err };
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
    for (const f of list) assert.deepStrictEqual(Object.keys(f), ['file', 'ruleId', 'ruleName', 'severity', 'line', 'column', 'endLine', 'endColumn', 'message', 'template']);
    const first = list.find((f) => f.ruleId === 'PM020')!;
    assert.deepStrictEqual([first.file, first.line, first.column, first.endLine, first.endColumn, first.template], [path.join('seed', 'merged-seed.txt'), 1, 1, 1, 13, 'incident-report']);
  });
  it('sarif: a 2.1.0 log with rules and results', () => {
    const log = JSON.parse(run(['--format', 'sarif', 'seed/merged-seed.txt']).out) as { version: string; runs: Array<{ tool: { driver: { rules: unknown[] } }; results: Array<{ level: string; locations: Array<{ physicalLocation: { region: { startLine: number } } }> }> }> };
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
    const r = run(['--format', 'json', '--template', 'google-sre', '--rule', 'PM001=off', '--rule', 'placeholders=error', 'seed/incident-report-example.md']);
    const list = JSON.parse(r.out) as Array<{ ruleId: string; severity: string; template: string }>;
    assert.ok(list.every((f) => f.template === 'google-sre' && f.ruleId !== 'PM001'));
    assert.ok(list.some((f) => f.ruleId === 'PM019' && f.severity === 'error'));
    assert.strictEqual(r.code, 1);
  });
  const usage: Array<[string[], RegExp]> = [
    [[], /No files given/], [['--format', 'xml', 'x.md'], /Unknown --format "xml"/], [['--bogus'], /Unknown option '--bogus'/],
    [['missing.md'], /No such file or directory: missing\.md/], [['nothing/**/*.zz'], /No files match the pattern/],
    [['--template', 'nope', 'lint'], /Unknown template "nope"/], [['--max-warnings=-1', 'lint'], /--max-warnings needs a whole number/],
    [['--rule', 'PM001', 'lint'], /Bad --rule "PM001"/], [['--config', 'nope.json', 'lint'], /Cannot read config/],
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
    fs.writeFileSync(path.join(dir, '.postmortem.json'), JSON.stringify({ defaultTemplate: 'team', templates: [{ id: 'team', sections: [{ title: 'What happened' }, { title: 'Next steps' }] }] }));
    const ok = run(['--format', 'json', 'a.md'], dir);
    assert.deepStrictEqual((JSON.parse(ok.out) as Array<{ message: string }>).map((f) => f.message), ['Missing required section "Next steps" (team)']);
    fs.writeFileSync(path.join(dir, '.postmortem.json'), JSON.stringify({ templates: [{ id: 'team', sections: [{ title: 3 }] }] }));
    const bad = run(['a.md'], dir);
    assert.strictEqual(bad.code, 2);
    assert.match(bad.err, /templates\[0\]\.sections\[0\]\.title: expected a non-empty string/);
  });
  it('prints help and version', () => {
    assert.match(run(['--help']).out, /^Usage: postmortem-lint/);
    assert.match(run(['-v']).out, /^\d+\.\d+\.\d+\n$/);
  });
});

describe('glob expansion', () => {
  const table: Array<[string, string, boolean]> = [
    ['**/*.md', 'a/b/c.md', true], ['**/*.md', 'c.md', true], ['*.md', 'a/c.md', false], ['docs/*.{md,txt}', 'docs/x.txt', true],
    ['?.md', 'ab.md', false], ['a/**/z.md', 'a/z.md', true],
  ];
  for (const [glob, file, ok] of table) it(`${glob} ${ok ? 'matches' : 'does not match'} ${file}`, () => assert.strictEqual(globToRegExp(glob).test(file), ok));
});

describe('.postmortem.json schema', () => {
  it('lists the same content checks as the validator', () => {
    const schema = JSON.parse(fs.readFileSync(path.join(ROOT, 'schemas/postmortem.schema.json'), 'utf8')) as { definitions: { section: { properties: { content: { items: { enum: string[] } } } } } };
    assert.deepStrictEqual(schema.definitions.section.properties.content.items.enum, [...CONTENT_CHECKS]);
  });
});
