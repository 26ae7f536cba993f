// Decides which Markdown documents are postmortems (settings globs, template markers, first heading, opt-in).
import * as vscode from 'vscode';
import { Settings } from '../shared/ids';
import { setting } from './config';

const MARKER = /<!--\s*postmortem:\s*[\w-]+\s*-->|^---\r?\n[\s\S]*?^template:\s*\S+[\s\S]*?^---/m;
const NAMES_POSTMORTEM = /\b(?:post[- ]?mortems?|incident (?:report|review|analysis|summary)|root cause analysis|RCA)\b/i;
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
    const head = document.getText(new vscode.Range(0, 0, Math.min(document.lineCount, HEAD_LINES), 0));
    if (MARKER.test(head)) return true;
    const heading = firstHeading(head.split(/\r?\n/));
    return heading !== undefined && NAMES_POSTMORTEM.test(heading);
  }
}

/** The text of the first heading (ATX, setext or a line in bold on its own), skipping front matter. */
export function firstHeading(lines: string[]): string | undefined {
  let i = 0;
  if (lines[0]?.trim() === '---') {
    const end = lines.findIndex((l, n) => n > 0 && /^(---|\.\.\.)\s*$/.test(l));
    i = end < 0 ? 0 : end + 1;
  }
  for (; i < lines.length; i++) {
    const line = lines[i]!;
    const atx = /^ {0,3}#{1,6}\s+(.*?)\s*#*\s*$/.exec(line);
    if (atx) return atx[1];
    const bold = /^\s*(?:\*\*|__)(.+?)(?:\*\*|__)\s*:?\s*$/.exec(line);
    if (bold) return bold[1];
    if (line.trim() !== '' && /^ {0,3}(=+|-+)\s*$/.test(lines[i + 1] ?? '')) return line.trim();
  }
  return undefined;
}

function matchesInclude(document: vscode.TextDocument): boolean {
  const globs = setting(Settings.include, document) ?? [];
  return globs.some((pattern) => vscode.languages.match({ language: 'markdown', pattern }, document) > 0);
}
