// Decides which Markdown documents are postmortems (settings globs, template markers, first heading, opt-in).
import * as vscode from 'vscode';
import { looksLikePostmortem } from '../core/index';
import { Settings } from '../shared/ids';
import { setting } from './config';

const HEAD_LINES = 40;

/** Tracks documents the user opted in with "Postmortem: Check This Document". */
export class PostmortemDocuments {
  private readonly optedIn = new Set<string>();

  /** Opts a document in, whatever its name. */
  optIn(uri: vscode.Uri): void {
    this.optedIn.add(uri.toString());
  }

  /** True for Markdown documents that are postmortems. */
  isPostmortem(document: vscode.TextDocument): boolean {
    if (document.languageId !== 'markdown') return false;
    if (this.optedIn.has(document.uri.toString())) return true;
    if (matchesInclude(document)) return true;
    return looksLikePostmortem(document.getText(new vscode.Range(0, 0, Math.min(document.lineCount, HEAD_LINES), 0)));
  }
}

function matchesInclude(document: vscode.TextDocument): boolean {
  const globs = setting(Settings.include, document) ?? [];
  return globs.some((pattern) => vscode.languages.match({ language: 'markdown', pattern }, document) > 0);
}
