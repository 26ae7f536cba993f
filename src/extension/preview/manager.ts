// Owns the preview panel: opens or restores it, follows the active postmortem editor, forwards edits, waits for renders.
import * as vscode from 'vscode';
import { PreviewViewType } from '../../shared/ids';
import type { RenderedVersion } from '../../shared/protocol';
import type { PostmortemDocuments } from '../documents';
import type { ContentBuilder } from './content';
import { DrawingCache } from './drawings';
import { PreviewPanel } from './panel';

/** Context key true while the active editor holds a postmortem. */
export const IsPostmortemContext = 'postmortem.isPostmortem';

/** The single, dynamic preview (it shows whichever postmortem editor is active). */
export class PreviewManager implements vscode.Disposable {
  private preview: PreviewPanel | undefined;
  private readonly renderedEmitter = new vscode.EventEmitter<RenderedVersion>();
  /** Fires after the webview drew a version of its document. */
  readonly onDidRender = this.renderedEmitter.event;
  /** What the preview drew, for its next page (shared by the panels it adopts). */
  private readonly drawings = new DrawingCache();
  private readonly disposables: vscode.Disposable[] = [this.renderedEmitter];

  constructor(
    private readonly extensionUri: vscode.Uri,
    private readonly contents: ContentBuilder,
    private readonly documents: PostmortemDocuments,
  ) {
    this.disposables.push(
      vscode.workspace.onDidChangeTextDocument((e) => {
        if (this.preview && e.document.uri.toString() === this.preview.documentUri.toString()) this.preview.schedule();
      }),
      vscode.window.onDidChangeActiveTextEditor((editor) => {
        this.updateContext(editor);
        if (!this.preview || !editor || editor.document.uri.toString() === this.preview.documentUri.toString()) return;
        if (this.documents.isPostmortem(editor.document)) this.preview.show(editor.document);
      }),
      vscode.window.onDidChangeTextEditorVisibleRanges((e) => {
        if (this.preview && e.textEditor.document.uri.toString() === this.preview.documentUri.toString())
          this.preview.syncScroll(e.textEditor);
      }),
    );
    this.updateContext(vscode.window.activeTextEditor);
  }

  /** Sets `postmortem.isPostmortem` for the editor-title preview button. */
  private updateContext(editor: vscode.TextEditor | undefined): void {
    const value = !!editor && this.documents.isPostmortem(editor.document);
    void vscode.commands.executeCommand('setContext', IsPostmortemContext, value);
  }

  /** The open preview, if any. */
  get current(): PreviewPanel | undefined {
    return this.preview;
  }

  /** Shows `document` in the preview, creating the panel in `column` when there is none. */
  open(document: vscode.TextDocument, column: vscode.ViewColumn, preserveFocus: boolean): PreviewPanel {
    if (this.preview) {
      this.preview.show(document);
      this.preview.panel.reveal(undefined, preserveFocus);
      return this.preview;
    }
    const panel = vscode.window.createWebviewPanel(
      PreviewViewType,
      'Preview',
      { viewColumn: column, preserveFocus },
      {
        enableScripts: true,
        enableForms: false,
      },
    );
    return this.adopt(panel, document);
  }

  /** Takes over a panel (new, or restored by the serializer after a reload). */
  adopt(panel: vscode.WebviewPanel, document: vscode.TextDocument): PreviewPanel {
    this.preview?.panel.dispose();
    const preview = new PreviewPanel(panel, this.extensionUri, this.contents, document, this.drawings);
    this.preview = preview;
    preview.onDidRender((drawn) => this.renderedEmitter.fire(drawn));
    panel.onDidDispose(() => {
      preview.dispose();
      if (this.preview === preview) this.preview = undefined;
    });
    return preview;
  }

  /** Resolves once the preview shows `uri` at `version` or later, drawn (rejects after `timeoutMs`). */
  whenRendered(uri: string, version: number, timeoutMs = 20000): Promise<RenderedVersion> {
    const shown = this.preview?.drawn;
    if (shown && shown.uri === uri && shown.version >= version) return Promise.resolve(shown);
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => {
        sub.dispose();
        reject(
          new Error(
            `the preview did not draw ${uri} v${version} within ${timeoutMs} ms (it shows ${JSON.stringify(this.preview?.drawn)}; ${this.preview?.state ?? 'no panel'})`,
          ),
        );
      }, timeoutMs);
      const sub = this.onDidRender((r) => {
        if (r.uri !== uri || r.version < version) return;
        clearTimeout(timer);
        sub.dispose();
        resolve(r);
      });
    });
  }

  dispose(): void {
    this.preview?.panel.dispose();
    for (const d of this.disposables) d.dispose();
  }
}
