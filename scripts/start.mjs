// npm start: builds the extension and opens a real VS Code on a copy of samples/ (.vscode-test/start/samples, made once,
// so your edits stay there and the repo's samples stay clean) — the local `code` CLI when there is one, else the
// embedded code-server on 127.0.0.1 (PORT, default 8080) with the packaged extension installed.
import { execFileSync, spawn, spawnSync } from 'node:child_process';
import { createServer } from 'node:net';
import { cpSync, existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT, CACHE, CODE_SERVER, ensureCodeServer } from './lib/code-server.mjs';
import { packageVsix } from './package.mjs';

/** The playground copy of samples/ (made once). */
function playground() {
  const dir = join(CACHE, 'start', 'samples');
  if (!existsSync(dir)) cpSync(join(ROOT, 'samples'), dir, { recursive: true });
  return dir;
}

/** True when a `code` CLI is on the PATH (a desktop VS Code). */
function hasCodeCli() {
  return !process.env.PM_NO_CODE_CLI && spawnSync('code', ['--version'], { stdio: 'ignore' }).status === 0;
}

/** Fails with a clear message when the port is taken. */
function checkPort(port) {
  return new Promise((resolve, reject) => {
    const srv = createServer();
    srv.once('error', (e) => reject(new Error(e.code === 'EADDRINUSE'
      ? `port ${port} on 127.0.0.1 is taken: stop what uses it or run PORT=<free port> npm start`
      : `cannot listen on 127.0.0.1:${port}: ${e.message}`)));
    srv.listen(port, '127.0.0.1', () => srv.close(resolve));
  });
}

async function main() {
  const samples = playground();
  if (hasCodeCli()) {
    execFileSync(process.execPath, [join(ROOT, 'esbuild.mjs')], { stdio: 'inherit', cwd: ROOT });
    console.log('start: opening VS Code with the extension in development mode on samples/');
    spawn('code', ['--extensionDevelopmentPath=' + ROOT, samples, join(samples, 'alx-0x19-postmortem.md')], { stdio: 'inherit' });
    return;
  }
  const port = Number(process.env.PORT || 8080);
  await checkPort(port);
  ensureCodeServer();
  const vsix = await packageVsix();
  const dir = join(CACHE, 'start');
  mkdirSync(join(dir, 'user-data/User'), { recursive: true });
  writeFileSync(join(dir, 'user-data/User/settings.json'), JSON.stringify({
    'workbench.startupEditor': 'none', 'security.workspace.trust.enabled': false, 'telemetry.telemetryLevel': 'off',
    'extensions.autoUpdate': false, 'extensions.autoCheckUpdates': false, 'files.autoSave': 'off',
  }, null, 2));
  const args = ['--user-data-dir', join(dir, 'user-data'), '--extensions-dir', join(dir, 'extensions')];
  execFileSync(CODE_SERVER, [...args, '--install-extension', vsix, '--force'], { stdio: ['ignore', 'ignore', 'inherit'] });
  const url = `http://127.0.0.1:${port}/?folder=${encodeURIComponent(samples)}`;
  console.log(`\nstart: Postmortem Writer is running in VS Code (code-server) at\n\n    ${url}\n\nOpen a sample postmortem from the explorer; Ctrl+C stops the server.\n`);
  const child = spawn(CODE_SERVER, [...args, '--bind-addr', `127.0.0.1:${port}`, '--auth', 'none', '--disable-telemetry',
    '--disable-update-check', '--disable-workspace-trust', samples], { stdio: ['ignore', 'ignore', 'inherit'] });
  child.on('exit', (code) => process.exit(code ?? 0));
  for (const sig of ['SIGINT', 'SIGTERM']) process.on(sig, () => child.kill('SIGTERM'));
}

main().catch((e) => { console.error(`start: ${e.message}`); process.exit(1); });
