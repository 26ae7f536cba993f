// Takes the README screenshots in the embedded VS Code (code-server 4.100.3).
//   node scripts/screenshot.mjs [url] [out.png]   the editor with its Problems panel and the preview, against a running `npm start`
//   node scripts/screenshot.mjs --previews        the preview of three samples in a light, a dark and a high-contrast theme
//                                                 (media/preview-*.png): packages the .vsix, starts a throwaway code-server
// --previews needs the compiled tests (`npx tsc -p test/e2e`) for the workbench driver.
import { createRequire } from 'node:module';
import { launchChromium } from './lib/chromium.cjs';
import { join } from 'node:path';
import { CACHE, ROOT, startCodeServer } from './lib/code-server.mjs';
import { packageVsix } from './package.mjs';

/** The samples shown, each in a theme: [file, VS Code theme, screenshot]. */
const PREVIEWS = [
  ['incident-report.md', 'Default Light Modern', 'media/preview-light.png'],
  ['alx-0x19-postmortem.md', 'Default Dark Modern', 'media/preview-dark.png'],
  ['google-sre-postmortem.md', 'Default High Contrast', 'media/preview-high-contrast.png'],
];
/** The body class VS Code gives a webview in each theme. */
const THEME_CLASS = { 'Default Light Modern': 'vscode-light', 'Default Dark Modern': 'vscode-dark', 'Default High Contrast': 'vscode-high-contrast' };

if (process.argv.includes('--previews')) await previews();
else await editor();

/** The editor screenshot (media/screenshot.png) against a running `npm start`. */
async function editor() {
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
}

/** The preview of three samples, one theme each, in a fresh code-server with the packaged extension. */
async function previews() {
  const require = createRequire(import.meta.url);
  const { Workbench } = require(join(ROOT, 'out/test/e2e/workbench.js'));
  const vsix = await packageVsix();
  const browser = await launchChromium();
  try {
    for (const [file, theme, out] of PREVIEWS) {
      // One server per theme: VS Code starts in the theme its settings name.
      const server = await startCodeServer({ name: 'screenshots', vsix, workspaceFrom: [join(ROOT, 'samples')],
        settings: { 'workbench.colorTheme': theme, 'git.enabled': false, 'git.openRepositoryInParentFolders': 'never',
          'workbench.tips.enabled': false } });
      const page = await browser.newPage({ viewport: { width: 1440, height: 1500 } });
      try {
        const wb = new Workbench(page, server.url, server.dirs.ws);
        await wb.open(file);
        await wb.palette('View: Close Primary Side Bar');
        await wb.openFile(file);
        await wb.palette('Postmortem: Open Preview to the Side');
        const frame = await wb.webviewFrame('.pm-flowchart.pm-drawn', 60000);
        await frame.locator('.pm-flowchart.pm-drawn:not(.pm-pending)').waitFor({ timeout: 30000 });
        await frame.locator(`body.${THEME_CLASS[theme]}`).waitFor({ state: 'attached', timeout: 30000 });
        // A flowchart under the author's own Flowchart heading is further down: bring it up.
        await frame.evaluate(() => {
          const figure = document.querySelector('.pm-flowchart');
          if (figure && figure.getBoundingClientRect().top > 400) figure.scrollIntoView({ block: 'start' });
        });
        await wb.palette('Notifications: Clear All Notifications');
        await page.mouse.move(720, 1490);
        // The preview's editor group: the title, the band (when the core gives metrics) and the flowchart with its legend.
        await page.locator('.editor-group-container').nth(1).screenshot({ path: join(ROOT, out) });
        console.log(`screenshot: ${out} (${file}, ${theme})`);
      } finally {
        await page.close();
        server.cleanup();
      }
    }
  } finally {
    await browser.close();
  }
}
