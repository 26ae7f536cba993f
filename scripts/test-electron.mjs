// npm run test:electron: the same integration suites through @vscode/test-electron (downloads VS Code: needs internet).
import { cpSync, mkdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { runTests } from '@vscode/test-electron';
import { ROOT } from './lib/code-server.mjs';
import { run, tsc } from './lib/run.mjs';

if ((await run(process.execPath, ['esbuild.mjs'])).code || (await tsc('.')).code) process.exit(1);
const ws = join(ROOT, '.vscode-test', 'electron-workspace');
rmSync(ws, { recursive: true, force: true });
mkdirSync(ws, { recursive: true });
cpSync(join(ROOT, 'test/fixtures/workspace'), ws, { recursive: true });
try {
  await runTests({
    version: '1.100.3',
    extensionDevelopmentPath: ROOT,
    extensionTestsPath: join(ROOT, 'out/test/integration/index.js'),
    launchArgs: [ws, '--disable-extensions', '--disable-workspace-trust', '--skip-welcome'],
    extensionTestsEnv: { PM_RESULT_FILE: join(ROOT, '.vscode-test', 'electron-result.json') },
  });
  console.log('test:electron: passed');
} catch (e) {
  console.error(`test:electron: ${e instanceof Error ? e.message : e}` +
    '\n(this path downloads VS Code; without internet it cannot run — use `npm test`, which runs the same suites in code-server)');
  process.exit(1);
}
