// Bench in the real extension host (code-server 4.100.3 = VS Code 1.100.3): activation, the host bundle's require time
// and composition, keystroke → diagnostics at 600 words, and typing in a 1 MB postmortem. Measures the production bundle.
// Usage: node scripts/bench-host.mjs   (part of `npm run bench`)
import * as esbuild from 'esbuild';
import { existsSync, readFileSync, rmSync, statSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { join } from 'node:path';
import { CACHE, ROOT, startCodeServer } from './lib/code-server.mjs';
import { drive } from './lib/run-integration.mjs';
import { run, tsc } from './lib/run.mjs';

const kib = (n) => `${(n / 1024).toFixed(1)} KiB`;
const ms = (n) => `${n.toFixed(1)} ms`;

// The shipped bundle (minified) and the bench module (compiled test code).
if ((await run(process.execPath, ['esbuild.mjs', '--production', '--only=host'], { quiet: true })).code) throw new Error('bench-host: build failed');
if ((await tsc('.')).code) throw new Error('bench-host: tsc failed');

// What is in the host bundle, by package (esbuild's metafile of the same production build).
const meta = await esbuild.build({ entryPoints: ['src/extension/extension.ts'], bundle: true, write: false, metafile: true, minify: true,
  platform: 'node', format: 'cjs', external: ['vscode'], target: 'es2022', legalComments: 'none', alias: { entities: 'entities/lib/decode.js' },
  define: { 'process.env.NODE_ENV': '"production"' }, absWorkingDir: ROOT });
const groups = new Map();
for (const [file, v] of Object.entries(Object.values(meta.metafile.outputs)[0].inputs)) {
  const m = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(file);
  const key = m ? m[1] : file.startsWith('src/core') ? 'src/core (rules, parse, templates, time, story)' : file.startsWith('src/extension/preview') ? 'src/extension/preview' : file.startsWith('src/') ? 'src/extension + src/shared' : file;
  groups.set(key, (groups.get(key) ?? 0) + v.bytesInOutput);
}
const bytes = statSync(join(ROOT, 'dist/extension.js')).size;

const resultFile = join(CACHE, `bench-host-${process.pid}.json`);
rmSync(resultFile, { force: true });
const server = await startCodeServer({ name: 'bench-host', workspaceFrom: [join(ROOT, 'samples')], env: { PM_BENCH_FILE: resultFile } });
let r;
try {
  const code = await drive(server, { tests: join(ROOT, 'out/test/bench/host.js'), timeoutMs: 300000 });
  if (!existsSync(resultFile)) throw new Error(`bench-host: the extension host wrote no results (exit: ${code}); see ${server.logFile}`);
  r = JSON.parse(readFileSync(resultFile, 'utf8'));
  server.cleanup();
} catch (e) {
  server.stop();
  throw e;
}
rmSync(resultFile, { force: true });

const ok = (b) => (b ? 'met' : 'MISSED');
console.log(`\nreal-host bench: VS Code ${r.vscode} extension host (code-server), Node ${r.node}, production bundle`);
console.log(`  host bundle dist/extension.js      ${kib(bytes)} (${kib(gzipSync(readFileSync(join(ROOT, 'dist/extension.js'))).length)} gzip); goal ≤ 250 KiB: ${ok(bytes <= 250 * 1024)}`);
for (const [k, v] of [...groups].sort((a, b) => b[1] - a[1]).filter(([, v]) => v >= 2048)) console.log(`      ${k.padEnd(44)} ${kib(v).padStart(10)}`);
console.log(`  require of the host bundle         median ${ms(r.activation.requireMs)}, best ${ms(r.activation.requireMin)} (${r.activation.requireRuns.length} fresh copies of the file, host idle)`);
console.log(`  activate() start → return         ${ms(r.activation.activateMs)}; goal ≤ 50 ms: ${ok(r.activation.activateMs <= 50)}` +
  (r.activation.activateWallMs !== undefined ? `  (extensions.activate() as the host runs it, load included: ${ms(r.activation.activateWallMs)})` : ''));
console.log(`  keystroke → diagnostics, ${r.small.words} words  median ${ms(r.small.median)}, p95 ${ms(r.small.p95)} over the 300 ms debounce (${r.small.runs} runs); goal ≤ 20 ms: ${ok(r.small.median <= 20)}`);
console.log(`  1 MB postmortem (${kib(r.big.chars)}): open → diagnostics ${ms(r.big.openToDiagnosticsMs)}; one lint ${ms(r.big.lintMs)} → checked on save only: ${r.big.onSaveOnly}`);
console.log(`      typing 10 keys: longest extension-host stall ${ms(r.big.longestStallWhileTypingMs)}; with this extension's checks off ${ms(r.big.longestStallWithChecksOffMs)} (VS Code's own Markdown support); save → checked ${ms(r.big.saveToCheckedMs)}`);
