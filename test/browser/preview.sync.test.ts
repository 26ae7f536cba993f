// The real preview bundle in Chromium: scroll sync both ways, catching up after a reload, Mermaid loaded only for diagrams.
import * as assert from 'assert';
import { readFileSync } from 'fs';
import { join } from 'path';
import type { Page } from 'playwright-core';
import type { RenderReport, ScrollReport, WebviewMessage } from '../../src/shared/protocol';
import { PreviewHarness, contentFor } from './harness';

// Runs in the page; this project compiles tests without the DOM library.
declare const window: any; // eslint-disable-line @typescript-eslint/no-explicit-any
declare const document: any; // eslint-disable-line @typescript-eslint/no-explicit-any

const FIXTURES = join(__dirname, '..', '..', '..', 'test', 'fixtures');
const TEXT = readFileSync(join(FIXTURES, 'preview', 'assignment-600.md'), 'utf8');
const URI = 'file:///test/postmortem.md';
const isRendered = (version: number) => (m: WebviewMessage): m is { type: 'rendered' } & RenderReport =>
  m.type === 'rendered' && m.version === version;
const isScrolled = (line: number) => (m: WebviewMessage): m is { type: 'scrolled' } & ScrollReport =>
  m.type === 'scrolled' && m.line === line;
const lineOf = (text: string, prefix: string): number => text.split('\n').findIndex((l) => l.startsWith(prefix));

describe('preview in Chromium: scroll sync, reloads, lazy Mermaid', function () {
  this.timeout(60000);
  let harness: PreviewHarness;
  let page: Page | undefined;
  before(async () => { harness = await PreviewHarness.start(); });
  afterEach(async () => { await page?.close(); page = undefined; });
  after(async () => { await harness?.close(); });

  it('scrolls the block of a source line to the top, interpolating between blocks, and reports where', async () => {
    page = await harness.open(contentFor(TEXT));
    await page.setViewportSize({ width: 900, height: 400 });
    const heading = lineOf(TEXT, '## Root cause');
    const top = (line: number): Promise<number> => page!.evaluate((l) =>
      document.querySelector(`[data-line="${l}"]`).getBoundingClientRect().top + window.scrollY, line);
    const scrolled = harness.next(isScrolled(heading));
    await harness.post(page, { type: 'scrollTo', uri: URI, line: heading });
    const report = await scrolled;
    assert.strictEqual(report.topLine, heading);
    assert.ok(report.scrollY > 0);
    assert.strictEqual(report.scrollY, Math.round(await top(heading)));
    assert.strictEqual(await page.evaluate(() => Math.round(window.scrollY)), report.scrollY);
    // Half-way between two blocks' lines: half-way between their tops.
    const first = lineOf(TEXT, '## Corrective');
    const lines: number[] = await page.evaluate(() => [...document.querySelectorAll('[data-line]')].map((e: { dataset: { line: string } }) => Number(e.dataset.line)));
    const next = Math.min(...lines.filter((l) => l > first));
    const middle = first + (next - first) / 2;
    const between = harness.next(isScrolled(middle));
    await harness.post(page, { type: 'scrollTo', uri: URI, line: middle });
    const half = await between;
    assert.strictEqual(half.topLine, first);
    const expected = (await top(first)) + ((await top(next)) - (await top(first))) / 2;
    assert.ok(Math.abs(half.scrollY - expected) <= 1, `${half.scrollY} vs ${expected}`);
    // Another document's scroll is not applied.
    await harness.post(page, { type: 'scrollTo', uri: 'file:///other.md', line: 0 });
    const back = harness.next(isScrolled(0));
    await harness.post(page, { type: 'scrollTo', uri: URI, line: 0 });
    assert.strictEqual((await back).scrollY, 0);
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
    const rendered2 = harness.next(isRendered(2));
    await harness.post(page, { type: 'update', ...contentFor(v2, 2) });
    await rendered2;
    await page.evaluate(() => window.scrollTo(0, 300));
    await page.waitForFunction(() => JSON.parse(window.sessionStorage.getItem('pm:state') ?? '{}').scrollY === 300);
    // The page reloads with its creation-time data-state (v1), as a hidden VS Code webview does when shown again.
    const ready = harness.next((m) => m.type === 'ready');
    await page.reload();
    const loaded = await ready;
    assert.ok(loaded.type === 'ready' && loaded.shown === undefined, `it drew ${JSON.stringify(loaded)}`);
    assert.strictEqual(await page.evaluate(() => document.getElementById('pm-root').childElementCount), 0, 'stale v1 was drawn');
    const v3 = v2.replace('The alert (v2) worked', 'The alert (v3) worked');
    const rendered3 = harness.next(isRendered(3));
    await harness.post(page, { type: 'update', ...contentFor(v3, 3) });
    assert.strictEqual((await rendered3).version, 3);
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
    const rendered = harness.next(isRendered(2));
    await harness.post(page, { type: 'update', ...contentFor(TEXT, 2) });
    const report = await rendered;
    assert.deepStrictEqual(report.errors, []);
    assert.ok(report.flowchartNodes > 5, JSON.stringify(report));
    assert.deepStrictEqual(requests.filter((r) => r.endsWith('.js')), ['/dist/webview/mermaid.js']);
    const scripts = await page.evaluate(() => [...document.scripts].map((s: { nonce: string }) => s.nonce));
    assert.deepStrictEqual(scripts, [harness.nonce, harness.nonce]);
    assert.deepStrictEqual(await page.evaluate(() => window.__pmViolations), []);
  });
});
