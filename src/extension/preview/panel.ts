// One preview webview: strict shell set once, then debounced, version-checked updates by postMessage; reports renders.
import * as vscode from 'vscode';
import {
  isWebviewMessage,
  type ExportTheme,
  type HostMessage,
  type RenderedVersion,
  type WebviewMessage,
} from '../../shared/protocol';
import { basename, documentRoot, type ContentBuilder } from './content';
import type { DrawingCache } from './drawings';
import { previewShell } from './html';
import { openLink } from './links';

const DEBOUNCE_MS = 200;
const SCROLL_THROTTLE_MS = 50;
/** After revealing a line the preview asked for, the editor's own scroll is not mirrored back for this long. */
const REVEAL_QUIET_MS = 300;
/** How long an export waits for the page to draw (a new page loads Mermaid first: seconds on a busy machine). */
const EXPORT_TIMEOUT_MS = 60000;
/** A visible page that has not said it listens after this long is loaded again, at most MAX_RELOADS times. */
const RELOAD_AFTER_MS = 12000;
const MAX_RELOADS = 3;

/** The SVGs the webview drew for one version, by the id of their Mermaid block and their theme. */
export interface RenderedSvgs {
  version: number;
  svgs: ReadonlyMap<string, Partial<Record<ExportTheme, string>>>;
}

/** One diagram drawn as a file's contents (SVG markup or base64 PNG), or why not. */
export interface DrawnDiagram {
  version: number;
  data?: string;
  error?: string;
}

/** A preview panel showing one document at a time. */
export class PreviewPanel implements vscode.Disposable {
  private readonly renderedEmitter = new vscode.EventEmitter<RenderedVersion>();
  /** Fires after the webview drew a version of the shown document. */
  readonly onDidRender = this.renderedEmitter.event;
  private readonly disposables: vscode.Disposable[] = [this.renderedEmitter];
  /** Export requests awaiting their answer: each message is sent again if the page (re)loads before answering. */
  private readonly exports = new Map<
    number,
    { finish: (answer: WebviewMessage | undefined) => void; message: HostMessage }
  >();
  private timer: ReturnType<typeof setTimeout> | undefined;
  private scrollTimer: ReturnType<typeof setTimeout> | undefined;
  private scrollLine: number | undefined;
  private quietUntil = 0;
  private posted = '';
  private nextRequest = 1;
  private root: string | undefined;
  private shown: RenderedVersion | undefined;
  /** True from a (re)load of the page until it says it listens: what the page it replaces reports then is stale. */
  private loading = true;
  /** The page's HTML, kept to load it again when a visible page never says it listens. */
  private readonly html: string;
  private watchdog: ReturnType<typeof setTimeout> | undefined;
  private reloads = 0;

  constructor(
    readonly panel: vscode.WebviewPanel,
    private readonly extensionUri: vscode.Uri,
    private readonly contents: ContentBuilder,
    private document: vscode.TextDocument,
    private readonly drawings: DrawingCache,
  ) {
    const webview = panel.webview;
    this.setRoots(document);
    const built = contents.build(document, webview);
    const initial = { ...built, drawings: drawings.for(built.diagrams) };
    this.posted = `${initial.uri}@${initial.version}`;
    panel.title = `Preview ${basename(document.uri)}`;
    this.html = previewShell({
      cspSource: webview.cspSource,
      nonce: nonce(),
      scriptUri: webview.asWebviewUri(vscode.Uri.joinPath(extensionUri, 'dist', 'webview', 'preview.js')).toString(),
      mermaidUri: webview.asWebviewUri(vscode.Uri.joinPath(extensionUri, 'dist', 'webview', 'mermaid.js')).toString(),
      styleUri: webview.asWebviewUri(vscode.Uri.joinPath(extensionUri, 'media', 'preview.css')).toString(),
      initial,
    });
    webview.html = this.html;
    this.watch();
    this.disposables.push(
      webview.onDidReceiveMessage((m: unknown) => {
        if (isWebviewMessage(m)) this.onMessage(m);
      }),
      // A hidden webview is unloaded (it shows nothing); shown again it reloads its creation-time HTML: send the latest at once.
      panel.onDidChangeViewState((e) => {
        if (e.webviewPanel.visible) {
          this.push(true);
          if (this.loading) this.watch();
        } else this.unloaded();
      }),
    );
  }

