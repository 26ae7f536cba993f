// Computes "fix all" for a document as one edit (one undo step): the core's fixAllText with the document's options.
import * as vscode from 'vscode';
import { diffEdit, fixAllText } from '../core/index';
import { toWorkspaceEdit } from './edits';
import { ModelCache } from './models';

/** The edit that fixes everything fixable in the document, or undefined when nothing is. */
export function fixAllEdit(document: vscode.TextDocument, models: ModelCache): vscode.WorkspaceEdit | undefined {
  const original = document.getText();
  const { text } = fixAllText(original.replace(/\r\n?/g, '\n'), models.options(document));
  const edit = diffEdit(original.replace(/\r\n?/g, '\n'), text);
  return edit ? toWorkspaceEdit(document.uri, [edit]) : undefined;
}
