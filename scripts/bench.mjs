// npm run bench: lint time beside markdown-it parse time and markdownlint (default rules) on the same texts.
// Targets: lint <= 1/10 of markdownlint, <= 1.5x markdown-it parse, linear growth with size.
import { build } from 'esbuild';
import { readFileSync, mkdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import MarkdownIt from 'markdown-it';
import { lint as markdownlint } from 'markdownlint/sync';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
mkdirSync(join(root, '.bench'), { recursive: true });
const outfile = join(root, '.bench', 'core.cjs');
await build({ entryPoints: [join(root, 'src/core/index.ts')], bundle: true, platform: 'node', format: 'cjs', outfile, logLevel: 'error' });
const core = createRequire(import.meta.url)(outfile);
const md = new MarkdownIt({ html: true, linkify: false });
const fixture = (p) => readFileSync(join(root, 'test/fixtures', p), 'utf8');

// Median wall time in ms of fn over enough repetitions (>= 200 ms in all, >= 5 runs).
function time(fn) {
  for (let i = 0; i < 3; i++) fn();
  const samples = [];
  const start = performance.now();
  while (samples.length < 5 || (performance.now() - start < 200 && samples.length < 2000)) {
    const t = performance.now();
    fn();
    samples.push(performance.now() - t);
  }
  samples.sort((a, b) => a - b);
  return samples[samples.length >> 1];
}

// Repeats a postmortem until the text reaches `bytes`.
function grow(base, bytes) {
  const parts = [];
  let n = 0;
  for (let i = 0; n < bytes; i++) {
    const chunk = base.replace(/^# /m, `# Incident ${i}: `);
    parts.push(chunk);
    n += chunk.length + 1;
  }
  return parts.join('\n');
}

const small = fixture('lint/alx-clean.md');
const texts = [
  ['600-word postmortem', small],
  ['seed incident report', fixture('seed/incident-report-example.md')],
  ['256 KB document', grow(small, 256 * 1024)],
  ['1 MB document', grow(small, 1024 * 1024)],
];
const rows = [];
for (const [name, text] of texts) {
  const tLint = time(() => core.lint(text));
  const tParse = time(() => md.parse(text, {}));
  const tMdl = time(() => markdownlint({ strings: { doc: text } }));
  rows.push({ name, kb: (text.length / 1024).toFixed(1), words: core.lint(text).document.wordCount, lint: tLint, parse: tParse, markdownlint: tMdl });
}
const f = (ms) => (ms < 1 ? ms.toFixed(3) : ms.toFixed(1)).padStart(8);
console.log(`${'document'.padEnd(22)}${'KB'.padStart(8)}${'words'.padStart(8)}  lint ms  parse ms  mdlint ms  lint/parse  lint/mdlint`);
for (const r of rows) {
  console.log(`${r.name.padEnd(22)}${r.kb.padStart(8)}${String(r.words).padStart(8)} ${f(r.lint)} ${f(r.parse)}  ${f(r.markdownlint)}  ${(r.lint / r.parse).toFixed(2).padStart(9)}x  ${(r.lint / r.markdownlint).toFixed(3).padStart(10)}x`);
}
const [, , q, m] = rows;
console.log(`\ngrowth 256 KB -> 1 MB: size x${(m.kb / q.kb).toFixed(2)}, lint time x${(m.lint / q.lint).toFixed(2)} (linear ~ x4)`);
const worstParse = Math.max(...rows.map((r) => r.lint / r.parse));
const worstMdl = Math.max(...rows.map((r) => r.lint / r.markdownlint));
console.log(`targets: lint/parse <= 1.5 -> ${worstParse.toFixed(2)} ${worstParse <= 1.5 ? 'OK' : 'MISSED'}; lint/markdownlint <= 0.1 -> ${worstMdl.toFixed(3)} ${worstMdl <= 0.1 ? 'OK' : 'MISSED'}`);
