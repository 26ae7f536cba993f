// The timeline commands: insert an entry stamped now (after the entry under the cursor) or at a typed time (in time order).
import * as vscode from 'vscode';
import { instantOf, isValidTimeZone, parseTimeInput, wallClock, type TimeInput } from '../core/index';
import { planTimelineInsert, timelineCrossesMidnight, wouldCrossMidnight, type Placement } from '../core/index';
import { renderTimelineEntry } from '../core/index';
import { Commands } from '../shared/ids';
import { readTimelineSettings } from './config';
import { toRange, writableMarkdownEditor } from './edits';
import { PostmortemDocuments } from './documents';
import { ModelCache } from './models';

/** Arguments tests (and other callers) may pass instead of the UI. */
export interface InsertEntryArgs {
  /** The moment to stamp (default: now). */
  now?: Date | string | number;
  /** For the "at time" variant: the time as typed. */
  time?: string;
}

interface Services { models: ModelCache; documents: PostmortemDocuments }

/** Registers postmortem.insertTimelineEntry and postmortem.insertTimelineEntryAt. */
export function registerTimelineCommands(context: vscode.ExtensionContext, services: Services): void {
  context.subscriptions.push(
    vscode.commands.registerCommand(Commands.insertTimelineEntry, (args?: InsertEntryArgs) => insertEntryNow(services, args)),
    vscode.commands.registerCommand(Commands.insertTimelineEntryAt, (args?: InsertEntryArgs) => insertEntryAt(services, args)),
  );
}

/** Inserts an entry stamped now; returns the line it landed on (undefined when nothing was inserted). */
async function insertEntryNow(services: Services, args?: InsertEntryArgs): Promise<number | undefined> {
  const editor = writableMarkdownEditor('insert a timeline entry');
  if (!editor) return undefined;
  const now = args?.now !== undefined ? new Date(args.now) : new Date();
  return insert(services, editor, now, { kind: 'cursor', line: editor.selection.active.line });
}

/** Asks for a time (validated) and inserts the entry in chronological place. */
async function insertEntryAt(services: Services, args?: InsertEntryArgs): Promise<number | undefined> {
  const editor = writableMarkdownEditor('insert a timeline entry');
  if (!editor) return undefined;
  const { timeZone } = zoneFor(editor.document);
  let typed = args?.time;
  if (typed === undefined) {
    typed = await vscode.window.showInputBox({
      title: 'Postmortem: Insert Timeline Entry at Time',
      prompt: `Time of the event (${timeZone}), e.g. 14:32, 2:32 pm or 2026-11-27 14:32`,
      validateInput: (v) => { const r = parseTimeInput(v); return r.ok ? undefined : r.error; },
    });
    if (typed === undefined) return undefined;
  }
  const parsed = parseTimeInput(typed);
  if (!parsed.ok) {
    void vscode.window.showErrorMessage(`Postmortem: ${parsed.error}`);
    return undefined;
  }
  const now = args?.now !== undefined ? new Date(args.now) : new Date();
  const value: TimeInput = parsed.value;
  const placement: Placement = { kind: 'time', hour: value.hour, minute: value.minute, ...(value.date ? { date: value.date } : {}) };
  return insert(services, editor, instantOf(value, timeZone, now), placement, value.date !== undefined);
}

/** Plans and applies the insertion as one undo step, then puts the cursor where the text goes. */
async function insert(services: Services, editor: vscode.TextEditor, moment: Date, placement: Placement, dated = false): Promise<number | undefined> {
  const document = editor.document;
  const settings = zoneFor(document);
  // The user may type while the edit travels: when the document moved on, plan again on the new text.
  for (let attempt = 0; attempt < 3; attempt++) {
    const where: Placement = placement.kind === 'cursor' ? { kind: 'cursor', line: editor.selection.active.line } : placement;
    const plan = planFor(services, document, settings, moment, where, dated);
    const version = document.version;
    if (await editor.edit((b) => b.replace(toRange(plan.edit.range), plan.edit.newText))) return placeCursor(editor, plan);
    if (document.version === version) break;
  }
  void vscode.window.showWarningMessage('Postmortem: the editor refused the edit (is the document read-only?).');
  return undefined;
}

/** The insertion for the document as it is now. */
function planFor(services: Services, document: vscode.TextDocument, settings: ReturnType<typeof readTimelineSettings>, moment: Date, placement: Placement, dated: boolean): ReturnType<typeof planTimelineInsert> {
  const { model: doc, template } = services.models.get(document);
  const wall = wallClock(moment, settings.timeZone);
  const crosses = timelineCrossesMidnight(doc) || (placement.kind === 'cursor' && wouldCrossMidnight(doc, wall.hour, wall.minute));
  const stamp = renderTimelineEntry(moment, { ...settings, includeDate: settings.includeDate || crosses || dated });
  const lines = [...doc.lines];
  return planTimelineInsert(doc, lines, stamp, placement, template);
}

/** Puts the cursor where the entry's text goes and returns its line. */
function placeCursor(editor: vscode.TextEditor, plan: ReturnType<typeof planTimelineInsert>): number {
  const at = new vscode.Position(plan.cursor.line, plan.cursor.column);
  editor.selection = new vscode.Selection(at, at);
  editor.revealRange(new vscode.Range(at, at), vscode.TextEditorRevealType.InCenterIfOutsideViewport);
  return plan.cursor.line;
}

/** The timeline settings, with an unknown zone reported once and replaced by UTC. */
function zoneFor(document: vscode.TextDocument): ReturnType<typeof readTimelineSettings> {
  const settings = readTimelineSettings(document);
  if (!isValidTimeZone(settings.timeZone)) {
    void vscode.window.showWarningMessage(`Postmortem: "${settings.timeZone}" is not a time zone I know (postmortem.timeline.timeZone); using UTC.`);
    return { ...settings, timeZone: 'UTC' };
  }
  return settings;
}
