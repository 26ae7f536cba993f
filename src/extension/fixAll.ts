// Computes "fix all" for a document as one edit (one undo step), re-linting between passes.
import * as vscode from 'vscode';
import { fixAllText, isFixAllSafe } from '../core/fixAll';
import { diffEdit } from '../core/textEdits';
import type { Finding } from '../core/types';
import { toWorkspaceEdit } from './edits';
import { fallbackFixes } from './fallbackFixes';
import { ModelCache } from './models';

/** The edit that fixes everything fixable in the document, or undefined when nothing is. */
export function fixAllEdit(document: vscode.TextDocument, models: ModelCache): vscode.WorkspaceEdit | undefined {
  const original = document.getText();
  const lintText = (text: string): Finding[] => {
    const result = models.lintText(text, document);
    return result.findings.map((f) => {
      if (f.fix) return f;
      // A zone the document never names would be a guess: only the rule's own fix (the zone of the other entries) goes in.
      const fallback = /timezone/.test(f.ruleName) ? undefined : fallbackFixes(f, result, text)[0];
      return fallback ? { ...f, fix: fallback } : f;
    });
  };
  const { text } = fixAllText(original, lintText, { accept: isFixAllSafe });
  const edit = diffEdit(original, text);
  return edit ? toWorkspaceEdit(document.uri, [edit]) : undefined;
}
