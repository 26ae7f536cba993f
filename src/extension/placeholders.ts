// "Replace placeholder…": asks what a left-over TBD / XYZ / [insert …] should say and writes it in one undo step.
import * as vscode from 'vscode';
import type { Fix } from '../core/index';
import { toRange } from './edits';

/** Internal command behind the placeholder quick fix (not in the palette). */
export const ReplacePlaceholderCommand = 'postmortem.replacePlaceholder';

/** Registers the command: (uri, range, replacement?) → true when the text was replaced. */
export function registerPlaceholderCommand(context: vscode.ExtensionContext): void {
  context.subscriptions.push(vscode.commands.registerCommand(ReplacePlaceholderCommand, replacePlaceholder));
}

async function replacePlaceholder(uri: vscode.Uri, range: vscode.Range, replacement?: string): Promise<boolean> {
  const document = await vscode.workspace.openTextDocument(uri);
  const current = document.getText(range);
  const text =
    replacement ??
    (await vscode.window.showInputBox({
      title: `Replace placeholder "${current}"`,
      prompt: 'What should this say?',
      validateInput: (v) => (v.trim() === '' ? 'Type the text that replaces the placeholder.' : undefined),
    }));
  if (text === undefined) return false;
  const edit = new vscode.WorkspaceEdit();
  edit.replace(uri, range, text);
  return vscode.workspace.applyEdit(edit);
}

/** The quick fix for a fix that asks for the author's words: a prompt, then the replacement in one undo step. */
export function askAction(document: vscode.TextDocument, fix: Fix, diagnostic: vscode.Diagnostic): vscode.CodeAction {
  const range = toRange(fix.ask!.range);
  const action = new vscode.CodeAction(fix.title, vscode.CodeActionKind.QuickFix);
  action.command = { title: action.title, command: ReplacePlaceholderCommand, arguments: [document.uri, range] };
  action.diagnostics = [diagnostic];
  action.isPreferred = true;
  return action;
}
