// Offers quick fixes for postmortem diagnostics, "more information" links, and source.fixAll.postmortem.
import * as vscode from 'vscode';
import type { Finding, Fix } from '../core/index';
import { Commands, DiagnosticSource, FixAllKind, RuleDocsBase, ShowRuleDocsCommand } from '../shared/ids';
import { ruleDocsUri } from './config';
import { DiagnosticsController, PostmortemDiagnostic } from './diagnostics';
import { PostmortemDocuments } from './documents';
import { toWorkspaceEdit } from './edits';
import { fixAllEdit } from './fixAll';
import { ModelCache } from './models';
import { askAction, registerPlaceholderCommand } from './placeholders';

const FIX_ALL = vscode.CodeActionKind.Empty.append(FixAllKind);

/** Quick fixes and fix-all for postmortem documents. */
export class PostmortemCodeActions implements vscode.CodeActionProvider {
  static readonly metadata: vscode.CodeActionProviderMetadata = {
    providedCodeActionKinds: [vscode.CodeActionKind.QuickFix, FIX_ALL],
    documentation: [
      {
        kind: FIX_ALL,
        command: {
          title: 'Learn about postmortem checks',
          command: 'vscode.open',
          arguments: [vscode.Uri.parse(`${RuleDocsBase}README.md`)],
        },
      },
    ],
  };

  constructor(
    private readonly models: ModelCache,
    private readonly documents: PostmortemDocuments,
    private readonly diagnostics: DiagnosticsController,
  ) {}

  /** Returns the actions for a range, honouring `context.only`. */
  provideCodeActions(
    document: vscode.TextDocument,
    _range: vscode.Range,
    context: vscode.CodeActionContext,
  ): vscode.CodeAction[] {
    if (!this.documents.isPostmortem(document)) return [];
    const only = context.only;
    const actions: vscode.CodeAction[] = [];
    if (only && (only.contains(FIX_ALL) || FIX_ALL.contains(only))) {
      const fixAll = this.fixAllAction(document, FIX_ALL);
      if (fixAll) actions.push(fixAll);
      return actions;
    }
    if (only && !only.contains(vscode.CodeActionKind.QuickFix) && !vscode.CodeActionKind.QuickFix.contains(only))
      return [];
    // The extension host hands back the diagnostics we published: each carries the finding it came from.
    const ours = context.diagnostics.filter(
      (d): d is PostmortemDiagnostic => d instanceof PostmortemDiagnostic && d.source === DiagnosticSource,
    );
    for (const diagnostic of ours) {
      actions.push(...this.quickFixes(document, diagnostic.finding, diagnostic));
      actions.push(moreInformation(diagnostic.finding, diagnostic));
    }
    if (ours.length > 0 && this.diagnostics.findings(document).filter((f) => f.fix && f.fix.edits.length).length > 1) {
      const fixAll = this.fixAllAction(document, vscode.CodeActionKind.QuickFix);
      if (fixAll) actions.push(fixAll);
    }
    return actions;
  }

  private quickFixes(
    document: vscode.TextDocument,
    finding: Finding,
    diagnostic: vscode.Diagnostic,
  ): vscode.CodeAction[] {
    const fixes: Fix[] = finding.fix ? [finding.fix, ...(finding.alternativeFixes ?? [])] : [];
    return fixes.map((fix, i) => {
      // A fix that needs the author's words ("what should this say?") asks for them, then edits.
      if (fix.ask) return askAction(document, fix, diagnostic);
      const action = new vscode.CodeAction(fix.title, vscode.CodeActionKind.QuickFix);
      action.edit = toWorkspaceEdit(document.uri, fix.edits);
      action.diagnostics = [diagnostic];
      action.isPreferred = i === 0;
      return action;
    });
  }

  private fixAllAction(document: vscode.TextDocument, kind: vscode.CodeActionKind): vscode.CodeAction | undefined {
    const edit = fixAllEdit(document, this.models);
    if (!edit) return undefined;
    const action = new vscode.CodeAction('Fix all postmortem problems', kind);
    action.edit = edit;
    return action;
  }
}

/** A code action opening the rule's documentation. */
function moreInformation(finding: Finding, diagnostic: vscode.Diagnostic): vscode.CodeAction {
  const action = new vscode.CodeAction(
    `More information about ${finding.ruleId}/${finding.ruleName}`,
    vscode.CodeActionKind.QuickFix,
  );
  // The page ships with the extension: show it rendered, as a reader would read it.
  action.command = { title: 'More information', command: 'markdown.showPreview', arguments: [ruleDocsUri(finding)] };
  action.diagnostics = [diagnostic];
  return action;
}

/** Shows a rule's page in the Markdown preview; an unknown id opens the index of rules on the web. */
async function showRuleDocs(ruleId: unknown): Promise<boolean> {
  if (typeof ruleId !== 'string' || !/^PM\d{3}$/.test(ruleId))
    return vscode.env.openExternal(vscode.Uri.parse(`${RuleDocsBase}README.md`));
  await vscode.commands.executeCommand('markdown.showPreview', ruleDocsUri({ ruleId, ruleName: '' }));
  return true;
}

/** Registers the provider and the "Fix All Problems" command. */
export function registerCodeActions(
  context: vscode.ExtensionContext,
  models: ModelCache,
  documents: PostmortemDocuments,
  diagnostics: DiagnosticsController,
): void {
  registerPlaceholderCommand(context);
  context.subscriptions.push(
    // A diagnostic's code links here: the rule's page shipped with the extension, rendered (never an editable file).
    vscode.commands.registerCommand(ShowRuleDocsCommand, (ruleId: unknown) => showRuleDocs(ruleId)),
    vscode.languages.registerCodeActionsProvider(
      { language: 'markdown' },
      new PostmortemCodeActions(models, documents, diagnostics),
      PostmortemCodeActions.metadata,
    ),
    vscode.commands.registerCommand(Commands.fixAll, async () => {
      const editor = vscode.window.activeTextEditor;
      if (!editor || !documents.isPostmortem(editor.document)) {
        void vscode.window.showInformationMessage('Postmortem: open a postmortem to fix its problems.');
        return false;
      }
      const edit = fixAllEdit(editor.document, models);
      if (!edit) {
        void vscode.window.showInformationMessage('Postmortem: nothing to fix automatically.');
        return false;
      }
      return vscode.workspace.applyEdit(edit);
    }),
  );
}
