// Converts core ranges and edits to VS Code ones and applies them as one undo step.
import * as vscode from 'vscode';
import type { Range, TextEdit } from '../core/index';

/** A core range as a VS Code range. */
export function toRange(r: Range): vscode.Range {
  return new vscode.Range(r.startLine, r.startColumn, r.endLine, r.endColumn);
}

/** A WorkspaceEdit holding all the edits for one document (applied as one undo step). */
export function toWorkspaceEdit(uri: vscode.Uri, edits: TextEdit[]): vscode.WorkspaceEdit {
  const edit = new vscode.WorkspaceEdit();
  for (const e of edits) edit.replace(uri, toRange(e.range), e.newText);
  return edit;
}

/** The editor (default: the active one) when it can take an edit; otherwise shows why not and returns undefined. */
export function writableMarkdownEditor(
  action: string,
  editor: vscode.TextEditor | undefined = vscode.window.activeTextEditor,
): vscode.TextEditor | undefined {
  if (!editor) {
    void vscode.window.showWarningMessage(`Postmortem: open a Markdown postmortem to ${action}.`);
    return undefined;
  }
  if (editor.document.languageId !== 'markdown') {
    void vscode.window.showWarningMessage(
      `Postmortem: ${action} works in Markdown files; this is ${editor.document.languageId}.`,
    );
    return undefined;
  }
  if (isReadOnly(editor.document)) {
    void vscode.window.showWarningMessage(`Postmortem: this document is read-only, so I cannot ${action}.`);
    return undefined;
  }
  return editor;
}

/** True when the document cannot be edited (read-only file system or read-only editor). */
export function isReadOnly(document: vscode.TextDocument): boolean {
  if (vscode.workspace.fs.isWritableFileSystem(document.uri.scheme) === false) return true;
  if (['git', 'output', 'vscode-notebook-cell-output'].includes(document.uri.scheme)) return true;
  const files = vscode.workspace.getConfiguration('files', document);
  const matches = (key: string): boolean =>
    Object.entries(files.get<Record<string, boolean>>(key) ?? {}).some(
      ([pattern, on]) => on && vscode.languages.match({ pattern }, document) > 0,
    );
  return matches('readonlyInclude') && !matches('readonlyExclude');
}
