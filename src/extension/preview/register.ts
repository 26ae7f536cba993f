// Registers the preview: commands, the panel serializer (restore after reload) and internal commands tests wait on.
import * as vscode from 'vscode';
import { Commands, PreviewViewType } from '../../shared/ids';
import type { PreviewState } from '../../shared/protocol';
import type { PostmortemDocuments } from '../documents';
import type { ModelCache } from '../models';
import { ContentBuilder } from './content';
import { exportDiagram, exportHtml } from './export';
import { insertFlowchart } from './insert';
import { PreviewManager } from './manager';
import { Questions } from './saveTarget';

/** Internal commands (not contributed in package.json): tests wait for the webview's renders through them. */
export const InternalCommands = {
  /** (uri: string, version: number, timeoutMs?) → RenderReport of that version or later. */
  waitForPreview: 'postmortem._waitForPreview',
  /** (timeoutMs?) → the `ready` message of the preview's next (re)load: what it drew before asking for the latest. */
  nextPreviewLoad: 'postmortem._nextPreviewLoad',
  /** (uri: string, timeoutMs?) → the next RenderReport of that document, whatever its version. */
  nextPreviewRender: 'postmortem._nextPreviewRender',
  /** (uri: string, line: number, timeoutMs?) → ScrollReport once the preview followed the editor to that line. */
  waitForPreviewScroll: 'postmortem._waitForPreviewScroll',
  /** (timeoutMs?) → the title of the next question an export asks (e.g. before replacing a file), once it is on screen. */
  nextQuestion: 'postmortem._nextQuestion',
} as const;

/** Wires the preview into the extension. */
export function registerPreview(context: vscode.ExtensionContext, deps: { models: ModelCache; documents: PostmortemDocuments }): PreviewManager {
  const contents = new ContentBuilder(deps.models);
  const manager = new PreviewManager(context.extensionUri, contents, deps.documents);
  const questions = new Questions();
  const exports = { manager, contents, extensionUri: context.extensionUri, questions };
  const open = async (column: vscode.ViewColumn, preserveFocus: boolean, uri?: vscode.Uri) => {
    const document = uri ? await vscode.workspace.openTextDocument(uri) : vscode.window.activeTextEditor?.document;
    if (!document || document.languageId !== 'markdown') {
      void vscode.window.showInformationMessage('Postmortem: open a Markdown postmortem to preview it.');
      return undefined;
    }
    manager.open(document, column, preserveFocus);
    return { uri: document.uri.toString(), version: document.version };
  };
  context.subscriptions.push(
    manager,
    questions,
    vscode.commands.registerCommand(Commands.openPreview, (uri?: vscode.Uri) => open(vscode.ViewColumn.Active, false, asUri(uri))),
    vscode.commands.registerCommand(Commands.openPreviewToSide, (uri?: vscode.Uri) => open(vscode.ViewColumn.Beside, true, asUri(uri))),
    vscode.commands.registerCommand(Commands.insertFlowchart, (uri?: vscode.Uri) => insertFlowchart(deps.models, asUri(uri))),
    vscode.commands.registerCommand(Commands.exportHtml, (target?: vscode.Uri) => exportHtml(exports, asUri(target))),
    // From the preview's context menu the argument is the diagram's data-vscode-context ({ diagramId }); from the palette, none.
    vscode.commands.registerCommand(Commands.exportDiagramSvg, (diagram?: unknown, target?: vscode.Uri) =>
      exportDiagram(exports, 'svg', diagram, asUri(target))),
    vscode.commands.registerCommand(Commands.exportDiagramPng, (diagram?: unknown, target?: vscode.Uri) =>
      exportDiagram(exports, 'png', diagram, asUri(target))),
    vscode.commands.registerCommand(InternalCommands.waitForPreview, (uri: string, version: number, timeoutMs?: number) =>
      manager.whenRendered(uri, version, timeoutMs)),
    vscode.commands.registerCommand(InternalCommands.nextPreviewLoad, (timeoutMs?: number) => manager.nextLoad(timeoutMs)),
    vscode.commands.registerCommand(InternalCommands.nextPreviewRender, (uri: string, timeoutMs?: number) =>
      manager.nextRender(uri, timeoutMs)),
    vscode.commands.registerCommand(InternalCommands.waitForPreviewScroll, (uri: string, line: number, timeoutMs?: number) =>
      manager.whenScrolled(uri, line, timeoutMs)),
    vscode.commands.registerCommand(InternalCommands.nextQuestion, (timeoutMs = 20000) => nextQuestion(questions, timeoutMs)),
    vscode.window.registerWebviewPanelSerializer(PreviewViewType, {
      async deserializeWebviewPanel(panel: vscode.WebviewPanel, state: PreviewState | undefined) {
        try {
          if (!state?.uri) throw new Error('no document in the saved state');
          manager.adopt(panel, await vscode.workspace.openTextDocument(vscode.Uri.parse(state.uri, true)));
        } catch {
          panel.dispose();
        }
      },
    }),
  );
  return manager;
}

/** The title of the next question `questions` asks (rejects after `timeoutMs`). */
function nextQuestion(questions: Questions, timeoutMs: number): Promise<string> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => { sub.dispose(); reject(new Error(`no question was asked within ${timeoutMs} ms`)); }, timeoutMs);
    const sub = questions.onDidAsk((title) => {
      clearTimeout(timer);
      sub.dispose();
      resolve(title);
    });
  });
}

/** Command arguments from menus are Uris; from elsewhere anything. */
function asUri(value: unknown): vscode.Uri | undefined {
  return value instanceof vscode.Uri ? value : undefined;
}
