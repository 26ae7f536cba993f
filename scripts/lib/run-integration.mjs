// Runs the mocha suites of test/integration inside the real extension host of code-server, driven by Chromium.
import { readFileSync, existsSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { ROOT, CACHE, CHROMIUM, CHROMIUM_ARGS, startCodeServer } from './code-server.mjs';

/** Reads the remote authority the workbench page embeds (1.100: "127.0.0.1:PORT"). */
async function remoteAuthority(url, folder) {
  const html = await (await fetch(`${url}/?folder=${encodeURIComponent(folder)}`)).text();
  const m = html.match(/id="vscode-workbench-web-configuration" data-settings="([^"]*)"/);
  if (!m) throw new Error('code-server page has no workbench configuration; is it code-server 4.100.3?');
  return JSON.parse(m[1].replace(/&quot;/g, '"').replace(/&amp;/g, '&')).remoteAuthority;
}

/** Runs the suites; resolves to { passed, failed, results } read from the runner's result file. */
export async function runIntegration({ timeoutMs = 300000, grep = process.env.PM_TEST_GREP } = {}) {
  const resultFile = join(CACHE, `integration-result-${process.pid}.json`);
  rmSync(resultFile, { force: true });
  const server = await startCodeServer({
    name: 'integration',
    workspaceFrom: [join(ROOT, 'test/fixtures/workspace')],
    env: { PM_RESULT_FILE: resultFile, ...(grep ? { PM_TEST_GREP: grep } : {}) },
  });
  let ok = false;
  const browser = await chromium.launch({ executablePath: CHROMIUM, headless: true, args: CHROMIUM_ARGS });
  try {
    const authority = await remoteAuthority(server.url, server.dirs.ws);
    const remote = (p) => `vscode-remote://${authority}${p}`;
    const payload = JSON.stringify([
      ['extensionDevelopmentPath', remote(ROOT)],
      ['extensionTestsPath', remote(join(ROOT, 'out/test/integration/index.js'))],
      ['skipWelcome', 'true'],
    ]);
    const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
    // Built products ignore the payload's test paths unless the smoke-test driver is enabled; code-server has no flag for it.
    await page.addInitScript(() => {
      const orig = Element.prototype.getAttribute;
      Element.prototype.getAttribute = function (name) {
        const v = orig.call(this, name);
        if (name === 'data-settings' && this.id === 'vscode-workbench-web-configuration' && v) {
          const c = JSON.parse(v);
          c.developmentOptions = { ...(c.developmentOptions || {}), enableSmokeTestDriver: true };
          return JSON.stringify(c);
        }
        return v;
      };
    });
    let exit;
    const exited = new Promise((resolve) => { exit = resolve; });
    await page.exposeFunction('codeAutomationLog', (type, args) => {
      if (process.env.PM_VERBOSE) console.log('[ext host]', type, ...args);
    });
    await page.exposeFunction('codeAutomationExit', (code) => exit(code));
    await page.goto(`${server.url}/?folder=${encodeURIComponent(server.dirs.ws)}&payload=${encodeURIComponent(payload)}`);
    let timer;
    const code = await Promise.race([exited, new Promise((r) => { timer = setTimeout(() => r('timeout'), timeoutMs); })]);
    clearTimeout(timer);
    if (code !== 0) await page.screenshot({ path: join(server.dirs.shots, 'integration-final.png') }).catch(() => {});
    if (!existsSync(resultFile)) {
      throw new Error(`the extension host wrote no results (exit: ${code}); see ${server.logFile}` +
        (code === 'timeout' ? ` — no answer within ${timeoutMs / 1000}s` : ''));
    }
    const result = JSON.parse(readFileSync(resultFile, 'utf8'));
    rmSync(resultFile, { force: true });
    ok = result.failures === 0;
    return result;
  } finally {
    await browser.close().catch(() => {});
    if (ok) server.cleanup(); else server.stop();
  }
}
