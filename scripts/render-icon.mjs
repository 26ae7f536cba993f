// Renders media/icon.svg (our own drawing) to media/icon.png, 128×128, in headless Chromium.
// Usage: node scripts/render-icon.mjs
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { CHROMIUM, CHROMIUM_ARGS, ROOT } from './lib/code-server.mjs';

const svg = readFileSync(join(ROOT, 'media/icon.svg'), 'utf8');
const browser = await chromium.launch({ executablePath: CHROMIUM, headless: true, args: CHROMIUM_ARGS });
try {
  const page = await browser.newPage({ viewport: { width: 128, height: 128 }, deviceScaleFactor: 1 });
  await page.setContent(`<!doctype html><html><body style="margin:0;background:transparent">${svg}</body></html>`);
  await page.locator('svg').screenshot({ path: join(ROOT, 'media/icon.png'), omitBackground: true });
  console.log('render-icon: wrote media/icon.png');
} finally {
  await browser.close();
}
