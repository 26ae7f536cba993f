// Remembers the most recently active Markdown editor, so commands run from the walkthrough (or any page that is not a
// text editor) act on the postmortem the user was just in.
import * as vscode from 'vscode';

/** Tracks the last Markdown document that had focus and finds (or shows) its editor. */
export class MarkdownEditors implements vscode.Disposable {
  private last: { uri: string; column: vscode.ViewColumn | undefined } | undefined;
  private readonly subscription: vscode.Disposable;

  constructor() {
    this.remember(vscode.window.activeTextEditor);
    this.subscription = vscode.window.onDidChangeActiveTextEditor((e) => this.remember(e));
  }

  private remember(editor: vscode.TextEditor | undefined): void {
    if (editor?.document.languageId === 'markdown' && editor.document.uri.scheme !== 'output') {
      this.last = { uri: editor.document.uri.toString(), column: editor.viewColumn };
    }
  }

  /** The Markdown document to act on: the active editor's, else the last one active that is still open in a tab. */
  document(): vscode.TextDocument | undefined {
    const active = vscode.window.activeTextEditor;
    if (active) return active.document.languageId === 'markdown' ? active.document : undefined;
    const last = this.last;
    if (!last || !isOpenInTab(last.uri)) return undefined;
    return vscode.workspace.textDocuments.find((d) => d.uri.toString() === last.uri && !d.isClosed);
  }

  /**
   * The editor to edit: the active text editor (whatever its language, so callers can say why it will not do),
   * else the last active Markdown editor, brought to the front in its group.
   */
  async editor(): Promise<vscode.TextEditor | undefined> {
    const active = vscode.window.activeTextEditor;
    if (active) return active;
    const document = this.document();
    if (!document) return undefined;
    const visible = vscode.window.visibleTextEditors.find((e) => e.document === document);
    return vscode.window.showTextDocument(document, {
      viewColumn: visible?.viewColumn ?? this.last?.column ?? vscode.ViewColumn.Active,
      preserveFocus: false,
    });
  }

  dispose(): void {
    this.subscription.dispose();
  }
}

/** True while some tab shows the document. */
function isOpenInTab(uri: string): boolean {
  return vscode.window.tabGroups.all.some((g) =>
    g.tabs.some((t) => t.input instanceof vscode.TabInputText && t.input.uri.toString() === uri),
  );
}
