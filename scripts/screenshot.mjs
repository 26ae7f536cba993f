// Takes the README screenshot: a sample postmortem with its Problems panel and the preview, in the embedded VS Code.
// Usage: npm start (in another shell), then: node scripts/screenshot.mjs [url] [out.png]
import { launchChromium } from './lib/chromium.cjs';
import { CACHE, ROOT } from './lib/code-server.mjs';
import { join } from 'node:path';

const url = process.argv[2] || `http://127.0.0.1:8080/?folder=${encodeURIComponent(join(CACHE, 'start', 'samples'))}`;
const out = process.argv[3] || join(ROOT, 'media/screenshot.png');
const browser = await launchChromium();
const page = await browser.newPage({ viewport: { width: 1600, height: 1000 } });
const palette = async (title) => {
  await page.keyboard.press('F1');
  await page.locator('.quick-input-widget input.input').fill('>' + title);
  const row = page.locator('.quick-input-list .monaco-list-row', { hasText: title }).first();
  await row.waitFor();
  await row.click();
};
try {
  await page.goto(url);
  await page.locator('.explorer-folders-view .monaco-list-row', { hasText: 'alx-0x19-postmortem.md' }).first().click({ timeout: 60000 });
  await page.locator('.tabs-container .tab.active', { hasText: 'alx-0x19-postmortem.md' }).waitFor();
  // Make a reviewer's point visible: a timeline entry without a time zone, and a left-over placeholder.
  await page.locator('.monaco-editor .view-line', { hasText: 'UTC** -' }).nth(2).click();
  await page.keyboard.press('End');
  await page.keyboard.press('Enter');
  await page.keyboard.type('- **14:20** - Rolled back the config push, owner TBD.');
  await palette('Postmortem: Open Preview to the Side');
  const frame = await (async () => {
    for (;;) {
      for (const f of page.frames()) if (await f.locator('svg .node').count().catch(() => 0)) return f;
      await page.waitForEvent('framenavigated', { timeout: 30000 }).catch(() => undefined);
    }
  })();
  await frame.locator('svg .node').first().waitFor();
  await palette('View: Focus Problems');
  await page.locator('.markers-panel .monaco-list-row').first().waitFor();
  await page.screenshot({ path: out });
  console.log(`screenshot: ${out}`);
} finally {
  await browser.close();
}
