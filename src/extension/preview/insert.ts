// "Insert Flowchart into Document": writes the generated diagram between markers in one WorkspaceEdit (one undo step).
import * as vscode from 'vscode';
import { buildFlowchart } from '../../core/index';
import { planFlowchartInsert, type FlowchartInsertion } from '../../core/index';
import type { ModelCache } from '../models';

/** What the command did (returned to callers and tests). */
export interface InsertResult {
  uri: string;
  action: FlowchartInsertion['action'];
  startLine: number;
  endLine: number;
}

/** Inserts or updates the flowchart block of the document at `uri` (default: the active Markdown editor). */
export async function insertFlowchart(models: ModelCache, uri?: vscode.Uri): Promise<InsertResult | undefined> {
  const document = uri ? await vscode.workspace.openTextDocument(uri) : vscode.window.activeTextEditor?.document;
  if (!document || document.languageId !== 'markdown') {
    void vscode.window.showInformationMessage('Postmortem: open a postmortem to insert its flowchart.');
    return undefined;
  }
  const model = models.get(document).model;
  const plan = planFlowchartInsert(model, model.lines, buildFlowchart(model));
  if (plan.edit) {
    const { range, newText } = plan.edit;
    const edit = new vscode.WorkspaceEdit();
    edit.replace(
      document.uri,
      new vscode.Range(range.startLine, range.startColumn, range.endLine, range.endColumn),
      newText,
    );
    if (!(await vscode.workspace.applyEdit(edit))) throw new Error('Postmortem: the flowchart could not be written.');
  }
  return { uri: document.uri.toString(), action: plan.action, startLine: plan.startLine, endLine: plan.endLine };
}
