// Shows the word count (of the selection too), the reading time and the template's range in the status bar; clicking it shows the section checklist.
import * as vscode from 'vscode';
import { countWords } from '../core/index';
import { sectionInsertEdit } from '../core/index';
import type { LintResult } from '../core/index';
import { Commands, Settings } from '../shared/ids';
import { setting } from './config';
import { toWorkspaceEdit } from './edits';
import { PostmortemDocuments } from './documents';
import { ModelCache } from './models';

const DEBOUNCE_MS = 300;

/** One row of the checklist: a template section and whether the document has it. */
export interface ChecklistItem {
  id: string;
  title: string;
  required: boolean;
  present: boolean;
  line?: number;
}

/** Silent reading speed of non-fiction, words per minute (Brysbaert 2019: 238). */
export const WORDS_PER_MINUTE = 238;

/** Reading time in whole minutes (at least 1). */
export function readingMinutes(words: number): number {
  return Math.max(1, Math.round(words / WORDS_PER_MINUTE));
}

/**
 * The status-bar text for a lint result: "512 words · 2 min · 400–600"; with words selected, "37 of 512 words · 2 min · 400–600".
 * The selection's words are counted in its raw text (countWords), the document's as the core counts them (prose, no code or URLs).
 */
export function wordCountText(result: LintResult, selectedWords?: number): { text: string; outside: boolean } {
  const n = result.model.words;
  const range = result.template.wordRange;
  const words = `${selectedWords !== undefined ? `${selectedWords} of ` : ''}${n} ${n === 1 ? 'word' : 'words'} · ${readingMinutes(n)} min`;
  if (!range) return { text: words, outside: false };
  return { text: `${words} · ${range.min}–${range.max}`, outside: n < range.min || n > range.max };
}

/** Words in the editor's non-empty selections, or undefined when nothing is selected. */
export function selectionWords(editor: vscode.TextEditor): number | undefined {
  const ranges = editor.selections.filter((s) => !s.isEmpty);
  return ranges.length ? ranges.reduce((n, r) => n + countWords(editor.document.getText(r)), 0) : undefined;
}

/** The template's sections, ticked when the document has them. */
export function checklist(result: LintResult): ChecklistItem[] {
  return result.template.sections.map((s) => {
    const found = result.model.regions.find((r) => r.templateSectionId === s.id);
    return {
      id: s.id,
      title: s.title,
      required: s.required,
      present: !!found,
      ...(found ? { line: found.anchorLine } : {}),
    };
  });
}

/** Owns the word-count status bar item. */
export class WordCountStatusBar implements vscode.Disposable {
  readonly item = vscode.window.createStatusBarItem('postmortem.wordCount', vscode.StatusBarAlignment.Right, 100);
  private timer: ReturnType<typeof setTimeout> | undefined;
  /** Whether the item is showing (VS Code offers no getter). */
  visible = false;
  /** The lint result shown, and the document version it belongs to. */
  private last: { version: number; result: LintResult } | undefined;
  private readonly updated = new vscode.EventEmitter<void>();
  /** Fires after every refresh of the item (tests wait on it). */
  readonly onDidUpdate = this.updated.event;
  private readonly subscriptions: vscode.Disposable[] = [this.item, this.updated];

  constructor(
    private readonly models: ModelCache,
    private readonly documents: PostmortemDocuments,
  ) {
    this.item.name = 'Postmortem Word Count';
    this.item.command = Commands.showChecklist;
    this.subscriptions.push(
      vscode.window.onDidChangeActiveTextEditor(() => this.update()),
      // Selecting text re-counts the selection only; the document's count comes from the last lint (typing schedules a new one).
      vscode.window.onDidChangeTextEditorSelection((e) => {
        if (
          e.textEditor === vscode.window.activeTextEditor &&
          this.visible &&
          this.last?.version === e.textEditor.document.version
        )
          this.render(e.textEditor, this.last.result);
      }),
      vscode.workspace.onDidChangeTextDocument((e) => {
        if (e.document !== vscode.window.activeTextEditor?.document) return;
        // Typing in a document checked on save only: keep the last count, marked as such, and lint nothing.
        if (this.models.checksOnSaveOnly(e.document)) this.showStale(e.document);
        else this.schedule();
      }),
      vscode.workspace.onDidChangeConfiguration((e) => {
        if (e.affectsConfiguration('postmortem')) this.update();
      }),
      vscode.commands.registerCommand(Commands.showChecklist, (args?: { show?: boolean }) => this.showChecklist(args)),
    );
    this.update();
  }

