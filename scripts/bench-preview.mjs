// Bench: time from an edit message to the updated diagrams (flowchart and time-scaled view) in headless Chromium
// (600-word postmortem), a new preview until fully drawn, and the webview bundle size.
// Needs `node esbuild.mjs` (dist/webview/*.js) and `tsc -p test/webview` (out/). Usage: node scripts/bench-preview.mjs [--runs N]
// PM_DIST=<dir> benches the webview bundles of another build (e.g. a production build kept aside for a before/after).
// When the core draws no gantt for it, a hand-written one of the same incident (test/fixtures/preview/) stands in.
import { existsSync, readFileSync, statSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(import.meta.url);
const { PreviewHarness, contentFor } = require(join(ROOT, 'out/test/webview/harness.js'));
const runsArg = process.argv.indexOf('--runs');
const RUNS = runsArg > 0 ? Number(process.argv[runsArg + 1]) : 30;
/** Goals: edit → updated diagrams p95, and a new preview fully drawn (median). */
const EDIT_P95_MS = 150;
const NEW_PREVIEW_MEDIAN_MS = 500;

/** Median and 95th percentile of a list of milliseconds. */
function stats(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const at = (q) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))];
  return { median: at(0.5), p95: at(0.95) };
}

const fmt = (s) => `median ${s.median.toFixed(1)} ms, p95 ${s.p95.toFixed(1)} ms`;

const text = readFileSync(join(ROOT, 'test/fixtures/preview/assignment-600.md'), 'utf8');
const ganttText = readFileSync(join(ROOT, 'test/fixtures/preview/assignment-600.gantt.mmd'), 'utf8');
const words = text.split(/\s+/).filter(Boolean).length;
const coreGantt = contentFor(text, 1).diagrams.some((d) => d.kind === 'gantt');
/** The content with both diagrams: the core's gantt, or the stand-in, edited as the timeline is. */
const content = (markdown, version, edit = (g) => g) => contentFor(markdown, version, undefined, coreGantt ? {} : { gantt: edit(ganttText) });
const harness = await PreviewHarness.start();
try {
  const page = await harness.open(content(text, 1));
  const results = { diagram: { host: [], webview: [], total: [] }, text: { host: [], webview: [], total: [] } };
  let version = 1;
  for (let i = 0; i < RUNS * 2; i++) {
    const kind = i % 2 === 0 ? 'diagram' : 'text';
    version++;
    // A diagram edit changes a timeline entry (new flowchart); a text edit changes prose only (cached SVG).
    const edited = kind === 'diagram'
      ? text.replace('Rolled back the load balancer', `Rolled back (attempt ${version}) the load balancer`)
      : text.replace('The alert worked', `The alert worked (${version})`);
    const editGantt = (g) => (kind === 'diagram' ? g.replace('Rolled back the load balancer', `Rolled back (attempt ${version}) the load balancer`) : g);
    const t0 = performance.now();
    const update = content(edited, version, editGantt);
    const t1 = performance.now();
    const rendered = harness.rendered(version);
    await harness.post(page, { type: 'update', ...update });
    await rendered;
    const t2 = performance.now();
    if (i < 4) continue; // warm-up
    results[kind].host.push(t1 - t0);
    // The page's own time from the update message to its render report (recorded by the harness's init script).
    results[kind].webview.push(await page.evaluate((v) => window.__pmRenderMs[v], version));
    results[kind].total.push(t2 - t0);
  }
  // First paint of a fresh page (the bundles parsed each time, as in a new webview), without and with a diagram.
  // (The same postmortem without its timeline and action items has nothing to draw.)
  const plain = text.replace(/\n## (Timeline|Corrective)[\s\S]*?(?=\n## )/g, '\n');
  if (contentFor(plain, 1).html.includes('pm-mermaid')) throw new Error('the no-diagram document has a diagram');
  // What the host keeps of a page's drawings, handed to the next page (a reload, a reopened preview).
  const drawn = harness.next((m) => m.type === 'drawn', 10000).catch(() => undefined);
  const firstPage = await harness.open(content(text, 1));
  const drawings = (await drawn)?.drawings;
  await firstPage.close();
  const firstPaint = {};
  const newPages = [['no diagram', contentFor(plain, 1)], ['both diagrams', content(text, 1)]];
  if (drawings) newPages.push(['reopened', { ...content(text, 1), drawings }]);
  for (const [name, initial] of newPages) {
    const times = firstPaint[name] = { fcp: [], rendered: [] };
    for (let i = 0; i < Math.max(5, Math.round(RUNS / 3)) + 1; i++) {
      const p = await harness.open(initial);
      const t = await p.evaluate(() => new Promise((resolve) => {
        const done = (fcp) => resolve({ fcp, rendered: window.__pmFirstRendered ?? NaN });
        new PerformanceObserver((list) => {
          const entry = list.getEntriesByName('first-contentful-paint')[0];
          if (entry) done(entry.startTime);
        }).observe({ type: 'paint', buffered: true });
        setTimeout(() => done(NaN), 5000);
      }));
      await p.close();
      if (i === 0) continue; // warm-up (disk cache)
      times.fcp.push(t.fcp);
      times.rendered.push(t.rendered);
    }
  }
  const kib = (n) => `${(n / 1024).toFixed(0)} KiB`;
  const diagram = stats(results.diagram.total);
  console.log(`preview bench: ${words}-word postmortem, ${RUNS} runs each, headless Chromium (excludes the 200 ms typing debounce); ` +
    `time-scaled view: ${coreGantt ? 'the core\'s' : 'hand-written stand-in'}`);
  console.log(`  edit → updated diagrams  ${fmt(diagram)}  (host lint+story+render ${fmt(stats(results.diagram.host))}; webview ${fmt(stats(results.diagram.webview))})`);
  console.log(`  edit → updated text      ${fmt(stats(results.text.total))}  (diagrams unchanged: SVGs from cache)`);
  for (const [name, t] of Object.entries(firstPaint)) {
    console.log(`  new preview, ${name.padEnd(13)} first paint ${fmt(stats(t.fcp))}; fully drawn ${fmt(stats(t.rendered))} (since navigation)`);
  }
  console.log(`  goal: edit → updated diagrams p95 ≤ ${EDIT_P95_MS} ms: ${diagram.p95 <= EDIT_P95_MS ? 'met' : 'MISSED'} (${diagram.p95.toFixed(1)} ms)`);
  for (const name of ['both diagrams', 'reopened']) {
    if (!firstPaint[name]) continue;
    const s = stats(firstPaint[name].rendered);
    console.log(`  goal: new preview (${name}) fully drawn median ≤ ${NEW_PREVIEW_MEDIAN_MS} ms: ${s.median <= NEW_PREVIEW_MEDIAN_MS ? 'met' : 'MISSED'} (${s.median.toFixed(1)} ms)`);
  }
  const dist = process.env.PM_DIST || join(ROOT, 'dist');
  for (const file of ['webview/preview.js', 'webview/mermaid.js']) {
    const path = join(dist, file);
    if (!existsSync(path)) continue;
    const bytes = readFileSync(path);
    console.log(`  webview bundle ${file}: ${kib(statSync(path).size)} (${kib(gzipSync(bytes).length)} gzip)` +
      `${bytes.includes('//# sourceMappingURL') ? ' — development build; run `node esbuild.mjs --production` for the shipped size' : ''}`);
  }
} finally {
  await harness.close();
}
