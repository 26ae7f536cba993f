// Offers quick fixes for postmortem diagnostics, "more information" links, and source.fixAll.postmortem.
import * as vscode from 'vscode';
import type { Finding, Fix } from '../core/types';
import { Commands, DiagnosticSource, FixAllKind, RuleDocsBase } from '../shared/ids';
import { ruleDocsUri } from './config';
import { DiagnosticsController, diagnosticMessage } from './diagnostics';
import { PostmortemDocuments } from './documents';
import { toWorkspaceEdit } from './edits';
import { fallbackFixes } from './fallbackFixes';
import { fixAllEdit } from './fixAll';
import { ModelCache } from './models';
import { placeholderAction, registerPlaceholderCommand } from './placeholders';

const FIX_ALL = vscode.CodeActionKind.Empty.append(FixAllKind);

/** Quick fixes and fix-all for postmortem documents. */
export class PostmortemCodeActions implements vscode.CodeActionProvider {
  static readonly metadata: vscode.CodeActionProviderMetadata = {
    providedCodeActionKinds: [vscode.CodeActionKind.QuickFix, FIX_ALL],
    documentation: [{ kind: FIX_ALL, command: { title: 'Learn about postmortem checks', command: 'vscode.open', arguments: [vscode.Uri.parse(`${RuleDocsBase}README.md`)] } }],
  };

  constructor(
    private readonly models: ModelCache,
    private readonly documents: PostmortemDocuments,
    private readonly diagnostics: DiagnosticsController,
  ) {}

  /** Returns the actions for a range, honouring `context.only`. */
  provideCodeActions(document: vscode.TextDocument, _range: vscode.Range, context: vscode.CodeActionContext): vscode.CodeAction[] {
    if (!this.documents.isPostmortem(document)) return [];
    const only = context.only;
    const actions: vscode.CodeAction[] = [];
    if (only && (only.contains(FIX_ALL) || FIX_ALL.contains(only))) {
      const fixAll = this.fixAllAction(document, FIX_ALL);
      if (fixAll) actions.push(fixAll);
      return actions;
    }
    if (only && !only.contains(vscode.CodeActionKind.QuickFix) && !vscode.CodeActionKind.QuickFix.contains(only)) return [];
    const findings = this.diagnostics.findings(document);
    const ours = context.diagnostics.filter((d) => d.source === DiagnosticSource);
    for (const diagnostic of ours) {
      const finding = matchFinding(findings, diagnostic);
      if (!finding) continue;
      actions.push(...this.quickFixes(document, finding, diagnostic));
      actions.push(moreInformation(finding, diagnostic));
    }
    if (ours.length > 0 && findings.filter((f) => f.fix).length > 1) {
      const fixAll = this.fixAllAction(document, vscode.CodeActionKind.QuickFix);
      if (fixAll) actions.push(fixAll);
    }
    return actions;
  }

  private quickFixes(document: vscode.TextDocument, finding: Finding, diagnostic: vscode.Diagnostic): vscode.CodeAction[] {
    const lint = this.models.get(document);
    const fixes: Fix[] = finding.fix
      ? [finding.fix, ...(finding.alternativeFixes ?? [])]
      : fallbackFixes(finding, lint, document.getText());
    if (fixes.length === 0 && /placeholder/.test(finding.ruleName)) return [placeholderAction(document, finding, diagnostic)];
    return fixes.map((fix, i) => {
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

/** The finding behind a diagnostic (same rule, message and range; else same rule and message). */
function matchFinding(findings: Finding[], d: vscode.Diagnostic): Finding | undefined {
  const same = findings.filter((f) => diagnosticMessage(f) === d.message);
  return same.find((f) => f.range.startLine === d.range.start.line && f.range.startColumn === d.range.start.character) ?? same[0];
}

/** A code action opening the rule's documentation. */
function moreInformation(finding: Finding, diagnostic: vscode.Diagnostic): vscode.CodeAction {
  const action = new vscode.CodeAction(`More information about ${finding.ruleId}/${finding.ruleName}`, vscode.CodeActionKind.QuickFix);
  // The page ships with the extension: show it rendered, as a reader would read it.
  action.command = { title: 'More information', command: 'markdown.showPreview', arguments: [ruleDocsUri(finding)] };
  action.diagnostics = [diagnostic];
  return action;
}

/** Registers the provider and the "Fix All Problems" command. */
export function registerCodeActions(
  context: vscode.ExtensionContext, models: ModelCache, documents: PostmortemDocuments, diagnostics: DiagnosticsController,
): void {
  registerPlaceholderCommand(context);
  context.subscriptions.push(
    vscode.languages.registerCodeActionsProvider({ language: 'markdown' }, new PostmortemCodeActions(models, documents, diagnostics), PostmortemCodeActions.metadata),
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