  /** Refreshes the item for the active editor (hidden for other documents or when turned off). */
  update(): void {
    clearTimeout(this.timer);
    const editor = vscode.window.activeTextEditor;
    const document = editor?.document;
    if (
      !editor ||
      !document ||
      !this.documents.isPostmortem(document) ||
      !setting(Settings.wordCountStatusBar, document)
    ) {
      this.item.hide();
      this.visible = false;
      this.last = undefined;
      this.updated.fire();
      return;
    }
    const result = this.models.get(document);
    this.last = { version: document.version, result };
    this.render(editor, result);
  }

  /** Marks the count as the last check's, for a large document that is checked on save. */
  private showStale(document: vscode.TextDocument): void {
    const editor = vscode.window.activeTextEditor;
    const result = this.models.last(document);
    if (!editor || !result || !this.visible) return;
    this.render(editor, result, this.models.lastLintMs(document) ?? 0);
  }

  /** Shows a lint result with the editor's selection (`staleMs`: the document changed since, and is checked on save because a check takes that long). */
  private render(editor: vscode.TextEditor, result: LintResult, staleMs?: number): void {
    const { text, outside } = wordCountText(result, selectionWords(editor));
    this.item.text = staleMs === undefined ? text : `${text} · checked on save`;
    this.item.backgroundColor = outside ? new vscode.ThemeColor('statusBarItem.warningBackground') : undefined;
    const range = result.template.wordRange;
    const minutes = `about ${readingMinutes(result.model.words)} min to read at ${WORDS_PER_MINUTE} words a minute`;
    this.item.tooltip = range
      ? `${result.template.title}: ${range.min}–${range.max} words${outside ? ' (outside the range)' : ''}; ${minutes}. Click for the section checklist.`
      : `${result.template.title}; ${minutes}. Click for the section checklist.`;
    if (staleMs !== undefined)
      this.item.tooltip = `A large document: a check takes ${Math.round(staleMs)} ms, so it is checked when you save, not as you type. ${this.item.tooltip}`;
    this.item.show();
    this.visible = true;
    this.updated.fire();
  }

  /** Shows the checklist; picking a present section jumps to it, a missing one inserts it. Returns the rows. */
  async showChecklist(args?: { show?: boolean }): Promise<ChecklistItem[] | undefined> {
    const editor = vscode.window.activeTextEditor;
    if (!editor || !this.documents.isPostmortem(editor.document)) {
      void vscode.window.showInformationMessage('Postmortem: open a postmortem to see its section checklist.');
      return undefined;
    }
    const result = this.models.get(editor.document);
    const rows = checklist(result);
    if (args?.show === false) return rows;
    const picked = await vscode.window.showQuickPick(
      rows.map((r) => ({
        label: `${r.present ? '$(pass-filled)' : '$(circle-large-outline)'} ${r.title}`,
        description: r.present ? 'present' : r.required ? 'missing (required)' : 'missing',
        detail: r.present ? undefined : 'Pick to insert this section at its place',
        row: r,
      })),
      {
        title: `${result.template.title} — sections`,
        placeHolder: 'Ticked sections are present; pick one to go to it or add it',
      },
    );
    if (picked) await this.open(editor, result, picked.row);
    return rows;
  }

  private async open(editor: vscode.TextEditor, result: LintResult, row: ChecklistItem): Promise<void> {
    if (row.line !== undefined) {
      const at = new vscode.Position(row.line, 0);
      editor.selection = new vscode.Selection(at, at);
      editor.revealRange(new vscode.Range(at, at), vscode.TextEditorRevealType.AtTop);
      return;
    }
    const edit = sectionInsertEdit(result.model, result.template, row.id);
    if (edit) await vscode.workspace.applyEdit(toWorkspaceEdit(editor.document.uri, [edit]));
  }

  private schedule(): void {
    clearTimeout(this.timer);
    this.timer = setTimeout(() => this.update(), DEBOUNCE_MS);
  }

  dispose(): void {
    clearTimeout(this.timer);
    for (const s of this.subscriptions) s.dispose();
  }
}
