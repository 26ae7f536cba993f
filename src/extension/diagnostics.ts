// Publishes lint findings as diagnostics: on open, on type (debounced, version-guarded), on save, on config change.
import * as vscode from 'vscode';
import type { Finding, Severity } from '../core/index';
import { ConfigSection, DiagnosticSource, Settings } from '../shared/ids';
import { ruleDocsTarget, setting } from './config';
import { toRange } from './edits';
import { PostmortemDocuments } from './documents';
import { ModelCache } from './models';

const DEBOUNCE_MS = 300;

export { toRange };

function toSeverity(s: Severity): vscode.DiagnosticSeverity {
  switch (s) {
    case 'error':
      return vscode.DiagnosticSeverity.Error;
    case 'warning':
      return vscode.DiagnosticSeverity.Warning;
    case 'information':
      return vscode.DiagnosticSeverity.Information;
    case 'hint':
      return vscode.DiagnosticSeverity.Hint;
  }
}

/** A diagnostic that remembers the finding it came from (for code actions). */
export class PostmortemDiagnostic extends vscode.Diagnostic {
  constructor(readonly finding: Finding) {
    super(toRange(finding.range), diagnosticMessage(finding), toSeverity(finding.severity));
    this.source = DiagnosticSource;
    // The rule id shows once, as the code (VS Code prints "postmortem(PM003)"); it links to the rule's page.
    this.code = { value: finding.ruleId, target: ruleDocsTarget(finding) };
  }
}

/** The Problems-panel text of a finding: the rule's message (the id is the diagnostic's code). */
export function diagnosticMessage(f: Finding): string {
  return f.message;
}

/** True while some tab still shows the document. */
function isShownInTab(uri: vscode.Uri): boolean {
  return vscode.window.tabGroups.all.some((g) =>
    g.tabs.some((t) => t.input instanceof vscode.TabInputText && t.input.uri.toString() === uri.toString()),
  );
}

/** Keeps the Problems panel in step with postmortem documents. */
export class DiagnosticsController implements vscode.Disposable {
  readonly collection = vscode.languages.createDiagnosticCollection(DiagnosticSource);
  private readonly timers = new Map<string, ReturnType<typeof setTimeout>>();
  private readonly subscriptions: vscode.Disposable[] = [this.collection];

  constructor(
    private readonly models: ModelCache,
    private readonly documents: PostmortemDocuments,
  ) {
    this.subscriptions.push(
      vscode.workspace.onDidOpenTextDocument((d) => this.refresh(d)),
      vscode.workspace.onDidChangeTextDocument((e) => {
        // A document too slow to lint per keystroke (see TYPING_LINT_BUDGET_MS) is checked on save instead.
        if (
          e.contentChanges.length > 0 &&
          setting(Settings.run, e.document) === 'onType' &&
          !this.models.checksOnSaveOnly(e.document)
        )
          this.schedule(e.document);
      }),
      vscode.workspace.onDidSaveTextDocument((d) => this.refresh(d)),
      vscode.workspace.onDidCloseTextDocument((d) => this.forget(d.uri)),
      // VS Code keeps a document alive for a while after its last tab closes: clear it when the tab goes.
      vscode.window.tabGroups.onDidChangeTabs((e) => {
        for (const tab of e.closed) {
          const uri = tab.input instanceof vscode.TabInputText ? tab.input.uri : undefined;
          if (uri && !isShownInTab(uri)) this.forget(uri);
        }
      }),
      // ...and check it again when it comes back.
      vscode.window.onDidChangeVisibleTextEditors((editors) => {
        for (const e of editors) if (!this.collection.has(e.document.uri)) this.refresh(e.document);
      }),
      vscode.workspace.onDidChangeConfiguration((e) => {
        if (e.affectsConfiguration(ConfigSection)) this.refreshAll();
      }),
    );
    this.refreshAll();
  }

  /** Lints every open document now. */
  refreshAll(): void {
    for (const d of vscode.workspace.textDocuments) this.refresh(d);
  }

  /** Lints a document now (or clears it if it is not a postmortem or checks are off). */
  refresh(document: vscode.TextDocument): void {
    if (document.isClosed || !this.documents.isPostmortem(document) || setting(Settings.run, document) === 'off') {
      this.collection.delete(document.uri);
      return;
    }
    this.collection.set(
      document.uri,
      this.findings(document).map((f) => new PostmortemDiagnostic(f)),
    );
  }

  /** The findings shown for a document at its current version (the core applies `postmortem.rules`). */
  findings(document: vscode.TextDocument): Finding[] {
    return this.models.get(document).findings;
  }

  /** True while a debounced check of the document is pending. */
  isScheduled(uri: vscode.Uri): boolean {
    return this.timers.has(uri.toString());
  }

  private schedule(document: vscode.TextDocument): void {
    const key = document.uri.toString();
    clearTimeout(this.timers.get(key));
    const version = document.version;
    this.timers.set(
      key,
      setTimeout(() => {
        this.timers.delete(key);
        // A newer edit re-schedules; a stale timer must never publish an older version's findings.
        if (!document.isClosed && document.version === version) this.refresh(document);
      }, DEBOUNCE_MS),
    );
  }

  private forget(uri: vscode.Uri): void {
    clearTimeout(this.timers.get(uri.toString()));
    this.timers.delete(uri.toString());
    this.collection.delete(uri);
  }

  dispose(): void {
    for (const t of this.timers.values()) clearTimeout(t);
    for (const s of this.subscriptions) s.dispose();
  }
}
