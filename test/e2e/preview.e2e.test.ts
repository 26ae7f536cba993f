// The preview as a person meets it in the installed .vsix: the title button, the drawn flowchart, live edits, reload, export.
import * as assert from 'assert';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'fs';
import { join } from 'path';
import type { Frame } from 'playwright-core';
import { lint } from '../../src/core';
import { flowchartModel } from '../../src/core/index';
import { openWorkbench } from './setup';
import type { Workbench } from './workbench';

const FILE = 'preview-postmortem.md';
const NODES = '.pm-flowchart svg .node';
const nodesOf = (text: string): number => flowchartModel(lint(text).model).nodes.length;
/** A 4×3 red PNG. */
const PNG = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAQAAAADCAIAAAA7ljmRAAAAEElEQVR42mM4IScHRww4OQD1xwwx7+oCFgAAAABJRU5ErkJggg==', 'base64');
const IMAGES = 'images-postmortem.md';

/** Writes a postmortem with relative images, and the images, into a folder of the workspace. */
function writeImagesFixture(ws: string): void {
  const dir = join(ws, 'pictures');
  mkdirSync(join(dir, 'img'), { recursive: true });
  writeFileSync(join(dir, 'diagram.png'), PNG);
  writeFileSync(join(dir, 'img', 'x.png'), PNG);
  writeFileSync(join(dir, IMAGES), '# Postmortem: pictures\n\nThe load balancer:\n\n![diagram](diagram.png)\n\n![nested](./img/x.png)\n');
}

/** Resolves once the frame's flowchart has `count` nodes. */
async function nodeCount(frame: Frame, count: number): Promise<void> {
  await frame.waitForFunction(([sel, n]) => document.querySelectorAll(sel as string).length === n, [NODES, count] as const, { timeout: 30000 });
}

describe('e2e: the preview with its incident flowchart', () => {
  let wb: Workbench;
  let text: string;
  before(async () => {
    writeImagesFixture(process.env.WS_DIR!);
    wb = await openWorkbench(FILE);
    text = readFileSync(join(process.env.WS_DIR!, FILE), 'utf8');
  });

  it('opens from the editor title button and draws the flowchart of the timeline', async () => {
    await wb.openFile(FILE);
    await wb.page.locator('.editor-group-container.active .editor-actions .codicon-type-hierarchy').first().click();
    const frame = await wb.webviewFrame(NODES);
    await nodeCount(frame, nodesOf(text));
    assert.match(await frame.locator('.pm-flowchart').innerText(), /Monitoring alert/);
    assert.match(await frame.locator('h1').innerText(), /502 errors on the checkout API/);
  });

  it('redraws the flowchart while typing in the timeline', async () => {
    await wb.openFile(FILE);
    const line = text.split('\n').findIndex((l) => l.startsWith('- **17:00 UTC**')) + 1;
    await wb.palette('Go to Line/Column');
    await wb.page.keyboard.type(String(line));
    await wb.page.keyboard.press('Enter');
    await wb.page.keyboard.type('- **16:30 UTC** - Escalated to the CTO.');
    await wb.page.keyboard.press('Enter');
    const frame = await wb.webviewFrame(NODES);
    await nodeCount(frame, nodesOf(text) + 1);
    await frame.locator('.pm-flowchart', { hasText: 'Escalated to the CTO' }).waitFor({ timeout: 30000 });
    await wb.page.keyboard.press('Control+S');
    await wb.page.locator('.editor-group-container .tab.dirty', { hasText: FILE }).waitFor({ state: 'detached', timeout: 30000 });
  });

  it('comes back after a window reload (the panel serializer)', async () => {
    // A reload through the workbench lets it persist its editors (the panel's state included) before the page goes.
    await wb.palette('Developer: Reload Window');
    await wb.page.waitForEvent('load', { timeout: 60000 });
    await wb.page.locator('.monaco-workbench').waitFor({ timeout: 60000 });
    const frame = await wb.webviewFrame(NODES, 60000);
    await nodeCount(frame, nodesOf(readFileSync(join(process.env.WS_DIR!, FILE), 'utf8')));
  });

  it('exports an HTML file that shows the SVG flowchart in a browser', async () => {
    await wb.openFile(FILE);
    await wb.palette('Postmortem: Export HTML…');
    // The save dialog (code-server's simple dialog) proposes the postmortem's name with .html beside it.
    const input = wb.page.locator('.quick-input-widget input.input');
    await input.waitFor({ state: 'visible' });
    // The dialog fills in the folder first and the proposed name a moment later: wait for the name.
    await wb.page.waitForFunction(() => {
      const el = document.querySelector<HTMLInputElement>('.quick-input-widget input.input');
      return !!el && /preview-postmortem\.html$/.test(el.value);
    }, undefined, { timeout: 15000 }).catch(() => undefined);
    assert.match(await input.inputValue(), /preview-postmortem\.html$/);
    await wb.page.keyboard.press('Enter');
    const out = join(process.env.WS_DIR!, 'preview-postmortem.html');
    const page = await wb.page.context().browser()!.newPage();
    try {
      await waitForFile(page, out);
      await page.goto('file://' + out);
      assert.ok((await page.locator(NODES).count()) >= nodesOf(text));
      assert.strictEqual(await page.locator('script').count(), 0);
    } finally {
      await page.close();
    }
  });

  it('shows images that sit next to the postmortem (relative src, loaded through the webview)', async () => {
    await wb.openFile(IMAGES);
    const frame = await wb.webviewFrame('img[alt="nested"]');
    for (const alt of ['diagram', 'nested']) {
      await frame.waitForFunction((a) => {
        const img = document.querySelector<HTMLImageElement>(`img[alt="${a}"]`);
        return !!img && img.complete && img.naturalWidth === 4 && img.naturalHeight === 3;
      }, alt, { timeout: 30000 });
    }
    assert.doesNotMatch((await frame.locator('img[alt="diagram"]').getAttribute('src'))!, /^(\.\/)?diagram\.png$/);
  });
});

/** Waits for the exported file by polling the disk between browser round trips (no fixed sleep). */
async function waitForFile(page: import('playwright-core').Page, path: string): Promise<void> {
  const deadline = Date.now() + 30000;
  while (!existsSync(path) || readFileSync(path, 'utf8').indexOf('</html>') === -1) {
    if (Date.now() > deadline) throw new Error(`${path} was not written`);
    await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(resolve)));
  }
}
