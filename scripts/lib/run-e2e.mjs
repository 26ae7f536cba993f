// Installs the packaged .vsix into a fresh code-server and runs the e2e suites (mocha in Node, Chromium via playwright-core).
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT, startCodeServer } from './code-server.mjs';
import { run, mochaCounts } from './run.mjs';

/** Lists compiled e2e suites. */
function suites() {
  const dir = join(ROOT, 'out/test/e2e');
  return existsSync(dir) ? readdirSync(dir).filter((f) => f.endsWith('.e2e.test.js')).sort().map((f) => join(dir, f)) : [];
}

/** Runs the e2e suites against the .vsix; resolves to mocha's counts. */
export async function runE2e(vsix) {
  const files = suites();
  if (!files.length) throw new Error('e2e: no suites found in out/test/e2e (*.e2e.test.js)');
  const server = await startCodeServer({
    name: 'e2e',
    vsix,
    workspaceFrom: [join(ROOT, 'samples'), join(ROOT, 'test/fixtures/workspace')],
  });
  let ok = false;
  try {
    const grep = process.env.PM_TEST_GREP ? ['--grep', process.env.PM_TEST_GREP] : [];
    const r = await run(process.execPath, ['node_modules/mocha/bin/mocha.js', '--reporter', 'spec', '--timeout', '90000', ...grep,
      '--require', join(ROOT, 'out/test/e2e/setup.js'), ...files], {
      env: { CS_URL: server.url, WS_DIR: server.dirs.ws, SHOTS: server.dirs.shots },
    });
    ok = r.code === 0;
    return { ...mochaCounts(r.output), code: r.code, shots: server.dirs.shots };
  } finally {
    if (ok) server.cleanup(); else server.stop();
  }
}
