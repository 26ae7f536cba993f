// Activates Postmortem Writer: wires the core to diagnostics, commands, status bar and the preview.
import * as vscode from 'vscode';
import { Commands } from '../shared/ids';
import { DiagnosticsController } from './diagnostics';
import { PostmortemDocuments } from './documents';
import { ModelCache } from './models';
import { registerTimelineCommands } from './timeline';
import { registerPreview } from './preview/register';

/** The services other parts (and tests) reach through the extension's exports. */
export interface PostmortemApi {
  models: ModelCache;
  documents: PostmortemDocuments;
  diagnostics: DiagnosticsController;
}

export function activate(context: vscode.ExtensionContext): PostmortemApi {
  const models = new ModelCache();
  const documents = new PostmortemDocuments();
  const diagnostics = new DiagnosticsController(models, documents);
  context.subscriptions.push(
    models,
    diagnostics,
    vscode.commands.registerCommand(Commands.checkDocument, () => {
      const editor = vscode.window.activeTextEditor;
      if (!editor || editor.document.languageId !== 'markdown') {
        void vscode.window.showInformationMessage('Postmortem: open a Markdown file to check it.');
        return;
      }
      documents.optIn(editor.document.uri);
      diagnostics.refresh(editor.document);
    }),
  );
  registerTimelineCommands(context, { models, documents });
  registerPreview(context, { models, documents });
  return { models, documents, diagnostics };
}

export function deactivate(): void {
  // Everything is disposed through context.subscriptions.
}
