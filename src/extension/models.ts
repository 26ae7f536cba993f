// Parses each document once per version; diagnostics, status bar, code actions and preview all read this cache.
import * as vscode from 'vscode';
import { lint } from '../core/index';
import type { LintOptions, LintResult, Template } from '../core/index';
import { readLintOptions, type WorkspaceConfig } from './config';

/**
 * A document whose last lint took longer than this is checked on save, not as you type: linting runs on the
 * extension host's only thread, and a 1 MB postmortem takes 60–250 ms a pass there (`npm run bench`).
 */
export const TYPING_LINT_BUDGET_MS = 50;
/** Documents shorter than this are always checked as you type (a cold first lint may be slow, a short one never is). */
export const TYPING_LINT_MIN_CHARS = 64 * 1024;

/** Lint results by document, keyed on uri and version. */
export class ModelCache implements vscode.Disposable {
  private readonly entries = new Map<string, { version: number; result: LintResult }>();
  /** How long the last lint of each document took, in ms (kept across versions). */
  private readonly lintMs = new Map<string, number>();
  private readonly subscriptions: vscode.Disposable[] = [];
  private config: WorkspaceConfig = { templates: [] };
  private readonly log = vscode.window.createOutputChannel('Postmortem Writer');
  private readonly reportedRuleErrors = new Set<string>();

  constructor() {
    this.subscriptions.push(
      vscode.workspace.onDidCloseTextDocument((doc) => {
        this.entries.delete(doc.uri.toString());
        this.lintMs.delete(doc.uri.toString());
      }),
      vscode.workspace.onDidChangeConfiguration((e) => {
        if (e.affectsConfiguration('postmortem')) this.entries.clear();
      }),
    );
  }

  /** Lints the document at its current version (cached). */
  get(document: vscode.TextDocument): LintResult {
    const key = document.uri.toString();
    const hit = this.entries.get(key);
    if (hit && hit.version === document.version) return hit.result;
    const text = document.getText();
    const started = performance.now();
    const result = lint(text, readLintOptions(document, this.config));
    this.lintMs.set(key, performance.now() - started);
    this.entries.set(key, { version: document.version, result });
    this.reportRuleErrors(result);
    return result;
  }

  /** The result of the last lint of the document, whatever its version (undefined before the first). */
  last(document: vscode.TextDocument): LintResult | undefined {
    return this.entries.get(document.uri.toString())?.result;
  }

  /** Milliseconds the last lint of the document took (undefined before the first). */
  lastLintMs(document: vscode.TextDocument): number | undefined {
    return this.lintMs.get(document.uri.toString());
  }

  /** True when typing should not lint the document: it is large and its last lint took longer than the budget. */
  checksOnSaveOnly(document: vscode.TextDocument): boolean {
    const ms = this.lintMs.get(document.uri.toString());
    return (
      ms !== undefined &&
      ms > TYPING_LINT_BUDGET_MS &&
      document.offsetAt(document.lineAt(document.lineCount - 1).range.end) >= TYPING_LINT_MIN_CHARS
    );
  }

  /** The lint options of a document or resource (settings and the custom templates in use). */
  options(scope: vscode.TextDocument | vscode.Uri | undefined): LintOptions {
    return readLintOptions(scope, this.config);
  }

  /** Lints other text with the options of a document or resource (fixing a document pass after pass; the language-model tool). */
  lintText(text: string, scope: vscode.TextDocument | vscode.Uri | undefined): LintResult {
    return lint(text, readLintOptions(scope, this.config));
  }

  /** The custom templates in use. */
  get custom(): Template[] {
    return this.config.templates;
  }

  /** Uses what the `.postmortem.json` files say (templates, blameless phrases, default template) from now on. */
  setWorkspaceConfig(config: WorkspaceConfig): void {
    this.config = config;
    this.entries.clear();
  }

  /** A rule that threw is skipped by the core; say so once per rule in the output channel, never in a popup per keystroke. */
  private reportRuleErrors(result: LintResult): void {
    for (const e of result.ruleErrors ?? []) {
      if (this.reportedRuleErrors.has(e.ruleId)) continue;
      this.reportedRuleErrors.add(e.ruleId);
      this.log.appendLine(`${e.ruleId} failed and was skipped (please report it): ${e.message}`);
    }
  }

  dispose(): void {
    this.log.dispose();
    this.entries.clear();
    for (const s of this.subscriptions) s.dispose();
  }
}
