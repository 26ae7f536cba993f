// npm run fuzz: 10,000 cases per property — for any text and for mutated real documents, lint never
// throws, no rule fails, and every finding and fix range lies inside the document; and (runs/5 cases, each
// applying every fix and fix-all) no fix loses or doubles a line it did not mean to change, endings and BOM kept.
// Usage: node scripts/fuzz.mjs [runs] [seed]
import { build } from 'esbuild';
import { existsSync, mkdirSync, readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const runs = Number(process.argv[2] ?? 10000);
const seed = process.argv[3] === undefined ? Date.now() % 2147483647 : Number(process.argv[3]);
mkdirSync(join(root, '.bench'), { recursive: true });
const outfile = join(root, '.bench', 'properties.cjs');
await build({ entryPoints: [join(root, 'test/unit/helpers/properties.ts')], bundle: true, platform: 'node', format: 'cjs', outfile, external: ['fast-check'], logLevel: 'error', nodePaths: [join(root, 'node_modules')] });
const { runProperties } = createRequire(join(root, 'package.json'))(outfile);
const fixOut = join(root, '.bench', 'fix-properties.cjs');
await build({ entryPoints: [join(root, 'test/unit/helpers/fixProperties.ts')], bundle: true, platform: 'node', format: 'cjs', outfile: fixOut, external: ['fast-check'], logLevel: 'error', nodePaths: [join(root, 'node_modules')] });
const { runFixProperties } = createRequire(join(root, 'package.json'))(fixOut);

// Real documents to mutate: the project's fixtures, plus ../shared/corpus when it is there.
const dirs = ['test/fixtures/lint', 'test/fixtures/seed'].map((d) => join(root, d));
const corpus = join(root, '..', 'shared', 'corpus');
if (existsSync(corpus)) for (const d of ['students', 'real', 'templates']) dirs.push(join(corpus, d));
const docs = dirs.flatMap((d) => readdirSync(d).filter((f) => /\.(md|txt)$/.test(f)).map((f) => readFileSync(join(d, f), 'utf8')));

const start = performance.now();
console.log(`fuzz: ${runs} cases x 4 properties (lint never throws, ranges inside; fixes keep lines, endings and BOM), ${docs.length} seed documents, seed ${seed}`);
try {
  runProperties(docs, runs, seed);
  runFixProperties(Math.max(1, Math.round(runs / 5)), seed);
} catch (e) {
  console.error(String(e instanceof Error ? e.message : e));
  process.exitCode = 1;
}
console.log(`${process.exitCode ? 'FAILED' : 'ok'} in ${((performance.now() - start) / 1000).toFixed(1)} s`);
