// Hostile postmortems in the real preview bundle in Chromium: no payload runs, CSP is enforced and reports violations.
import * as assert from 'assert';
import { readFileSync } from 'fs';
import { join } from 'path';
import type { Page } from 'playwright-core';
import type { WebviewMessage } from '../../src/shared/protocol';
import { PreviewHarness, contentFor } from './harness';

const HOSTILE = join(__dirname, '..', '..', '..', 'test', 'fixtures', 'hostile');
type Probe = { pwned: unknown; callback: unknown; violations: string[] };
const probe = (page: Page): Promise<Probe> =>
  page.evaluate(() => ({
    pwned: window.__pwned,
    callback: window.__pwnedCallback,
    violations: window.__pmViolations,
  }));

describe('preview in Chromium: hostile documents run no script', function () {
  this.timeout(60000);
  let harness: PreviewHarness;
  before(async () => {
    harness = await PreviewHarness.start();
  });
  after(async () => {
    await harness?.close();
  });

  for (const name of ['raw-html.md', 'links.md', 'mermaid.md']) {
    it(`${name}: nothing runs, even when every link and node is clicked`, async () => {
      const page = await harness.open(contentFor(readFileSync(join(HOSTILE, name), 'utf8')));
      try {
        await page.evaluate(() => {
          window.__pwnedCallback = () => undefined;
        });
        const posted: string[] = [];
        const stop = harness.listen((m) => {
          if (m.type === 'openLink') posted.push(m.href);
        });
        // A click event on each (hidden ones too, so no actionability wait that could give up), as a click would send.
        for (const el of await page.locator('a, svg .node, svg a, button, img').all()) await el.dispatchEvent('click');
        const seen = await probe(page);
        assert.strictEqual(seen.pwned, undefined, `a payload ran: ${String(seen.pwned)}`);
        if (name === 'mermaid.md') {
          // Mermaid puts label HTML into the live DOM before its final sanitising pass; the CSP blocks and reports the handlers.
          assert.ok(
            seen.violations.every((v) => v === 'script-src-attr inline'),
            JSON.stringify(seen.violations),
          );
        } else {
          assert.deepStrictEqual(seen.violations, [], 'nothing even tried to break the CSP (raw HTML is inert text)');
        }
        assert.strictEqual(
          await page
            .locator(
              '#pm-root script, #pm-root iframe, #pm-root form, #pm-root [onerror], #pm-root [onload], #pm-root [onclick]',
            )
            .count(),
          0,
        );
        assert.strictEqual(
          await page.locator('a[href^="javascript:" i], a[href^="data:" i], a[href^="command:" i]').count(),
          0,
        );
        assert.ok(
          posted.every((href) => !/^\s*(javascript|data|vbscript):/i.test(href)),
          `posted ${JSON.stringify(posted)}`,
        );
        stop();
      } finally {
        await page.close();
      }
    });
  }

  it('mermaid.md: strict security wins over the loose init directive, errors show inline, the rest renders', async () => {
    // Counted without a time-scaled view: the authored blocks are what this is about.
    const content = contentFor(readFileSync(join(HOSTILE, 'mermaid.md'), 'utf8'), 1, undefined, { gantt: '' });
    const page = await harness.open(content);
    try {
      const report = await harness.drawn(page);
      assert.strictEqual(report.nodeCounts.length, 6, 'the generated flowchart and five authored blocks');
      assert.strictEqual(report.errors.length, 1, `one broken diagram: ${JSON.stringify(report.errors)}`);
      assert.strictEqual(report.svgCount, 5);
      assert.strictEqual(await page.locator('.pm-error .pm-error-message').count(), 1);
      // Mermaid writes `click … href` links as SVG <a xlink:href>: both attributes are checked.
      assert.strictEqual(
        await page
          .locator('svg [onclick], svg a[href]:not([href="about:blank"]), svg a[*|href]:not([*|href="about:blank"])')
          .count(),
        0,
        'no click bindings or live hrefs',
      );
      assert.strictEqual(
        await page.locator('svg script, svg [onerror], svg [onload], svg a[href^="javascript" i]').count(),
        0,
        'labels sanitised',
      );
    } finally {
      await page.close();
    }
  });

  it("an SVG link (xlink:href) goes through the host's link policy like any link: posted, never followed by the page", async () => {
    const page = await harness.open(contentFor(readFileSync(join(HOSTILE, 'mermaid-form-link.md'), 'utf8')));
    try {
      assert.strictEqual(
        await page.locator('svg a[*|href="https://example.com/runbook"]').count(),
        1,
        'Mermaid drew the link',
      );
      const url = page.url();
      const posted = harness.next((m) => m.type === 'openLink', 10000);
      // The javascript: link lost its href in Mermaid's strict mode: clicked, it posts nothing (the next post is the runbook's).
      await page.locator('svg a:not([*|href])').click();
      await page.locator('svg a[*|href="https://example.com/runbook"]').click();
      assert.deepStrictEqual(await posted, { type: 'openLink', href: 'https://example.com/runbook' });
      assert.strictEqual(page.url(), url, 'the page did not navigate');
      assert.strictEqual((await probe(page)).pwned, undefined);
    } finally {
      await page.close();
    }
  });

  it('export: the SVGs sent for the exported page are sanitised (a form in a label is gone, the labels and link stay)', async () => {
    const page = await harness.open(contentFor(readFileSync(join(HOSTILE, 'mermaid-form-link.md'), 'utf8')));
    try {
      const exported = harness.next((m): m is Extract<WebviewMessage, { type: 'exported' }> => m.type === 'exported');
      await harness.post(page, { type: 'export', requestId: 3, uri: 'file:///test/postmortem.md', version: 1 });
      const { svgs } = await exported;
      assert.deepStrictEqual(
        svgs.map((s) => s.id),
        ['0'],
      );
      const svg = svgs[0]!.svg;
      assert.match(svg, /^<svg[\s>]/);
      assert.doesNotMatch(svg, /<(form|input|button)[\s>]/i, 'form controls were sent for the export');
      assert.doesNotMatch(svg, /\son[a-z]+=|javascript:/i);
      assert.match(svg, /<foreignObject[\s\S]*Runbook/, 'the HTML labels stay');
      assert.match(svg, /xlink:href="https:\/\/example\.com\/runbook"/, 'https links stay');
      assert.strictEqual(
        await page.locator('.pm-diagram svg .node').count(),
        3,
        'the preview itself still draws every node',
      );
    } finally {
      await page.close();
    }
  });

  it('the CSP refuses eval, inline script and inline handlers, and reports them (control: the policy is in force)', async () => {
    const page = await harness.open(contentFor('# Postmortem\n\n## Timeline\n\n- **10:00 UTC** - Alert fired.\n'), {
      evalProbe: true,
    });
    try {
      const atLoad = await probe(page);
      assert.deepStrictEqual(await page.evaluate(() => window.__evalProbe), ['EvalError', 'EvalError', 'allowed']);
      assert.deepStrictEqual(
        atLoad.violations,
        ['script-src eval', 'script-src eval', 'script-src eval'],
        'Mermaid itself needed no eval',
      );
      await page.evaluate(() => {
        const s = document.createElement('script');
        s.textContent = "window.__pwned = 'injected-inline'";
        document.body.append(s);
        const img = document.createElement('img');
        img.setAttribute('onerror', "window.__pwned = 'injected-handler'");
        img.src = 'data:,x';
        document.body.append(img);
      });
      await page.waitForFunction(() => window.__pmViolations.length >= 5);
      const seen = await probe(page);
      assert.strictEqual(seen.pwned, undefined);
      assert.ok(seen.violations.includes('script-src-elem inline'), JSON.stringify(seen.violations));
      assert.ok(seen.violations.includes('script-src-attr inline'), JSON.stringify(seen.violations));
    } finally {
      await page.close();
    }
  });
});
