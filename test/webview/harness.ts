// Loads the real preview webview (shell + bundle + stylesheet) in headless Chromium, outside VS Code, for tests and the bench.
import { EventEmitter } from 'events';
import { readFileSync } from 'fs';
import { createServer, type Server } from 'http';
import type { AddressInfo } from 'net';
import { join } from 'path';
import type { Browser, Page } from 'playwright-core';
import { lint } from '../../src/core';
import { createRenderer } from '../../src/core/index';
import { composeContent } from '../../src/extension/preview/compose';
import { previewShell } from '../../src/extension/preview/html';
import { storyOf, type Story } from '../../src/extension/preview/story';
import type { DiagramKind, HostMessage, PreviewContent, PreviewState, WebviewMessage } from '../../src/shared/protocol';
import { launchChromium } from '../shared/chromium';

/** What the harness puts into the page (its init script) and what the tests read there. */
declare global {
  interface Window {
    /** The stand-in for VS Code's webview API (VS Code injects the real one). */
    acquireVsCodeApi(): {
      postMessage(m: WebviewMessage): void;
      getState(): PreviewState | undefined;
      setState(s: PreviewState): void;
    };
    /** Every message the page posts, handed to the harness in Node. */
    __pmPost(m: WebviewMessage): void;
    /** CSP violations, "directive blocked-uri". */
    __pmViolations: string[];
    /** Time (ms since navigation) of the first render report, for the first-paint bench. */
    __pmFirstRendered?: number;
    /** Time of the last `update` message, and by version the ms from it to the render report (the bench's webview time). */
    __pmUpdateAt?: number;
    __pmRenderMs: Record<number, number>;
    /** Set by the lazily loaded Mermaid bundle. */
    __pmMermaid?: unknown;
    /** What a hostile document would set if a payload ran. */
    __pwned?: unknown;
    __pwnedCallback?: () => void;
    /** The eval probe's outcomes. */
    __evalProbe?: string[];
  }
}

/** What the page shows: read from its DOM, as a reader would see it. */
export interface Drawn {
  /** `svg .node` count of each diagram block, in order (0 for a block that failed). */
  nodeCounts: number[];
  /** The kind of each diagram block, in the same order. */
  kinds: DiagramKind[];
  /** Nodes of the generated flowchart (-1 when there is none). */
  flowchartNodes: number;
  /** Bars (tasks and milestones) of the time-scaled view (-1 when there is none or it is folded away). */
  ganttBars: number;
  /** Diagrams shown drawn (an SVG in the frame's viewport). */
  svgCount: number;
  /** The inline Mermaid error of each failed block. */
  errors: string[];
  /** The `src` of every image, in order. */
  images: string[];
}

const ROOT = join(__dirname, '..', '..', '..');
// PM_DIST serves the webview bundles from another build (the bench compares builds with it).
const DIST = process.env.PM_DIST || join(ROOT, 'dist');
const FILES: Record<string, [string, string]> = {
  '/dist/webview/preview.js': [join(DIST, 'webview', 'preview.js'), 'text/javascript'],
  '/dist/webview/mermaid.js': [join(DIST, 'webview', 'mermaid.js'), 'text/javascript'],
  '/media/preview.css': [join(ROOT, 'media', 'preview.css'), 'text/css'],
};

/**
 * What the host would send for a Markdown text (the extension's pipeline: lint → story → compose). `story` replaces parts
 * of the core's story: a hand-written gantt or metrics fed through the protocol in place of the core's.
 */
export function contentFor(
  markdown: string,
  version = 1,
  uri = 'file:///test/postmortem.md',
  story: Partial<Story> = {},
): PreviewContent {
  const model = lint(markdown).model;
  return composeContent({
    uri,
    version,
    title: model.title ?? 'postmortem.md',
    text: markdown,
    model,
    story: { ...storyOf(model), ...story },
    render: createRenderer(),
    options: { sourceLines: true },
  });
}

/** How a page is opened: VS Code's theme class and variables, the window's size, an eval probe. */
export interface OpenOptions {
  bodyClass?: string;
  /** VS Code variables (without `--vscode-`) beyond the theme's. */
  vars?: Record<string, string>;
  viewport?: { width: number; height: number };
  evalProbe?: boolean;
}

