// Mocha runner the extension host loads (extensionTestsPath): runs every *.test.js beside it, writes a result file.
import * as fs from 'fs';
import * as path from 'path';
import Mocha from 'mocha';
import * as vscode from 'vscode';

interface Result {
  title: string;
  state: 'passed' | 'failed' | 'pending';
  ms?: number;
  error?: string;
}

/** Finds the compiled suites next to this file. */
function suites(dir: string): string[] {
  return fs
    .readdirSync(dir, { withFileTypes: true })
    .flatMap((e) => {
      const p = path.join(dir, e.name);
      if (e.isDirectory()) return suites(p);
      return e.name.endsWith('.test.js') ? [p] : [];
    })
    .sort();
}

/** Entry point called by VS Code's test loader. */
export function run(): Promise<void> {
  const out = process.env.PM_RESULT_FILE;
  const mocha = new Mocha({ ui: 'bdd', timeout: 30000, color: false, reporter: 'spec' });
  if (process.env.PM_TEST_GREP) mocha.grep(process.env.PM_TEST_GREP);
  for (const f of suites(__dirname)) mocha.addFile(f);
  const results: Result[] = [];
  const started = Date.now();
  return new Promise((resolve, reject) => {
    const runner = mocha.run((failures) => {
      const summary = {
        failures,
        passed: results.filter((r) => r.state === 'passed').length,
        results,
        ms: Date.now() - started,
        vscode: vscode.version,
        node: process.version,
      };
      if (out) fs.writeFileSync(out, JSON.stringify(summary, null, 2));
      if (failures) reject(new Error(`${failures} integration test(s) failed`));
      else resolve();
    });
    runner.on('pass', (t) => results.push({ title: t.fullTitle(), state: 'passed', ms: t.duration }));
    runner.on('pending', (t) => results.push({ title: t.fullTitle(), state: 'pending' }));
    runner.on('fail', (t, err: Error) =>
      results.push({ title: t.fullTitle(), state: 'failed', error: String(err?.stack ?? err) }),
    );
  });
}
