// Starts a throwaway code-server (VS Code 1.100.3) on 127.0.0.1 with fresh user-data, extensions and workspace.
import { spawn, execFileSync } from 'node:child_process';
import { cpSync, mkdirSync, rmSync, writeFileSync, existsSync, openSync } from 'node:fs';
import { createServer } from 'node:net';
import { join, resolve } from 'node:path';
import { CHROMIUM } from './chromium.cjs';

export const ROOT = resolve(new URL('../..', import.meta.url).pathname);
export const CACHE = process.env.PM_TEST_CACHE || join(ROOT, '.vscode-test');
export const CODE_SERVER = join(CACHE, 'cs/node_modules/.bin/code-server');

const SETTINGS = {
  'workbench.startupEditor': 'none', 'files.autoSave': 'off', 'extensions.autoUpdate': false,
  'extensions.autoCheckUpdates': false, 'extensions.ignoreRecommendations': true, 'telemetry.telemetryLevel': 'off',
  'update.mode': 'none', 'workbench.enableExperiments': false, 'security.workspace.trust.enabled': false,
  'workbench.tips.enabled': false, 'chat.disableAIFeatures': true,
};

/** Installs code-server into the cache folder unless it is there already. */
export function ensureCodeServer() {
  if (!existsSync(CODE_SERVER)) {
    execFileSync('bash', [join(ROOT, 'scripts/install-code-server.sh')], { stdio: 'inherit' });
  }
  if (!existsSync(CHROMIUM)) {
    throw new Error(`Chromium not found at ${CHROMIUM}: install Debian's package (apt-get install -y chromium) or set CHROMIUM_PATH.`);
  }
}

/** Asks the OS for a free port on 127.0.0.1. */
export function freePort() {
  return new Promise((res, rej) => {
    const srv = createServer();
    srv.once('error', rej);
    srv.listen(0, '127.0.0.1', () => { const { port } = srv.address(); srv.close(() => res(port)); });
  });
}

/** Polls until the server answers /healthz (event-free HTTP has no other readiness signal). */
async function waitHealthy(url, child, logFile, timeoutMs = 60000) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`code-server exited with ${child.exitCode}; see ${logFile}`);
    try { if ((await fetch(url + '/healthz')).ok) return; } catch { /* not up yet */ }
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`code-server did not answer ${url}/healthz within ${timeoutMs / 1000}s; see ${logFile}`);
}

/**
 * Starts code-server for one test run.
 * @param {{ name: string, workspaceFrom: string[], vsix?: string, env?: Record<string,string>, settings?: object }} o
 */
export async function startCodeServer(o) {
  ensureCodeServer();
  // One folder per run (several runs may share the cache at once).
  const run = join(CACHE, 'run', `${o.name}-${process.pid}`);
  rmSync(run, { recursive: true, force: true });
  const dirs = { home: join(run, 'home'), ud: join(run, 'user-data'), exts: join(run, 'extensions'), ws: join(run, 'workspace'), tmp: join(run, 'tmp'), shots: join(ROOT, 'test-results', o.name) };
  for (const d of Object.values(dirs)) mkdirSync(d, { recursive: true });
  mkdirSync(join(dirs.ud, 'User'), { recursive: true });
  writeFileSync(join(dirs.ud, 'User/settings.json'), JSON.stringify({ ...SETTINGS, ...(o.settings || {}) }, null, 2));
  for (const from of o.workspaceFrom) if (existsSync(from)) cpSync(from, dirs.ws, { recursive: true });
  const env = { ...process.env, HOME: dirs.home, XDG_CONFIG_HOME: join(run, 'xdg'), XDG_DATA_HOME: join(run, 'xdg-data'),
    TMPDIR: dirs.tmp, ...(o.env || {}) };
  delete env.VSCODE_IPC_HOOK_CLI;
  const base = [CODE_SERVER, '--user-data-dir', dirs.ud, '--extensions-dir', dirs.exts];
  if (o.vsix) {
    execFileSync(base[0], [...base.slice(1), '--install-extension', o.vsix], { env, stdio: ['ignore', 'ignore', 'inherit'] });
  }
  const port = o.port || await freePort();
  const logFile = join(run, 'code-server.log');
  const out = openSync(logFile, 'w');
  const child = spawn(base[0], [...base.slice(1), '--bind-addr', `127.0.0.1:${port}`, '--auth', 'none',
    '--disable-telemetry', '--disable-update-check', '--disable-workspace-trust', '--disable-getting-started-override'],
  { env, detached: true, stdio: ['ignore', out, out] });
  const url = `http://127.0.0.1:${port}`;
  const stop = () => {
    // The server spawns an extension host, file watchers and language servers: end the whole process group.
    try { process.kill(-child.pid, 'SIGTERM'); } catch { /* already gone */ }
  };
  /** Stops the server and deletes its folder (kept when a run failed, for its logs). */
  const cleanup = () => { stop(); rmSync(run, { recursive: true, force: true }); };
  process.once('exit', stop);
  try {
    await waitHealthy(url, child, logFile);
  } catch (e) { stop(); throw e; }
  return { url, port, dirs, logFile, run, stop, cleanup };
}