/** A few of the variables VS Code sets for each theme (enough for the preview's colours and sizes). */
const THEME_VARS: Record<string, Record<string, string>> = {
  'vscode-light': { 'editor-font-size': '14px', 'editor-background': '#ffffff', foreground: '#3b3b3b' },
  'vscode-dark': {
    'editor-font-size': '14px',
    'editor-background': '#1f1f1f',
    foreground: '#cccccc',
    'button-secondaryBackground': '#313131',
    'button-secondaryForeground': '#cccccc',
    'badge-background': '#616161',
    'badge-foreground': '#f8f8f8',
  },
  'vscode-high-contrast': {
    'editor-font-size': '14px',
    'editor-background': '#000000',
    foreground: '#ffffff',
    contrastBorder: '#6fc3df',
    'button-secondaryBackground': '#000000',
    'button-secondaryForeground': '#ffffff',
    'badge-background': '#000000',
    'badge-foreground': '#ffffff',
  },
  'vscode-high-contrast-light': {
    'editor-font-size': '14px',
    'editor-background': '#ffffff',
    foreground: '#292929',
    contrastBorder: '#0f4a85',
  },
};

/** A Chromium with the preview served over http from a local server. */
export class PreviewHarness {
  private readonly messages = new EventEmitter();
  private pageHtml = '';
  /** The script nonce of the page opened last. */
  nonce = '';
  private requests = 1000;
  private constructor(
    private readonly server: Server,
    private readonly browser: Browser,
    readonly origin: string,
  ) {}

  /** Starts the server and the browser. */
  static async start(): Promise<PreviewHarness> {
    let harness: PreviewHarness | undefined;
    const server = createServer((req, res) => {
      const file = FILES[req.url ?? ''];
      if (req.url === '/') {
        res.writeHead(200, { 'content-type': 'text/html' }).end(harness!.pageHtml);
      } else if (file) {
        res.writeHead(200, { 'content-type': file[1] }).end(readFileSync(file[0]));
      } else {
        res.writeHead(404).end();
      }
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    const browser = await launchChromium();
    harness = new PreviewHarness(server, browser, origin);
    return harness;
  }

  /**
   * Opens a fresh page showing `initial`; records CSP violations in `window.__pmViolations`. `evalProbe` adds a
   * nonce'd script that tries eval at load (before any CDP evaluate, which would lift the eval block) into `window.__evalProbe`.
   */
  async open(initial: PreviewContent, options: OpenOptions = {}): Promise<Page> {
    this.nonce = 'n' + Math.random().toString(36).slice(2);
    const theme = options.bodyClass ?? 'vscode-light';
    // VS Code gives a webview its theme as variables on <html> and a class on <body>.
    const vars = Object.entries({ ...THEME_VARS[theme], ...options.vars })
      .map(([k, v]) => `--vscode-${k}: ${v}`)
      .join('; ');
    this.pageHtml = previewShell({
      cspSource: this.origin,
      nonce: this.nonce,
      initial,
      scriptUri: `${this.origin}/dist/webview/preview.js`,
      mermaidUri: `${this.origin}/dist/webview/mermaid.js`,
      styleUri: `${this.origin}/media/preview.css`,
    })
      .replace('<html lang="en">', `<html lang="en" style="${vars}">`)
      .replace('<body>', `<body class="${theme}">` + (options.evalProbe ? evalProbe(this.nonce) : ''));
    const page = await this.browser.newPage(options.viewport ? { viewport: options.viewport } : {});
    await page.exposeFunction('__pmPost', (m: WebviewMessage) => this.messages.emit('message', m));
    await page.addInitScript(() => {
      window.__pmViolations = [];
      window.__pmRenderMs = {};
      document.addEventListener('securitypolicyviolation', (e) =>
        window.__pmViolations.push(`${e.violatedDirective} ${e.blockedURI}`),
      );
      // Added before the preview's own listener, so it runs first.
      window.addEventListener('message', (e: MessageEvent<HostMessage>) => {
        if (e.data?.type === 'update') window.__pmUpdateAt = performance.now();
      });
      const key = 'pm:state';
      window.acquireVsCodeApi = () => ({
        postMessage: (m) => {
          if (m.type === 'rendered') {
            window.__pmFirstRendered ??= performance.now();
            window.__pmRenderMs[m.version] = performance.now() - (window.__pmUpdateAt ?? 0);
          }
          window.__pmPost(m);
        },
        // Like VS Code's webview state, it outlives a reload of the page.
        getState: () => {
          const saved = sessionStorage.getItem(key);
          return saved ? (JSON.parse(saved) as PreviewState) : undefined;
        },
        setState: (state) => sessionStorage.setItem(key, JSON.stringify(state)),
      });
    });
    const rendered = this.next((m) => m.type === 'rendered' && m.version === initial.version);
    await page.goto(this.origin + '/');
    await rendered;
    return page;
  }

  /** The next message from a webview that satisfies `accept` (rejects after `timeoutMs`). */
  next<T extends WebviewMessage>(accept: (m: WebviewMessage) => m is T, timeoutMs?: number): Promise<T>;
  next(accept: (m: WebviewMessage) => boolean, timeoutMs?: number): Promise<WebviewMessage>;
  next(accept: (m: WebviewMessage) => boolean, timeoutMs = 20000): Promise<WebviewMessage> {
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => {
        this.messages.off('message', on);
        reject(new Error('no matching message from the webview'));
      }, timeoutMs);
      const on = (m: WebviewMessage): void => {
        if (!accept(m)) return;
        clearTimeout(timer);
        this.messages.off('message', on);
        resolve(m);
      };
      this.messages.on('message', on);
    });
  }

  /** Resolves once the page reports it drew `version`. */
  async rendered(version: number, timeoutMs?: number): Promise<void> {
    await this.next((m) => m.type === 'rendered' && m.version === version, timeoutMs);
  }

  /**
   * Resolves once the page has handled every message posted to it before: it answers an export request in order, after
   * them (`uri` and `version` are what it shows).
   */
  async handled(page: Page, uri: string, version: number): Promise<void> {
    const requestId = ++this.requests;
    const answered = this.next((m) => m.type === 'exported' && m.requestId === requestId);
    await this.post(page, { type: 'export', requestId, uri, version });
    await answered;
  }

  /** What the page shows now (its diagrams, their errors, its images), read from the DOM. */
  drawn(page: Page): Promise<Drawn> {
    return page.evaluate(readDrawn);
  }

  /** Calls `listener` with every message from the webview until the returned function is called. */
  listen(listener: (m: WebviewMessage) => void): () => void {
    this.messages.on('message', listener);
    return () => this.messages.off('message', listener);
  }

  /** Sends a host message to the page, as VS Code's postMessage does. */
  async post(page: Page, message: HostMessage): Promise<void> {
    await page.evaluate((m) => window.postMessage(m, '*'), message);
  }

  async close(): Promise<void> {
    await this.browser.close();
    await new Promise((resolve) => this.server.close(resolve));
  }
}

