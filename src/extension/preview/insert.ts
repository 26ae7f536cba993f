// "Insert Flowchart / Time-Scaled View into Document": writes a generated diagram between markers in one WorkspaceEdit
// (one undo step), updated in place the next time.
import * as vscode from 'vscode';
import { buildFlowchart } from '../../core/index';
import { planFlowchartInsert, planGanttInsert, type FlowchartInsertion, type GanttInsertion } from '../../core/index';
import type { ModelCache } from '../models';
import { storyOf } from './story';

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
  const plan = planFlowchartInsert(model, document.getText().split(/\r?\n/), buildFlowchart(model));
  if (plan.edit) {
    const { range, newText } = plan.edit;
    const edit = new vscode.WorkspaceEdit();
    edit.replace(document.uri, new vscode.Range(range.startLine, range.startColumn, range.endLine, range.endColumn), newText);
    if (!(await vscode.workspace.applyEdit(edit))) throw new Error('Postmortem: the flowchart could not be written.');
  }
  return { uri: document.uri.toString(), action: plan.action, startLine: plan.startLine, endLine: plan.endLine };
}

/** What "Insert Time-Scaled View into Document" did. */
export interface GanttInsertResult {
  uri: string;
  action: GanttInsertion['action'];
  startLine: number;
  endLine: number;
}

/** Inserts or updates the time-scaled view (Mermaid gantt) of the document at `uri` (default: the active Markdown editor). */
export async function insertGantt(models: ModelCache, uri?: vscode.Uri): Promise<GanttInsertResult | undefined> {
  const document = uri ? await vscode.workspace.openTextDocument(uri) : vscode.window.activeTextEditor?.document;
  if (!document || document.languageId !== 'markdown') {
    void vscode.window.showInformationMessage('Postmortem: open a postmortem to insert its time-scaled view.');
    return undefined;
  }
  const model = models.get(document).model;
  const plan = planGanttInsert(model, document.getText().split(/\r?\n/), storyOf(model).gantt);
  if (plan.action === 'empty') {
    void vscode.window.showInformationMessage('Postmortem: the timeline has no times to draw a time-scaled view from.');
  } else if (plan.edit) {
    const { range, newText } = plan.edit;
    const edit = new vscode.WorkspaceEdit();
    edit.replace(document.uri, new vscode.Range(range.startLine, range.startColumn, range.endLine, range.endColumn), newText);
    if (!(await vscode.workspace.applyEdit(edit))) throw new Error('Postmortem: the time-scaled view could not be written.');
  }
  return { uri: document.uri.toString(), action: plan.action, startLine: plan.startLine, endLine: plan.endLine };
}
