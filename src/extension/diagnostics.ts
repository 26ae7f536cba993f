// Publishes lint findings as diagnostics: on open, on type (debounced, version-guarded), on save, on config change.
import * as vscode from 'vscode';
import type { Finding, Severity } from '../core/types';
import { ConfigSection, DiagnosticSource, RuleDocsBase, Settings } from '../shared/ids';
import { setting } from './config';
import { PostmortemDocuments } from './documents';
import { ModelCache } from './models';

const DEBOUNCE_MS = 300;

/** Converts a core range to a VS Code range. */
export function toRange(r: Finding['range']): vscode.Range {
  return new vscode.Range(r.startLine, r.startColumn, r.endLine, r.endColumn);
}

function toSeverity(s: Severity): vscode.DiagnosticSeverity {
  switch (s) {
    case 'error': return vscode.DiagnosticSeverity.Error;
    case 'warning': return vscode.DiagnosticSeverity.Warning;
    case 'information': return vscode.DiagnosticSeverity.Information;
    case 'hint': return vscode.DiagnosticSeverity.Hint;
  }
}

/** A diagnostic that remembers the finding it came from (for code actions). */
export class PostmortemDiagnostic extends vscode.Diagnostic {
  constructor(readonly finding: Finding) {
    super(toRange(finding.range), `${finding.ruleId}/${finding.ruleName}: ${finding.message}`, toSeverity(finding.severity));
    this.source = DiagnosticSource;
    this.code = { value: finding.ruleId, target: vscode.Uri.parse(`${RuleDocsBase}${finding.ruleId}.md`) };
  }
}

/** Keeps the Problems panel in step with postmortem documents. */
export class DiagnosticsController implements vscode.Disposable {
  readonly collection = vscode.languages.createDiagnosticCollection(DiagnosticSource);
  private readonly timers = new Map<string, ReturnType<typeof setTimeout>>();
  private readonly subscriptions: vscode.Disposable[] = [this.collection];

  constructor(private readonly models: ModelCache, private readonly documents: PostmortemDocuments) {
    this.subscriptions.push(
      vscode.workspace.onDidOpenTextDocument((d) => this.refresh(d)),
      vscode.workspace.onDidChangeTextDocument((e) => {
        if (setting(Settings.run, e.document) === 'onType') this.schedule(e.document);
      }),
      vscode.workspace.onDidSaveTextDocument((d) => this.refresh(d)),
      vscode.workspace.onDidCloseTextDocument((d) => this.forget(d.uri)),
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
    if (!this.documents.isPostmortem(document) || setting(Settings.run, document) === 'off') {
      this.collection.delete(document.uri);
      return;
    }
    const { findings } = this.models.get(document);
    this.collection.set(document.uri, findings.map((f) => new PostmortemDiagnostic(f)));
  }

  private schedule(document: vscode.TextDocument): void {
    const key = document.uri.toString();
    clearTimeout(this.timers.get(key));
    const version = document.version;
    this.timers.set(key, setTimeout(() => {
      this.timers.delete(key);
      // A newer edit re-schedules; a stale timer must never publish an older version's findings.
      if (!document.isClosed && document.version === version) this.refresh(document);
    }, DEBOUNCE_MS));
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
