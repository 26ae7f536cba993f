// Runs the mocha suites of test/integration inside the real extension host of code-server, driven by Chromium.
import { readFileSync, existsSync, rmSync, mkdirSync, writeFileSync, symlinkSync } from 'node:fs';
import { join } from 'node:path';
import { launchChromium } from './chromium.cjs';
import { ROOT, CACHE, startCodeServer } from './code-server.mjs';

/** Reads the remote authority the workbench page embeds (1.100: "127.0.0.1:PORT"). */
async function remoteAuthority(url, folder) {
  const html = await (await fetch(`${url}/?folder=${encodeURIComponent(folder)}`)).text();
  const m = html.match(/id="vscode-workbench-web-configuration" data-settings="([^"]*)"/);
  if (!m) throw new Error('code-server page has no workbench configuration; is it code-server 4.100.3?');
  return JSON.parse(m[1].replace(/&quot;/g, '"').replace(/&amp;/g, '&')).remoteAuthority;
}

/** Bundles the web-host suite (mocha's browser build + the tests) for the browser worker. */
async function bundleWebSuite() {
  const esbuild = await import('esbuild');
  const outfile = join(ROOT, 'out/test/web/index.js');
  await esbuild.build({ entryPoints: [join(ROOT, 'test/web/index.ts')], outfile, bundle: true, platform: 'browser',
    format: 'cjs', external: ['vscode'], target: 'es2022', logLevel: 'warning', mainFields: ['browser', 'module', 'main'] });
  return outfile;
}

/**
 * A copy of the extension without `main`: with a remote Node host at hand, VS Code would run the extension there, and the
 * payload's extensionDevelopmentKind is not honoured by code-server, so only the `browser` entry is left to run.
 */
function browserOnlyCopy(run) {
  const dir = join(run, 'browser-only-extension');
  mkdirSync(dir, { recursive: true });
  const manifest = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8'));
  delete manifest.main;
  writeFileSync(join(dir, 'package.json'), JSON.stringify(manifest, null, 2));
  for (const entry of ['dist', 'snippets', 'syntaxes', 'media', 'schemas', 'docs']) {
    if (existsSync(join(ROOT, entry))) symlinkSync(join(ROOT, entry), join(dir, entry));
  }
  return dir;
}

/**
 * Runs the web-extension suite in the web worker extension host (`extensionDevelopmentKind: web`, the `browser` bundle);
 * resolves to { passed, results } from the `PM_WEB_RESULTS` line the suite logs.
 */
export async function runWebHost({ timeoutMs = 180000 } = {}) {
  const tests = await bundleWebSuite();
  let report;
  const onLog = (text) => {
    const i = text.indexOf('PM_WEB_RESULTS ');
    if (i >= 0 && !report) report = JSON.parse(text.slice(i + 'PM_WEB_RESULTS '.length));
  };
  const server = await startCodeServer({ name: 'web-host', workspaceFrom: [join(ROOT, 'test/fixtures/workspace')] });
  let ok = false;
  try {
    const code = await drive(server, { tests, extension: browserOnlyCopy(server.run), timeoutMs, onLog });
    if (!report) throw new Error(`the web extension host reported no results (exit: ${code}); see ${server.logFile}`);
    ok = report.failures === 0 && code === 0;
    return { passed: report.outcomes.filter((o) => o.state === 'passed').length, results: report.outcomes };
  } finally {
    if (ok) server.cleanup(); else server.stop();
  }
}

/** Opens the workbench with the test payload and resolves to the exit code the test loader reports. */
export async function drive(server, { tests, extension = ROOT, timeoutMs, onLog }) {
  const browser = await launchChromium();
  try {
    const authority = await remoteAuthority(server.url, server.dirs.ws);
    const remote = (p) => `vscode-remote://${authority}${p}`;
    const payload = JSON.stringify([
      ['extensionDevelopmentPath', remote(extension)],
      ['extensionTestsPath', remote(tests)],
      ['skipWelcome', 'true'],
    ]);
    const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
    await page.addInitScript(enableSmokeTestDriver);
    let exit;
    const exited = new Promise((resolve) => { exit = resolve; });
    page.on('console', (m) => onLog?.(m.text()));
    await page.exposeFunction('codeAutomationLog', (type, args) => {
      for (const a of args) onLog?.(String(a));
      if (process.env.PM_VERBOSE) console.log('[ext host]', type, ...args);
    });
    await page.exposeFunction('codeAutomationExit', (code) => exit(code));
    if (process.env.PM_VERBOSE) traceWorkbench(page);
    await page.goto(`${server.url}/?folder=${encodeURIComponent(server.dirs.ws)}&payload=${encodeURIComponent(payload)}`);
    let timer;
    const code = await Promise.race([exited, new Promise((r) => { timer = setTimeout(() => r('timeout'), timeoutMs); })]);
    clearTimeout(timer);
    if (code !== 0) await page.screenshot({ path: join(server.dirs.shots, 'final.png') }).catch(() => {});
    return code;
  } finally {
    await browser.close().catch(() => {});
  }
}

/**
 * PM_VERBOSE=1: the workbench's and webviews' console, and requests that failed, failed on the server or took over
 * 1.5 s (a webview's resources go through its service worker); PM_VERBOSE=2: every request.
 */
function traceWorkbench(page) {
  const now = () => new Date().toISOString().slice(11, 23);
  page.on('console', (m) => console.log('[page]', now(), m.type(), m.text().slice(0, 300)));
  page.context().on('requestfailed', (r) => console.log('[request failed]', now(), r.url().slice(0, 200), r.failure()?.errorText));
  page.context().on('requestfinished', async (r) => {
    const ms = r.timing().responseEnd;
    // Tracing only: a response gone with its page is logged without a status.
    const status = await r.response().then((x) => x?.status(), () => undefined);
    if (ms > 1500 || (status ?? 0) >= 400 || process.env.PM_VERBOSE === '2') {
      console.log('[request]', now(), Math.round(ms), 'ms', status, r.url().slice(0, 200));
    }
  });
}

/** Built products ignore the payload's test paths unless the smoke-test driver is enabled; code-server has no flag for it. */
function enableSmokeTestDriver() {
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
  try {
    const code = await drive(server, { tests: join(ROOT, 'out/test/integration/index.js'), timeoutMs });
    if (!existsSync(resultFile)) {
      throw new Error(`the extension host wrote no results (exit: ${code}); see ${server.logFile}` +
        (code === 'timeout' ? ` — no answer within ${timeoutMs / 1000}s` : ''));
    }
    const result = JSON.parse(readFileSync(resultFile, 'utf8'));
    rmSync(resultFile, { force: true });
    ok = result.failures === 0;
    return result;
  } finally {
    if (ok) server.cleanup(); else server.stop();
  }
}
