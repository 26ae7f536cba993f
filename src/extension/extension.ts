// Activates Postmortem Writer: wires the core to diagnostics, code actions, commands, status bar and the preview.
import * as vscode from 'vscode';
import { Commands } from '../shared/ids';
import { registerCodeActions } from './codeActions';
import { CustomTemplates } from './customTemplates';
import { DiagnosticsController } from './diagnostics';
import { registerFollowUps, type FollowUpsView } from './followups/view';
import { registerLanguageModelTool } from './lmTool';
import { MarkdownEditors } from './markdownEditors';
import { PostmortemDocuments } from './documents';
import { ModelCache } from './models';
import { registerNewPostmortem } from './newPostmortem';
import { registerPreview } from './preview/register';
import { WordCountStatusBar } from './statusBar';
import { registerStory } from './story';
import { registerTestHooks } from './testHooks';
import { registerTimelineCommands } from './timeline';

/** The services other parts (and tests) reach through the extension's exports. */
export interface PostmortemApi {
  models: ModelCache;
  documents: PostmortemDocuments;
  diagnostics: DiagnosticsController;
  statusBar: WordCountStatusBar;
  customTemplates: CustomTemplates;
  /** The Postmortem Follow-ups view (its tree, refresh and check-off). */
  followups: FollowUpsView;
  /** How long activate() took, start to return, in ms (`npm run bench` reports it). */
  activationMs: number;
}

export function activate(context: vscode.ExtensionContext): PostmortemApi {
  const started = performance.now();
  const models = new ModelCache();
  const documents = new PostmortemDocuments();
  const diagnostics = new DiagnosticsController(models, documents);
  const statusBar = new WordCountStatusBar(models, documents);
  const editors = new MarkdownEditors();
  context.subscriptions.push(
    models,
    editors,
    diagnostics,
    statusBar,
    vscode.commands.registerCommand(Commands.checkDocument, () => checkDocument(documents, diagnostics, statusBar)),
  );
  const followups = registerFollowUps(context, { models, documents });
  const customTemplates = new CustomTemplates((config) => {
    models.setWorkspaceConfig(config);
    diagnostics.refreshAll();
    statusBar.update();
    void followups.refresh();
  });
  context.subscriptions.push(customTemplates);
  void customTemplates.reload();
  registerCodeActions(context, models, documents, diagnostics);
  registerTimelineCommands(context, { models, documents, editors });
  registerNewPostmortem(context, () => models.custom);
  const { manager: preview, questions } = registerPreview(context, { models, documents, editors });
  registerStory(context, { models, documents });
  registerLanguageModelTool(context, models);
  // Only while VS Code runs the extension's tests (ExtensionMode.Test); the installed extension never has them.
  registerTestHooks(context, { models, preview, questions });
  return {
    models,
    documents,
    diagnostics,
    statusBar,
    customTemplates,
    followups,
    activationMs: performance.now() - started,
  };
}

/** Opts the active Markdown document in and lints it now; returns whether it did. */
function checkDocument(
  documents: PostmortemDocuments,
  diagnostics: DiagnosticsController,
  statusBar: WordCountStatusBar,
): boolean {
  const editor = vscode.window.activeTextEditor;
  if (!editor || editor.document.languageId !== 'markdown') {
    void vscode.window.showInformationMessage('Postmortem: open a Markdown file to check it.');
    return false;
  }
  documents.optIn(editor.document.uri);
  diagnostics.refresh(editor.document);
  statusBar.update();
  return true;
}

export function deactivate(): void {
  // Everything is disposed through context.subscriptions.
}
