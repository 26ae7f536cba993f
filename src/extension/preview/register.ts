// Registers the preview: its commands and the panel serializer (restore after reload).
import * as vscode from 'vscode';
import { Commands, PreviewViewType } from '../../shared/ids';
import type { PreviewState } from '../../shared/protocol';
import type { PostmortemDocuments } from '../documents';
import type { MarkdownEditors } from '../markdownEditors';
import type { ModelCache } from '../models';
import { ContentBuilder } from './content';
import { exportDiagram, exportHtml } from './export';
import { insertFlowchart } from './insert';
import { PreviewManager } from './manager';
import { Questions } from './saveTarget';

/** What the preview's registration hands to the rest of the extension (the test hooks wait on both). */
export interface PreviewServices {
  manager: PreviewManager;
  /** The questions its exports ask (before replacing a file). */
  questions: Questions;
}

/** Wires the preview into the extension. */
export function registerPreview(
  context: vscode.ExtensionContext,
  deps: { models: ModelCache; documents: PostmortemDocuments; editors?: MarkdownEditors },
): PreviewServices {
  const contents = new ContentBuilder(deps.models);
  const manager = new PreviewManager(context.extensionUri, contents, deps.documents);
  const questions = new Questions();
  const exports = { manager, contents, extensionUri: context.extensionUri, questions };
  const open = async (column: vscode.ViewColumn, preserveFocus: boolean, uri?: vscode.Uri) => {
    // From the walkthrough (or any page that is not a text editor): the Markdown editor the user was last in.
    const document = uri
      ? await vscode.workspace.openTextDocument(uri)
      : (deps.editors?.document() ?? vscode.window.activeTextEditor?.document);
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
    vscode.commands.registerCommand(Commands.openPreview, (uri?: vscode.Uri) =>
      open(vscode.ViewColumn.Active, false, asUri(uri)),
    ),
    vscode.commands.registerCommand(Commands.openPreviewToSide, (uri?: vscode.Uri) =>
      open(vscode.ViewColumn.Beside, true, asUri(uri)),
    ),
    vscode.commands.registerCommand(Commands.insertFlowchart, (uri?: vscode.Uri) =>
      insertFlowchart(deps.models, asUri(uri)),
    ),
    vscode.commands.registerCommand(Commands.exportHtml, (target?: vscode.Uri) => exportHtml(exports, asUri(target))),
    // From the preview's context menu the argument is the diagram's data-vscode-context ({ diagramId }); from the palette, none.
    vscode.commands.registerCommand(Commands.exportDiagramSvg, (diagram?: unknown, target?: vscode.Uri) =>
      exportDiagram(exports, 'svg', diagram, asUri(target)),
    ),
    vscode.commands.registerCommand(Commands.exportDiagramPng, (diagram?: unknown, target?: vscode.Uri) =>
      exportDiagram(exports, 'png', diagram, asUri(target)),
    ),
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
  return { manager, questions };
}

/** Command arguments from menus are Uris; from elsewhere anything. */
function asUri(value: unknown): vscode.Uri | undefined {
  return value instanceof vscode.Uri ? value : undefined;
}
