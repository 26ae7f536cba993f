// Evaluates the linter over every file of ../shared/corpus (not part of npm test: a fresh clone has no
// ../shared). Runs the core as the CLI does, prints per file its template and findings per rule, then
// totals. Usage: node scripts/eval-corpus.mjs [--verbose]
import { build } from 'esbuild';
import { existsSync, mkdirSync, readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const corpus = join(root, '..', 'shared', 'corpus');
if (!existsSync(corpus)) {
  console.error(`no corpus at ${corpus}`);
  process.exit(2);
}
const verbose = process.argv.includes('--verbose');
mkdirSync(join(root, '.bench'), { recursive: true });
const outfile = join(root, '.bench', 'core.cjs');
await build({ entryPoints: [join(root, 'src/core/index.ts')], bundle: true, platform: 'node', format: 'cjs', outfile, logLevel: 'error' });
const core = createRequire(import.meta.url)(outfile);

const perRule = new Map();
const perTemplate = new Map();
let files = 0, crashes = 0, findings = 0;
for (const dir of ['students', 'real', 'templates']) {
  for (const f of readdirSync(join(corpus, dir)).filter((x) => x.endsWith('.md')).sort()) {
    files++;
    const name = `${dir}/${f}`;
    let r;
    try {
      r = core.lint(readFileSync(join(corpus, dir, f), 'utf8'));
    } catch (e) {
      crashes++;
      console.log(`${name.padEnd(18)} CRASH ${e}`);
      continue;
    }
    if (r.ruleErrors) crashes++;
    const counts = {};
    for (const x of r.findings) {
      counts[x.ruleId] = (counts[x.ruleId] ?? 0) + 1;
      perRule.set(x.ruleId, (perRule.get(x.ruleId) ?? 0) + 1);
    }
    findings += r.findings.length;
    const key = `${r.template.id} (${r.templateSource})`;
    perTemplate.set(key, (perTemplate.get(key) ?? 0) + 1);
    const summary = Object.entries(counts).sort().map(([k, v]) => `${k}x${v}`).join(' ') || 'clean';
    console.log(`${name.padEnd(18)} ${key.padEnd(26)} words ${String(r.document.wordCount).padStart(5)}  timeline ${String(r.document.timeline.length).padStart(3)}  ${summary}${r.ruleErrors ? `  RULE ERRORS ${JSON.stringify(r.ruleErrors)}` : ''}`);
    if (verbose) for (const x of r.findings) console.log(`    ${x.range.startLine + 1}:${x.range.startColumn + 1} ${x.ruleId} ${x.severity} ${x.message}`);
  }
}
console.log(`\n${files} files, ${crashes} crashes, ${findings} findings`);
console.log('templates:', [...perTemplate].map(([k, v]) => `${k}: ${v}`).join(', '));
console.log('per rule: ', [...perRule].sort().map(([k, v]) => `${k} ${v}`).join(', '));
process.exitCode = crashes ? 1 : 0;
