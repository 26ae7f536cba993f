// Registers the preview: commands, the panel serializer (restore after reload) and internal commands tests wait on.
import * as vscode from 'vscode';
import { Commands, PreviewViewType } from '../../shared/ids';
import type { PreviewState } from '../../shared/protocol';
import type { PostmortemDocuments } from '../documents';
import type { MarkdownEditors } from '../markdownEditors';
import type { ModelCache } from '../models';
import { ContentBuilder } from './content';
import { exportHtml } from './export';
import { insertFlowchart } from './insert';
import { PreviewManager } from './manager';

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
} as const;

/** Wires the preview into the extension. */
export function registerPreview(context: vscode.ExtensionContext, deps: { models: ModelCache; documents: PostmortemDocuments; editors?: MarkdownEditors }): PreviewManager {
  const contents = new ContentBuilder(deps.models);
  const manager = new PreviewManager(context.extensionUri, contents, deps.documents);
  const open = async (column: vscode.ViewColumn, preserveFocus: boolean, uri?: vscode.Uri) => {
    // From the walkthrough (or any page that is not a text editor): the Markdown editor the user was last in.
    const document = uri ? await vscode.workspace.openTextDocument(uri) : deps.editors?.document() ?? vscode.window.activeTextEditor?.document;
    if (!document || document.languageId !== 'markdown') {
      void vscode.window.showInformationMessage('Postmortem: open a Markdown postmortem to preview it.');
      return undefined;
    }
    manager.open(document, column, preserveFocus);
    return { uri: document.uri.toString(), version: document.version };
  };
  context.subscriptions.push(
    manager,
    vscode.commands.registerCommand(Commands.openPreview, (uri?: vscode.Uri) => open(vscode.ViewColumn.Active, false, asUri(uri))),
    vscode.commands.registerCommand(Commands.openPreviewToSide, (uri?: vscode.Uri) => open(vscode.ViewColumn.Beside, true, asUri(uri))),
    vscode.commands.registerCommand(Commands.insertFlowchart, (uri?: vscode.Uri) => insertFlowchart(deps.models, asUri(uri))),
    vscode.commands.registerCommand(Commands.exportHtml, (target?: vscode.Uri) =>
      exportHtml({ manager, contents, extensionUri: context.extensionUri }, asUri(target))),
    vscode.commands.registerCommand(InternalCommands.waitForPreview, (uri: string, version: number, timeoutMs?: number) =>
      manager.whenRendered(uri, version, timeoutMs)),
    vscode.commands.registerCommand(InternalCommands.nextPreviewLoad, (timeoutMs?: number) => manager.nextLoad(timeoutMs)),
    vscode.commands.registerCommand(InternalCommands.nextPreviewRender, (uri: string, timeoutMs?: number) =>
      manager.nextRender(uri, timeoutMs)),
    vscode.commands.registerCommand(InternalCommands.waitForPreviewScroll, (uri: string, line: number, timeoutMs?: number) =>
      manager.whenScrolled(uri, line, timeoutMs)),
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

/** Command arguments from menus are Uris; from elsewhere anything. */
function asUri(value: unknown): vscode.Uri | undefined {
  return value instanceof vscode.Uri ? value : undefined;
}
