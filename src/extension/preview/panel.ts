// One preview webview: strict shell set once, then debounced, version-checked updates by postMessage; reports renders.
import * as vscode from 'vscode';
import { isWebviewMessage, type RenderReport, type WebviewMessage } from '../../shared/protocol';
import { basename, type ContentBuilder } from './content';
import { previewShell } from './html';
import { openLink } from './links';

const DEBOUNCE_MS = 200;
const EXPORT_TIMEOUT_MS = 20000;

/** The SVGs the webview drew for one version. */
export interface RenderedSvgs {
  version: number;
  svgs: Array<string | null>;
}

/** A preview panel showing one document at a time. */
export class PreviewPanel implements vscode.Disposable {
  private readonly renderedEmitter = new vscode.EventEmitter<RenderReport>();
  /** Fires after the webview drew a version of the shown document. */
  readonly onDidRender = this.renderedEmitter.event;
  private readonly disposables: vscode.Disposable[] = [this.renderedEmitter];
  private readonly exports = new Map<number, (svgs: RenderedSvgs | undefined) => void>();
  private timer: ReturnType<typeof setTimeout> | undefined;
  private posted = '';
  private nextRequest = 1;

  constructor(readonly panel: vscode.WebviewPanel, extensionUri: vscode.Uri,
    private readonly contents: ContentBuilder, private document: vscode.TextDocument) {
    const webview = panel.webview;
    webview.options = {
      enableScripts: true,
      enableForms: false,
      enableCommandUris: false,
      localResourceRoots: [vscode.Uri.joinPath(extensionUri, 'dist', 'webview'), vscode.Uri.joinPath(extensionUri, 'media')],
    };
    const initial = contents.build(document);
    this.posted = `${initial.uri}@${initial.version}`;
    panel.title = `Preview ${basename(document.uri)}`;
    webview.html = previewShell({
      cspSource: webview.cspSource,
      nonce: nonce(),
      scriptUri: webview.asWebviewUri(vscode.Uri.joinPath(extensionUri, 'dist', 'webview', 'preview.js')).toString(),
      styleUri: webview.asWebviewUri(vscode.Uri.joinPath(extensionUri, 'media', 'preview.css')).toString(),
      initial,
    });
    this.disposables.push(webview.onDidReceiveMessage((m: unknown) => { if (isWebviewMessage(m)) this.onMessage(m); }));
  }

  /** The document shown. */
  get documentUri(): vscode.Uri {
    return this.document.uri;
  }

  /** Shows another document (or the same one) right away. */
  show(document: vscode.TextDocument): void {
    this.document = document;
    this.panel.title = `Preview ${basename(document.uri)}`;
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
    const content = this.contents.build(this.document);
    const key = `${content.uri}@${content.version}`;
    if (!force && key === this.posted) return;
    this.posted = key;
    void this.panel.webview.postMessage({ type: 'update', ...content });
  }

  /** Asks the webview for the SVG of every diagram of the current version (undefined when it doesn't answer). */
  requestSvgs(): Promise<RenderedSvgs | undefined> {
    this.push(false);
    const requestId = this.nextRequest++;
    return new Promise((resolve) => {
      const timer = setTimeout(() => finish(undefined), EXPORT_TIMEOUT_MS);
      const finish = (result: RenderedSvgs | undefined): void => {
        clearTimeout(timer);
        this.exports.delete(requestId);
        resolve(result);
      };
      this.exports.set(requestId, finish);
      void this.panel.webview.postMessage({ type: 'export', requestId, uri: this.document.uri.toString(), version: this.document.version });
    });
  }

  private onMessage(m: WebviewMessage): void {
    switch (m.type) {
      case 'ready':
        this.push(true);
        break;
      case 'rendered':
        if (m.uri === this.document.uri.toString()) this.renderedEmitter.fire(m);
        break;
      case 'openLink':
        void openLink(m.href, this.document.uri);
        break;
      case 'exported':
        this.exports.get(m.requestId)?.({ version: m.version, svgs: m.svgs.map((s) => (typeof s === 'string' ? s : null)) });
        break;
    }
  }

  dispose(): void {
    if (this.timer) clearTimeout(this.timer);
    for (const finish of this.exports.values()) finish(undefined);
    for (const d of this.disposables) d.dispose();
  }
}

/** A fresh 128-bit nonce from the platform's CSPRNG. */
function nonce(): string {
  const bytes = new Uint8Array(16);
  globalThis.crypto.getRandomValues(bytes);
  return Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
}
