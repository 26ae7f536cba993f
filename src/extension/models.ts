// Parses each document once per version; diagnostics, status bar, code actions and preview all read this cache.
import * as vscode from 'vscode';
import { lint } from '../core';
import type { LintResult, Template } from '../core/types';
import { readLintOptions } from './config';

/** Lint results by document, keyed on uri and version. */
export class ModelCache implements vscode.Disposable {
  private readonly entries = new Map<string, { version: number; result: LintResult }>();
  private readonly subscriptions: vscode.Disposable[] = [];
  private customTemplates: Template[] = [];
  private readonly log = vscode.window.createOutputChannel('Postmortem Writer');
  private readonly reportedRuleErrors = new Set<string>();

  constructor() {
    this.subscriptions.push(
      vscode.workspace.onDidCloseTextDocument((doc) => this.entries.delete(doc.uri.toString())),
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
    const result = lint(document.getText(), readLintOptions(document, this.customTemplates));
    this.entries.set(key, { version: document.version, result });
    this.reportRuleErrors(result);
    return result;
  }

  /** Lints other text with the options of a document or resource (fixing a document pass after pass; the language-model tool). */
  lintText(text: string, scope: vscode.TextDocument | vscode.Uri | undefined): LintResult {
    return lint(text, readLintOptions(scope, this.customTemplates));
  }

  /** The custom templates in use. */
  get custom(): Template[] {
    return this.customTemplates;
  }

  /** Uses these custom templates from now on (from `.postmortem.json` files). */
  setCustomTemplates(templates: Template[]): void {
    this.customTemplates = templates;
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
