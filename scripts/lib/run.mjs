// Small process helpers for the build and test scripts.
import { spawn } from 'node:child_process';
import { ROOT } from './code-server.mjs';

/** Runs a command from the repo root, echoing its output; resolves to { code, output }. */
export function run(cmd, args, { env, quiet } = {}) {
  return new Promise((resolve) => {
    const child = spawn(cmd, args, { cwd: ROOT, env: { ...process.env, ...(env || {}) }, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    const onData = (stream) => (d) => { output += d; if (!quiet) stream.write(d); };
    child.stdout.on('data', onData(process.stdout));
    child.stderr.on('data', onData(process.stderr));
    child.on('close', (code) => resolve({ code: code ?? 1, output }));
    child.on('error', (e) => resolve({ code: 1, output: String(e) }));
  });
}

/** Reads mocha's spec-reporter counts from its output. */
export function mochaCounts(output) {
  const n = (re) => Number((output.match(re) || [])[1] || 0);
  return { passed: n(/(\d+) passing/), failed: n(/(\d+) failing/), skipped: n(/(\d+) pending/) };
}

/** Runs the TypeScript compiler on a project. */
export function tsc(project, extra = []) {
  return run(process.execPath, ['node_modules/typescript/bin/tsc', '-p', project, ...extra]);
}
