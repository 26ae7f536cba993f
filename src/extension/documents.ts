// Decides which Markdown documents are postmortems (settings globs, template markers, first heading, opt-in).
import * as vscode from 'vscode';
import { Settings } from '../shared/ids';
import { setting } from './config';

const MARKER = /<!--\s*postmortem:\s*[\w-]+\s*-->|^---[\s\S]*?^template:\s*\S+[\s\S]*?^---/m;
const TITLE = /^(?:#\s*|\*\*)?.*\b(?:post[- ]?mortem|incident report|incident review|root cause analysis|RCA)\b/im;

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
    const head = document.getText(new vscode.Range(0, 0, Math.min(document.lineCount, 40), 0));
    return MARKER.test(head) || TITLE.test(firstNonEmptyLines(head, 3));
  }
}

function firstNonEmptyLines(text: string, n: number): string {
  return text.split(/\r?\n/).filter((l) => l.trim() !== '').slice(0, n).join('\n');
}

function matchesInclude(document: vscode.TextDocument): boolean {
  const globs = setting(Settings.include, document) ?? [];
  return globs.some((pattern) => vscode.languages.match({ language: 'markdown', pattern }, document) > 0);
}