/** Runs in the page: what the preview root shows. */
function readDrawn(): Drawn {
  const root = document.getElementById('pm-root')!;
  const blocks = [...root.querySelectorAll<HTMLElement>('.pm-diagram')];
  const count = (d: HTMLElement): number => d.querySelectorAll('svg .node').length;
  const kind = (d: HTMLElement): DiagramKind => (d.dataset['kind'] ?? 'author') as DiagramKind;
  const flowchart = blocks.find((b) => kind(b) === 'flowchart');
  const gantt = blocks.find((b) => kind(b) === 'gantt');
  // Folded away, the time-scaled view shows no bars.
  const ganttSvg = gantt && !gantt.classList.contains('pm-folded') ? gantt.querySelector('.pm-viewport > svg') : null;
  return {
    nodeCounts: blocks.map(count),
    kinds: blocks.map(kind),
    flowchartNodes: flowchart ? count(flowchart) : -1,
    ganttBars: ganttSvg ? ganttSvg.querySelectorAll('rect.task').length : -1,
    // A drawn diagram's SVG sits in its frame's pan/zoom viewport.
    svgCount: root.querySelectorAll('.pm-diagram .pm-viewport > svg').length,
    errors: blocks.map((b) => b.querySelector('.pm-error-message')?.textContent ?? '').filter((e) => e !== ''),
    images: [...root.querySelectorAll('img')].map((img) => img.getAttribute('src') ?? ''),
  };
}

/** A trusted (nonce'd) script that tries string evaluation; under the preview's CSP both attempts must throw. */
function evalProbe(nonce: string): string {
  return `<script nonce="${nonce}">window.__evalProbe = [];
for (const attempt of [() => eval('1'), () => new Function('return 1')(), () => setTimeout('window.__pwned = 1')]) {
  try { attempt(); window.__evalProbe.push('allowed'); } catch (e) { window.__evalProbe.push(e.name); }
}</script>`;
}