  /**
   * Lets the webview load the bundles and the document's images (its workspace folder, or its own folder outside a
   * workspace). Reassigning the options reloads the page, so it happens only when that folder changes.
   */
  private setRoots(document: vscode.TextDocument): void {
    const folder = documentRoot(document.uri);
    const key = folder?.toString() ?? '';
    if (this.root === key) return;
    if (this.root !== undefined) this.unloaded();
    this.root = key;
    this.panel.webview.options = {
      enableScripts: true,
      enableForms: false,
      enableCommandUris: false,
      localResourceRoots: [
        vscode.Uri.joinPath(this.extensionUri, 'dist', 'webview'),
        vscode.Uri.joinPath(this.extensionUri, 'media'),
        ...(folder ? [folder] : []),
      ],
    };
  }

  /** The page is gone or reloading: it shows nothing until the new page draws. */
  private unloaded(): void {
    this.loading = true;
    this.shown = undefined;
    this.watch();
  }

  /**
   * A visible page that has not said it listens within a while is loaded again (at most a few times): a webview created
   * while another page (the walkthrough) was active has been seen to stay blank for good. The page then gets the
   * latest version as any (re)loaded page does.
   */
  private watch(): void {
    if (this.watchdog) clearTimeout(this.watchdog);
    this.watchdog = setTimeout(() => {
      this.watchdog = undefined;
      if (!this.loading || !this.panel.visible || this.reloads >= MAX_RELOADS) return;
      this.reloads++;
      // A different string, so the webview loads it even where setting the same HTML would be a no-op.
      this.panel.webview.html = `${this.html}<!-- reload ${this.reloads} -->`;
      this.watch();
    }, RELOAD_AFTER_MS);
  }

  /** The version the page has drawn and shows now (undefined while it loads). */
  get drawn(): RenderedVersion | undefined {
    return this.shown;
  }

  /** What the page is doing, for a message when a wait for it fails. */
  get state(): string {
    return `${this.panel.visible ? 'visible' : 'hidden'}, ${this.loading ? 'loading' : 'loaded'}, column ${this.panel.viewColumn ?? '-'}`;
  }

  /** The document shown. */
  get documentUri(): vscode.Uri {
    return this.document.uri;
  }

  /** Shows another document (or the same one) right away. */
  show(document: vscode.TextDocument): void {
    this.document = document;
    this.panel.title = `Preview ${basename(document.uri)}`;
    this.setRoots(document);
    this.push(false);
  }

  /** Updates after typing stops for a moment. */
  schedule(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = setTimeout(() => this.push(false), DEBOUNCE_MS);
  }

