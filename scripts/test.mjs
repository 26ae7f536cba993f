// npm test: build, type-check, then the stages: lint (ESLint), unit (Node), webview (the preview page in Chromium), tools (the packed
// CLI, the GitHub Action, the pre-commit hook), extension-host (mocha in VS Code's extension host), web-host (the browser bundle in the web worker host), e2e (the .vsix driven in Chromium).
// Usage: node scripts/test.mjs [lint|unit|webview|tools|extension-host|web-host|e2e]...   (no argument: all stages)
import { existsSync } from 'node:fs';

import { ensureCodeServer } from './lib/code-server.mjs';
import { run, tsc, mochaCounts } from './lib/run.mjs';
import { runIntegration, runWebHost } from './lib/run-integration.mjs';
import { runE2e } from './lib/run-e2e.mjs';
import { packageVsix } from './package.mjs';

const STAGES = ['lint', 'unit', 'webview', 'tools', 'extension-host', 'web-host', 'e2e'];
/** The stages' former names, still accepted. */
const FORMER = { browser: 'webview', integration: 'extension-host', web: 'web-host' };
const wanted = new Set(process.argv.slice(2).filter((a) => !a.startsWith('-')).map((a) => FORMER[a] ?? a));
for (const name of wanted) {
  if (!STAGES.includes(name)) {
    console.error(`test: no stage "${name}"; the stages are ${STAGES.join(', ')} (none: all of them)`);
    process.exit(2);
  }
}
const all = wanted.size === 0;
const timings = [];
const totals = { passed: 0, failed: 0, skipped: 0 };

/** Runs one stage, timing it; a thrown error is a failed stage with a readable message. */
async function stage(name, fn) {
  const t0 = Date.now();
  console.log(`\n=== ${name}`);
  let ok = false;
  try {
    ok = (await fn()) !== false;
  } catch (e) {
    console.error(`${name}: ${e instanceof Error ? e.message : e}`);
  }
  const s = ((Date.now() - t0) / 1000).toFixed(1);
  timings.push(`${name.padEnd(28)} ${s.padStart(6)} s  ${ok ? 'ok' : 'FAILED'}`);
  if (!ok) finish(1);
}

/** Prints the stage timings and the closing count line, then exits. */
function finish(code) {
  console.log('\n=== stages');
  for (const t of timings) console.log('  ' + t);
  console.log(`\n${totals.passed} passed, ${totals.failed} failed, ${totals.skipped} skipped`);
  process.exit(code || (totals.failed ? 1 : 0));
}

/** Adds a suite's counts; false when anything failed. */
function count(c) {
  totals.passed += c.passed; totals.failed += c.failed; totals.skipped += c.skipped;
  console.log(`  → ${c.passed} passed, ${c.failed} failed, ${c.skipped} skipped`);
  return c.failed === 0 && c.passed > 0;
}

await stage('build (esbuild)', async () => (await run(process.execPath, ['esbuild.mjs'])).code === 0);
await stage('type-check + compile', async () => {
  // Four projects (host/core/CLI and their tests; the webview; the webview and e2e tests, with the DOM library), at once.
  const results = await Promise.all(['.', 'src/webview', 'test/webview', 'test/e2e'].map((p) => tsc(p)));
  return results.every((r) => r.code === 0);
});
if (all || wanted.has('lint')) {
  // typescript-eslint's type-checked rules (floating promises…) and eslint-plugin-regexp's backtracking checks.
  // Then Prettier: the TypeScript is as `npm run format` leaves it.
  await stage('lint (ESLint, Prettier)', async () =>
    (await run(process.execPath, ['node_modules/eslint/bin/eslint.js', '.', '--max-warnings', '0'])).code === 0 &&
    (await run(process.execPath, ['node_modules/prettier/bin/prettier.cjs', '--check', '--log-level', 'warn', 'src/**/*.ts', 'test/**/*.ts'])).code === 0);
}
if (all || wanted.has('unit')) {
  await stage('unit (Node)', async () => {
    // A hang guard, not a speed check (speed lives in npm run bench): a loaded CI machine must not fail a test.
    const r = await run(process.execPath, ['node_modules/mocha/bin/mocha.js', '--reporter', 'spec', '--timeout', '60000', 'out/test/unit/**/*.test.js']);
    return count(mochaCounts(r.output)) && r.code === 0;
  });
}
if (all || wanted.has('webview')) {
  await stage('webview (preview in Chromium)', async () => {
    const r = await run(process.execPath, ['node_modules/mocha/bin/mocha.js', '--reporter', 'spec', '--timeout', '60000',
      'out/test/webview/**/*.test.js']);
    return count(mochaCounts(r.output)) && r.code === 0;
  });
}
if (all || wanted.has('tools')) {
  // The CLI as users get it: the packed npm package, the GitHub Action's script, the pre-commit hook (needs Debian's pre-commit).
  await stage('tools (npm, Action, hook)', async () => {
    const r = await run(process.execPath, ['node_modules/mocha/bin/mocha.js', '--reporter', 'spec', '--timeout', '300000', 'out/test/tools/**/*.test.js']);
    return count(mochaCounts(r.output)) && r.code === 0;
  });
}
if (all || wanted.has('extension-host') || wanted.has('web-host') || wanted.has('e2e')) {
  await stage('install code-server', async () => { ensureCodeServer(); return true; });
}
if (all || wanted.has('extension-host')) {
  await stage('extension-host (VS Code)', async () => {
    const r = await runIntegration();
    console.log(`  VS Code ${r.vscode} extension host, Node ${r.node}`);
    for (const t of r.results) {
      console.log(`  ${t.state === 'passed' ? '✓' : t.state === 'pending' ? '-' : '✗'} ${t.title}${t.ms ? ` (${t.ms}ms)` : ''}`);
      if (t.error) console.log('      ' + t.error.split('\n').slice(0, 8).join('\n      '));
    }
    const failed = r.results.filter((t) => t.state === 'failed').length;
    return count({ passed: r.passed, failed, skipped: r.results.filter((t) => t.state === 'pending').length });
  });
}
if (all || wanted.has('web-host')) {
  await stage('web-host (web worker)', async () => {
    const r = await runWebHost();
    for (const t of r.results) {
      console.log(`  ${t.state === 'passed' ? '✓' : '✗'} ${t.title}`);
      if (t.error) console.log('      ' + t.error.split('\n').slice(0, 8).join('\n      '));
    }
    return count({ passed: r.passed, failed: r.results.length - r.passed, skipped: 0 });
  });
}
if (all || wanted.has('e2e')) {
  let vsix;
  await stage('package .vsix', async () => { vsix = await packageVsix(); return existsSync(vsix); });
  await stage('e2e (.vsix in Chromium)', async () => {
    const r = await runE2e(vsix);
    if (r.failed) console.log(`  screenshots: ${r.shots}`);
    return count(r) && r.code === 0;
  });
}
finish(0);
