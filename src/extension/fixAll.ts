// Computes "fix all" for a document as one edit (one undo step), re-linting between passes.
import * as vscode from 'vscode';
import { fixAllText } from '../core/fixAll';
import { diffEdit } from '../core/textEdits';
import type { Finding } from '../core/types';
import { toWorkspaceEdit } from './edits';
import { fallbackFixes } from './fallbackFixes';
import { ModelCache } from './models';

/** Rules whose fixes need a person's judgement stay out of "fix all" (they remain single quick fixes). */
const MANUAL_ONLY = /placeholder|summary-/;

/** True when a finding's fix is safe to apply without looking (placeholder text and summary wording are not). */
export function autoFixable(f: Finding): boolean {
  return f.fix !== undefined && !MANUAL_ONLY.test(f.ruleName);
}

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
  const { text } = fixAllText(original, lintText, { accept: autoFixable });
  const edit = diffEdit(original, text);
  return edit ? toWorkspaceEdit(document.uri, [edit]) : undefined;
}
