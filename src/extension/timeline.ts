// The timeline commands: insert an entry after the entry under the cursor (stamped now while the incident is live, a
// time to type over for a past one) or at a typed time (in time order). The core plans and checks the edit.
import * as vscode from 'vscode';
import {
  entryZoneLabel,
  isValidTimeZone,
  parseTimeInput,
  planTimelineEntry,
  type EntryPlan,
  type Placement,
} from '../core/index';
import { Commands } from '../shared/ids';
import { readTimelineSettings } from './config';
import { toRange, writableMarkdownEditor } from './edits';
import { PostmortemDocuments } from './documents';
import type { MarkdownEditors } from './markdownEditors';
import { ModelCache } from './models';

/** Arguments tests (and other callers) may pass instead of the UI. */
export interface InsertEntryArgs {
  /** The moment to stamp (default: now). */
  now?: Date | string | number;
  /** For the "at time" variant: the time as typed. */
  time?: string;
}

interface Services {
  models: ModelCache;
  documents: PostmortemDocuments;
  editors: MarkdownEditors;
}

const ACTION = 'insert a timeline entry';

/** Registers postmortem.insertTimelineEntry and postmortem.insertTimelineEntryAt. */
export function registerTimelineCommands(context: vscode.ExtensionContext, services: Services): void {
  context.subscriptions.push(
    vscode.commands.registerCommand(Commands.insertTimelineEntry, (args?: InsertEntryArgs) =>
      insertEntryNow(services, args),
    ),
    vscode.commands.registerCommand(Commands.insertTimelineEntryAt, (args?: InsertEntryArgs) =>
      insertEntryAt(services, args),
    ),
  );
}

/** The editor to insert into: the active one, else (walkthrough, preview in front) the last active Markdown editor. */
async function targetEditor(services: Services): Promise<vscode.TextEditor | undefined> {
  const editor = await services.editors.editor();
  if (!editor) {
    void vscode.window.showWarningMessage(`Postmortem: open a Markdown postmortem to ${ACTION}.`);
    return undefined;
  }
  return writableMarkdownEditor(ACTION, editor);
}

/** Inserts an entry after the one under the cursor; returns the line it landed on (undefined when nothing was inserted). */
async function insertEntryNow(services: Services, args?: InsertEntryArgs): Promise<number | undefined> {
  const editor = await targetEditor(services);
  if (!editor) return undefined;
  const now = args?.now !== undefined ? new Date(args.now) : new Date();
  return insert(services, editor, now, { kind: 'cursor', line: editor.selection.active.line });
}

/** Asks for a time (validated; in the timeline's zone) and inserts the entry in chronological place. */
async function insertEntryAt(services: Services, args?: InsertEntryArgs): Promise<number | undefined> {
  const editor = await targetEditor(services);
  if (!editor) return undefined;
  const now = args?.now !== undefined ? new Date(args.now) : new Date();
  let typed = args?.time;
  if (typed === undefined) {
    const zone = entryZoneLabel(services.models.get(editor.document).model, zoneFor(editor.document).timeZone, now);
    typed = await vscode.window.showInputBox({
      title: 'Postmortem: Insert Timeline Entry at Time',
      prompt: `Time of the event (${zone}), e.g. 14:32, 2:32 pm or 2026-11-27 14:32`,
      ignoreFocusOut: true,
      validateInput: (v) => {
        const r = parseTimeInput(v);
        return r.ok ? undefined : r.error;
      },
    });
    if (typed === undefined) return undefined;
  }
  const parsed = parseTimeInput(typed);
  if (!parsed.ok) {
    void vscode.window.showErrorMessage(`Postmortem: ${parsed.error}`);
    return undefined;
  }
  const { hour, minute, date } = parsed.value;
  return insert(services, editor, now, { kind: 'time', hour, minute, ...(date ? { date } : {}) });
}

/** Plans and applies the insertion as one undo step, then puts the cursor (or the time to type over) in place. */
async function insert(
  services: Services,
  editor: vscode.TextEditor,
  now: Date,
  placement: Placement,
): Promise<number | undefined> {
  const document = editor.document;
  // The user may type while the edit travels: when the document moved on, plan again on the new text.
  for (let attempt = 0; attempt < 3; attempt++) {
    const where: Placement =
      placement.kind === 'cursor' ? { kind: 'cursor', line: editor.selection.active.line } : placement;
    const { model, template } = services.models.get(document);
    const plan = planTimelineEntry(model, { now, placement: where, defaults: zoneFor(document), template });
    if ('refused' in plan) {
      void vscode.window.showWarningMessage(`Postmortem: nothing inserted: ${plan.refused}.`);
      return undefined;
    }
    const version = document.version;
    const applied = plan.time
      ? await editor.insertSnippet(snippetOf(plan), toRange(plan.edit.range), {
          undoStopBefore: true,
          undoStopAfter: true,
          keepWhitespace: true,
        })
      : await editor.edit((b) => b.replace(toRange(plan.edit.range), plan.edit.newText));
    if (applied) return placeCursor(editor, plan);
    if (document.version === version) break;
  }
  void vscode.window.showWarningMessage('Postmortem: the editor refused the edit (is the document read-only?).');
  return undefined;
}

/** The edit as a snippet whose first tab stop is the prefilled time and whose last is where the text goes. */
function snippetOf(plan: EntryPlan): vscode.SnippetString {
  const pieces = plan.edit.newText.split('\n');
  const j = plan.line - plan.edit.range.startLine;
  const offset = j === 0 ? plan.edit.range.startColumn : 0;
  const snippet = new vscode.SnippetString();
  pieces.forEach((piece, i) => {
    if (i > 0) snippet.appendText('\n');
    if (i !== j || !plan.time) {
      snippet.appendText(piece);
      return;
    }
    const [ts, te, at] = [plan.time.startColumn - offset, plan.time.endColumn - offset, plan.cursor.column - offset];
    snippet
      .appendText(piece.slice(0, ts))
      .appendPlaceholder(piece.slice(ts, te), 1)
      .appendText(piece.slice(te, at))
      .appendTabstop(0)
      .appendText(piece.slice(at));
  });
  return snippet;
}

/** Puts the cursor where the entry's text goes (or leaves the snippet's time selected) and returns the entry's line. */
function placeCursor(editor: vscode.TextEditor, plan: EntryPlan): number {
  if (plan.time) {
    vscode.window.setStatusBarMessage(
      'Postmortem: a past incident, so the time is a guess from the entries around it: type the real time, then Tab to the text.',
      8000,
    );
  } else {
    const at = new vscode.Position(plan.cursor.line, plan.cursor.column);
    editor.selection = new vscode.Selection(at, at);
  }
  editor.revealRange(
    new vscode.Range(plan.line, 0, plan.line, 0),
    vscode.TextEditorRevealType.InCenterIfOutsideViewport,
  );
  return plan.line;
}

/** The timeline settings, with an unknown zone reported once and replaced by UTC. */
function zoneFor(document: vscode.TextDocument): ReturnType<typeof readTimelineSettings> {
  const settings = readTimelineSettings(document);
  if (!isValidTimeZone(settings.timeZone)) {
    void vscode.window.showWarningMessage(
      `Postmortem: "${settings.timeZone}" is not a time zone I know (postmortem.timeline.timeZone); using UTC.`,
    );
    return { ...settings, timeZone: 'UTC' };
  }
  return settings;
}
