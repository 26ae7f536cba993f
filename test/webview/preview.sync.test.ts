// The real preview bundle in Chromium: scroll sync both ways, catching up after a reload, Mermaid loaded only for diagrams.
import * as assert from 'assert';
import { readFileSync } from 'fs';
import { join } from 'path';
import type { Page } from 'playwright-core';
import { PreviewHarness, contentFor } from './harness';

const FIXTURES = join(__dirname, '..', '..', '..', 'test', 'fixtures');
const TEXT = readFileSync(join(FIXTURES, 'preview', 'assignment-600.md'), 'utf8');
const URI = 'file:///test/postmortem.md';
const scrollY = (page: Page): Promise<number> => page.evaluate(() => Math.round(window.scrollY));
const lineOf = (text: string, prefix: string): number => text.split('\n').findIndex((l) => l.startsWith(prefix));

describe('preview in Chromium: scroll sync, reloads, lazy Mermaid', function () {
  this.timeout(60000);
  let harness: PreviewHarness;
  let page: Page | undefined;
  before(async () => {
    harness = await PreviewHarness.start();
  });
  afterEach(async () => {
    await page?.close();
    page = undefined;
  });
  after(async () => {
    await harness?.close();
  });

  it('scrolls the block of a source line to the top, interpolating between blocks, for its own document only', async () => {
    const p = (page = await harness.open(contentFor(TEXT)));
    await p.setViewportSize({ width: 900, height: 400 });
    const top = (line: number): Promise<number> =>
      p.evaluate(
        (l) => document.querySelector(`[data-line="${l}"]`)!.getBoundingClientRect().top + window.scrollY,
        line,
      );
    /** Posts a scrollTo and resolves once the page has handled it. */
    const scrollTo = async (uri: string, line: number): Promise<void> => {
      await harness.post(p, { type: 'scrollTo', uri, line });
      await harness.handled(p, URI, 1);
    };
    const heading = lineOf(TEXT, '## Root cause');
    await scrollTo(URI, heading);
    const atHeading = await scrollY(p);
    assert.ok(atHeading > 0);
    assert.strictEqual(atHeading, Math.round(await top(heading)));
    // Half-way between two blocks' lines: half-way between their tops.
    const first = lineOf(TEXT, '## Corrective');
    const lines = await p.evaluate(() =>
      [...document.querySelectorAll<HTMLElement>('[data-line]')].map((e) => Number(e.dataset['line'])),
    );
    const next = Math.min(...lines.filter((l) => l > first));
    const middle = first + (next - first) / 2;
    await scrollTo(URI, middle);
    const half = await scrollY(p);
    const expected = (await top(first)) + ((await top(next)) - (await top(first))) / 2;
    assert.ok(Math.abs(half - expected) <= 1, `${half} vs ${expected}`);
    // Another document's scroll is not applied; this document's is.
    await scrollTo('file:///other.md', 0);
    assert.strictEqual(await scrollY(p), half);
    await scrollTo(URI, 0);
    assert.strictEqual(await scrollY(p), 0);
  });

  it('asks the editor to reveal the line of a double-clicked block', async () => {
    page = await harness.open(contentFor(TEXT));
    const line = lineOf(TEXT, '## Lessons learned');
    const reveal = harness.next((m) => m.type === 'revealLine');
    await page.locator(`[data-line="${line}"]`).dblclick();
    assert.deepStrictEqual(await reveal, { type: 'revealLine', uri: URI, line });
  });

  it('after a reload, draws no stale creation-time content: asks for the latest, then restores the scroll', async () => {
    page = await harness.open(contentFor(TEXT, 1));
    await page.setViewportSize({ width: 900, height: 400 });
    const v2 = TEXT.replace('The alert worked', 'The alert (v2) worked');
    const rendered2 = harness.rendered(2);
    await harness.post(page, { type: 'update', ...contentFor(v2, 2) });
    await rendered2;
    await page.evaluate(() => window.scrollTo(0, 300));
    // The page saves its scroll position on the next animation frame (a wait on its state, not on the animation).
    await page.waitForFunction(
      () => (JSON.parse(window.sessionStorage.getItem('pm:state') ?? '{}') as { scrollY?: number }).scrollY === 300,
    );
    // The page reloads with its creation-time data-state (v1), as a hidden VS Code webview does when shown again.
    const ready = harness.next((m) => m.type === 'ready');
    await page.reload();
    await ready;
    assert.strictEqual(
      await page.evaluate(() => document.getElementById('pm-root')!.childElementCount),
      0,
      'stale v1 was drawn',
    );
    const v3 = v2.replace('The alert (v2) worked', 'The alert (v3) worked');
    const rendered3 = harness.rendered(3);
    await harness.post(page, { type: 'update', ...contentFor(v3, 3) });
    await rendered3;
    assert.match(await page.locator('#pm-root').innerText(), /The alert \(v3\) worked/);
    assert.strictEqual(await page.evaluate(() => Math.round(window.scrollY)), 300);
  });

  it('loads the Mermaid bundle only once a document has a diagram, under the nonce CSP', async () => {
    const requests: string[] = [];
    const plain = '# Notes\n\nNo timeline, nothing to draw.\n';
    page = await harness.open(contentFor(plain));
    page.on('request', (r) => requests.push(new URL(r.url()).pathname));
    assert.strictEqual(await page.evaluate(() => typeof window.__pmMermaid), 'undefined');
    assert.strictEqual(await page.locator('script').count(), 1);
    const rendered = harness.rendered(2);
    await harness.post(page, { type: 'update', ...contentFor(TEXT, 2) });
    await rendered;
    const report = await harness.drawn(page);
    assert.deepStrictEqual(report.errors, []);
    assert.ok(report.flowchartNodes > 5, JSON.stringify(report));
    assert.deepStrictEqual(
      requests.filter((r) => r.endsWith('.js')),
      ['/dist/webview/mermaid.js'],
    );
    const scripts = await page.evaluate(() => [...document.scripts].map((s) => s.nonce));
    assert.deepStrictEqual(scripts, [harness.nonce, harness.nonce]);
    assert.deepStrictEqual(await page.evaluate(() => window.__pmViolations), []);
  });
});