  /** Posts the current version unless the webview already has it (`force` after the webview reloaded). */
  push(force: boolean): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = undefined;
    const content = this.contents.build(this.document, this.panel.webview);
    const key = `${content.uri}@${content.version}`;
    if (!force && key === this.posted) return;
    this.posted = key;
    // A (re)loaded page gets the drawings made before: it shows them without waiting for Mermaid.
    void this.panel.webview.postMessage({
      type: 'update',
      ...content,
      ...(force ? { drawings: this.drawings.for(content.diagrams) } : {}),
    });
  }

  /** Mirrors the editor's first visible line in the preview (throttled: at most one message per 50 ms, the latest line). */
  syncScroll(editor: vscode.TextEditor): void {
    const range = editor.visibleRanges[0];
    if (!range || !this.panel.visible || Date.now() < this.quietUntil) return;
    this.scrollLine = range.start.line;
    this.scrollTimer ??= setTimeout(() => {
      this.scrollTimer = undefined;
      const line = this.scrollLine;
      if (line === undefined) return;
      this.scrollLine = undefined;
      void this.panel.webview.postMessage({ type: 'scrollTo', uri: this.document.uri.toString(), line });
    }, SCROLL_THROTTLE_MS);
  }

  /** Asks the webview for every diagram of the current version drawn in `themes` (undefined when it doesn't answer). */
  async requestSvgs(themes: ExportTheme[] = ['light']): Promise<RenderedSvgs | undefined> {
    const answer = await this.request((requestId, uri, version) => ({
      type: 'export',
      requestId,
      uri,
      version,
      themes,
    }));
    return answer?.type === 'exported' ? { version: answer.version, svgs: svgsById(answer.svgs) } : undefined;
  }

  /** Asks the webview for one diagram of the current version as an SVG or PNG file (undefined when it doesn't answer). */
  async requestDiagram(id: string, format: 'svg' | 'png'): Promise<DrawnDiagram | undefined> {
    const answer = await this.request((requestId, uri, version) => ({
      type: 'exportDiagram',
      requestId,
      uri,
      version,
      id,
      format,
    }));
    if (answer?.type !== 'exportedDiagram') return undefined;
    return {
      version: answer.version,
      ...(typeof answer.data === 'string' ? { data: answer.data } : {}),
      ...(typeof answer.error === 'string' ? { error: answer.error } : {}),
    };
  }

  /** Posts a request for the current version and resolves with its answer (sent again if the page reloads meanwhile). */
  private request(
    make: (requestId: number, uri: string, version: number) => HostMessage,
  ): Promise<WebviewMessage | undefined> {
    this.push(false);
    const requestId = this.nextRequest++;
    return new Promise((resolve) => {
      const timer = setTimeout(() => finish(undefined), EXPORT_TIMEOUT_MS);
      const finish = (answer: WebviewMessage | undefined): void => {
        clearTimeout(timer);
        this.exports.delete(requestId);
        resolve(answer);
      };
      const message = make(requestId, this.document.uri.toString(), this.document.version);
      this.exports.set(requestId, { finish, message });
      void this.panel.webview.postMessage(message);
    });
  }

  private onMessage(m: WebviewMessage): void {
    const ours = 'uri' in m && m.uri === this.document.uri.toString();
    switch (m.type) {
      case 'ready':
        // A (re)loaded page shows nothing until it draws the latest version.
        this.loading = false;
        if (this.watchdog) clearTimeout(this.watchdog);
        this.watchdog = undefined;
        this.shown = undefined;
        this.push(true);
        // A request posted while the page was still loading can be lost: ask again now that it listens.
        for (const { message } of this.exports.values()) void this.panel.webview.postMessage(message);
        break;
      case 'rendered':
        // A page that draws while its panel is visible is live, even when no 'ready' came since the panel was last
        // reported hidden (a hide and show in one layout change does not always reload the page). Left waiting for a
        // 'ready' that never comes, the preview would report nothing drawn for ever.
        if (!ours || (this.loading && !this.panel.visible)) break;
        this.loading = false;
        this.shown = { uri: m.uri, version: m.version };
        this.renderedEmitter.fire(this.shown);
        break;
      case 'revealLine':
        if (ours && m.line < this.document.lineCount) void this.revealLine(m.line);
        break;
      case 'openLink':
        void openLink(m.href, this.document.uri);
        break;
      case 'drawn':
        this.drawings.add(m.drawings);
        break;
      case 'exported':
      case 'exportedDiagram':
        this.exports.get(m.requestId)?.finish(m);
        break;
    }
  }

  /** Shows `line` of the document in its editor (opening one beside the preview when none is visible). */
  private async revealLine(line: number): Promise<void> {
    this.quietUntil = Date.now() + REVEAL_QUIET_MS;
    const shown = vscode.window.visibleTextEditors.find(
      (e) => e.document.uri.toString() === this.document.uri.toString(),
    );
    const editor =
      shown ?? (await vscode.window.showTextDocument(this.document, { viewColumn: vscode.ViewColumn.Beside }));
    const position = new vscode.Position(line, 0);
    editor.selection = new vscode.Selection(position, position);
    editor.revealRange(new vscode.Range(position, position), vscode.TextEditorRevealType.InCenterIfOutsideViewport);
  }

  dispose(): void {
    if (this.timer) clearTimeout(this.timer);
    if (this.watchdog) clearTimeout(this.watchdog);
    if (this.scrollTimer) clearTimeout(this.scrollTimer);
    for (const { finish } of [...this.exports.values()]) finish(undefined);
    for (const d of this.disposables) d.dispose();
  }
}

/** A fresh 128-bit nonce from the platform's CSPRNG. */
function nonce(): string {
  const bytes = new Uint8Array(16);
  globalThis.crypto.getRandomValues(bytes);
  return Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
}

/** The well-formed entries of an `exported` message (it comes from the webview: untrusted). */
function svgsById(list: readonly unknown[]): Map<string, Partial<Record<ExportTheme, string>>> {
  const out = new Map<string, Partial<Record<ExportTheme, string>>>();
  for (const item of list) {
    const { id, svg, theme } = (item ?? {}) as { id?: unknown; svg?: unknown; theme?: unknown };
    if (typeof id !== 'string' || typeof svg !== 'string') continue;
    const key: ExportTheme = theme === 'dark' ? 'dark' : 'light';
    out.set(id, { ...out.get(id), [key]: svg });
  }
  return out;
}
