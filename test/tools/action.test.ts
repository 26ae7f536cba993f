// The GitHub Action's script (action/run.mjs) run as the runner would: a fake GITHUB_WORKSPACE, GITHUB_OUTPUT and
// GITHUB_STEP_SUMMARY; its SARIF checked against the SARIF 2.1.0 schema.
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { ROOT, packCli, sampleWorkspace, sarifValidator, sh, tempDir } from './helpers';

interface Sarif {
  runs: Array<{
    tool: { driver: { rules: Array<{ helpUri: string }> } };
    results: Array<{
      ruleId: string;
      level: string;
      locations: Array<{ physicalLocation: { artifactLocation: { uri: string } } }>;
    }>;
  }>;
}

describe('GitHub Action (action.yml → action/run.mjs)', function () {
  this.timeout(180000);
  const validate = sarifValidator();
  let workspace: string;
  let files: ReturnType<typeof sampleWorkspace>;

  before(() => {
    workspace = tempDir('action');
    files = sampleWorkspace(workspace);
  });

  /** Runs the action's step with these inputs; returns exit code, log, outputs, SARIF and step summary. */
  function action(inputs: Record<string, string>): {
    code: number;
    log: string;
    err: string;
    outputs: Record<string, string>;
    sarif?: Sarif;
    summary: string;
  } {
    const outputFile = path.join(workspace, `.github-output-${Date.now()}`);
    const summaryFile = path.join(workspace, `.github-summary-${Date.now()}`);
    fs.writeFileSync(outputFile, '');
    fs.writeFileSync(summaryFile, '');
    const env: Record<string, string> = {
      PATH: process.env.PATH ?? '',
      HOME: process.env.HOME ?? '',
      GITHUB_WORKSPACE: workspace,
      GITHUB_OUTPUT: outputFile,
      GITHUB_STEP_SUMMARY: summaryFile,
    };
    for (const [k, v] of Object.entries(inputs)) env[`INPUT_${k.toUpperCase().replace(/-/g, '_')}`] = v;
    const r = sh(process.execPath, [path.join(ROOT, 'action/run.mjs')], { cwd: workspace, env });
    const outputs = Object.fromEntries(
      fs
        .readFileSync(outputFile, 'utf8')
        .trim()
        .split('\n')
        .filter(Boolean)
        .map((l) => [l.slice(0, l.indexOf('=')), l.slice(l.indexOf('=') + 1)]),
    );
    const sarifFile = outputs['sarif-file'];
    const sarif =
      sarifFile && fs.existsSync(sarifFile) ? (JSON.parse(fs.readFileSync(sarifFile, 'utf8')) as Sarif) : undefined;
    return {
      code: r.code,
      log: r.out,
      err: r.err,
      outputs,
      ...(sarif ? { sarif } : {}),
      summary: fs.readFileSync(summaryFile, 'utf8'),
    };
  }

  it('the action.yml step passes every input to the script under the name it reads', () => {
    const yml = fs.readFileSync(path.join(ROOT, 'action.yml'), 'utf8');
    const script = fs.readFileSync(path.join(ROOT, 'action/run.mjs'), 'utf8');
    const inputs = [...yml.slice(yml.indexOf('inputs:'), yml.indexOf('outputs:')).matchAll(/^ {2}([\w-]+):$/gm)].map(
      (m) => m[1]!,
    );
    assert.deepStrictEqual(inputs, ['files', 'args', 'sarif-file', 'working-directory', 'cli', 'node-version']);
    for (const name of inputs.filter((n) => n !== 'node-version')) {
      const env = `INPUT_${name.toUpperCase().replace(/-/g, '_')}`;
      assert.ok(yml.includes(`${env}: \${{ inputs.${name} }}`), `action.yml does not pass inputs.${name} as ${env}`);
      assert.ok(script.includes(`env.${env}`), `action/run.mjs never reads ${env}`);
    }
    assert.match(yml, /using: composite/);
    assert.match(yml, /node "\$GITHUB_ACTION_PATH\/action\/run\.mjs"/);
    for (const output of ['sarif-file', 'errors', 'warnings', 'exit-code'])
      assert.ok(script.includes(`${output}=`), `the script never sets ${output}`);
  });

  it('writes a schema-valid SARIF log, annotates each finding, sets outputs and fails on errors', () => {
    const r = action({ files: 'postmortems/**/*.md\nincident-report-example.md', cli: path.join(ROOT, 'dist/cli.js') });
    assert.strictEqual(r.code, 1, r.log + r.err);
    assert.ok(r.sarif, `no SARIF written; outputs: ${JSON.stringify(r.outputs)}`);
    assert.deepStrictEqual(validate(r.sarif), []);
    const results = r.sarif.runs[0]!.results;
    assert.deepStrictEqual(
      [...new Set(results.map((x) => x.locations[0]!.physicalLocation.artifactLocation.uri))].sort(),
      [files.warnings, files.bad].sort(),
    );
    assert.ok(r.sarif.runs[0]!.tool.driver.rules.every((rule) => rule.helpUri.startsWith('https://')));
    assert.match(
      r.log,
      /^::error file=postmortems\/2026-01-db-outage\.md,line=1,col=1,endLine=1,endColumn=\d+,title=PM001\/required-sections::Missing required section "Timeline"/m,
    );
    assert.match(
      r.log,
      /^::warning file=incident-report-example\.md,line=\d+,.*title=PM019\/placeholders::Left-over placeholder "XYZ"/m,
    );
    const errors = results.filter((x) => x.level === 'error').length;
    assert.ok(errors > 0);
    assert.deepStrictEqual(
      [r.outputs.errors, r.outputs['exit-code'], r.outputs['sarif-file']],
      [String(errors), '1', path.join(workspace, 'postmortem-lint.sarif')],
    );
    assert.match(r.summary, /### postmortem-lint/);
  });

  it('passes `args` through to the CLI: --max-warnings fails a warnings-only postmortem, --rule turns a rule off', () => {
    const ok = action({ files: files.warnings, cli: path.join(ROOT, 'dist/cli.js') });
    assert.deepStrictEqual([ok.code, ok.outputs.errors, ok.outputs.warnings], [0, '0', '2']);
    const strict = action({ files: files.warnings, args: '--max-warnings 0', cli: path.join(ROOT, 'dist/cli.js') });
    assert.strictEqual(strict.code, 1);
    assert.match(strict.err, /2 warnings, more than --max-warnings 0/);
    const off = action({
      files: files.warnings,
      args: "--rule 'PM019=off'",
      cli: path.join(ROOT, 'dist/cli.js'),
      'sarif-file': 'reports/pm.sarif',
    });
    assert.deepStrictEqual([off.code, off.outputs.warnings], [0, '0']);
    assert.ok(fs.existsSync(path.join(workspace, 'reports/pm.sarif')));
  });

  it('runs in a working directory, keeping SARIF paths relative to the repository root', () => {
    const r = action({ files: '*.md', 'working-directory': 'postmortems', cli: path.join(ROOT, 'dist/cli.js') });
    assert.ok(r.sarif);
    assert.deepStrictEqual(
      [...new Set(r.sarif.runs[0]!.results.map((x) => x.locations[0]!.physicalLocation.artifactLocation.uri))],
      [files.bad],
    );
  });

  it('runs the CLI as an npm package spec (here the packed tarball, as the default runs the released package)', () => {
    const r = action({ files: files.bad, cli: packCli() });
    assert.strictEqual(r.code, 1, r.log + r.err);
    assert.ok(r.sarif);
    assert.deepStrictEqual(validate(r.sarif), []);
  });

  it('fails with one clear line when the CLI cannot run the request (exit 2)', () => {
    const r = action({ files: 'nothing/**/*.md', cli: path.join(ROOT, 'dist/cli.js') });
    assert.strictEqual(r.code, 2);
    assert.match(
      r.log,
      /^::error title=postmortem-lint::postmortem-lint: No files match the pattern: nothing\/\*\*\/\*\.md$/m,
    );
    const empty = action({ files: ' ', cli: path.join(ROOT, 'dist/cli.js') });
    assert.strictEqual(empty.code, 2);
    assert.match(empty.log, /The "files" input is empty/);
  });
});
