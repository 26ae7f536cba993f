// The Follow-ups view in the Explorer: registers the tree, its commands and checkboxes, and keeps it fresh on save,
// on file changes and on settings; ticks "- [ ]" in the file only on an explicit check-off, as one undo step.
import * as vscode from 'vscode';
import { checkboxEdit } from '../../core/index';
import { Commands, ConfigSection, ContextKeys, Settings, Views } from '../../shared/ids';
import { setting } from '../config';
import type { PostmortemDocuments } from '../documents';
import type { ModelCache } from '../models';
import { FollowUpScanner, type PostmortemFollowUps } from './scan';
import { FollowUpTree, type FollowUpNode, type GroupBy, type ItemNode } from './tree';

const GROUP_BY_KEY = 'postmortem.followups.groupBy';

/** What *Refresh Follow-ups* resolves to: postmortems read, their open items, how many are overdue and can be ticked here. */
export interface FollowUpCounts {
  postmortems: number;
  open: number;
  overdue: number;
  tickable: number;
}

/** What the extension's API exposes of the view (tests read the tree through it, as the workbench does). */
export interface FollowUpsView {
  readonly tree: FollowUpTree;
  /** Rescans the workspace; resolves once the tree shows the result. */
  refresh(): Promise<void>;
  /** Ticks an item's "- [ ]" in its file (one undo step); false when it cannot (read-only, or the line changed). */
  checkOff(node: ItemNode): Promise<boolean>;
  /** Fires after every refresh with the postmortems read. */
  readonly onDidRefresh: vscode.Event<readonly PostmortemFollowUps[]>;
}

/** Registers the view, its commands and its refresh triggers. */
export function registerFollowUps(
  context: vscode.ExtensionContext,
  services: { models: ModelCache; documents: PostmortemDocuments },
): FollowUpsView {
  const scanner = new FollowUpScanner(services.models, services.documents);
  const tree = new FollowUpTree(context.workspaceState.get<GroupBy>(GROUP_BY_KEY) === 'owner' ? 'owner' : 'postmortem');
  const view = vscode.window.createTreeView(Views.followups, {
    treeDataProvider: tree,
    showCollapseAll: true,
    manageCheckboxStateManually: true,
  });
  const refreshed = new vscode.EventEmitter<readonly PostmortemFollowUps[]>();
  let last: readonly PostmortemFollowUps[] = [];
  let requested = 0;
  let running: Promise<void> | undefined;

  const scanOnce = async (): Promise<void> => {
    last = await scanner.scan();
    tree.show(last);
    const overdue = tree.items().filter((i) => i.item.overdue).length;
    view.badge = overdue
      ? { value: overdue, tooltip: `${overdue} overdue action item${overdue === 1 ? '' : 's'}` }
      : undefined;
    view.message =
      !vscode.workspace.isTrusted && tree.items().length
        ? 'Read-only: trust this workspace to check items off here.'
        : undefined;
    if (last.length) void vscode.commands.executeCommand('setContext', ContextKeys.followupsAvailable, true);
    refreshed.fire(last);
  };
  // Scans until no refresh was asked for meanwhile (events coalesce; a stale scan never shows last).
  const refresh = (): Promise<void> => {
    requested++;
    running ??= (async () => {
      try {
        for (let done = -1; done !== requested;) {
          const want = requested;
          await scanOnce();
          done = want;
        }
      } finally {
        running = undefined;
      }
    })();
    return running;
  };

  const setGroupBy = async (by: GroupBy): Promise<void> => {
    await context.workspaceState.update(GROUP_BY_KEY, by);
    void vscode.commands.executeCommand('setContext', ContextKeys.followupsGroupBy, by);
    tree.show(last, by);
  };

  const checkOff = async (node: ItemNode): Promise<boolean> => {
    const done = await tick(node);
    await refresh();
    return done;
  };

  const watch = new IncludeWatchers(() => void refresh());
  void vscode.commands.executeCommand('setContext', ContextKeys.followupsGroupBy, tree.groupBy);
  context.subscriptions.push(
    tree,
    view,
    refreshed,
    // Resolves to what the view shows (for scripts and tests that cannot reach the tree: the web worker host).
    vscode.commands.registerCommand(Commands.followupsRefresh, async (): Promise<FollowUpCounts> => {
      await refresh();
      const items = tree.items();
      return {
        postmortems: last.length,
        open: items.length,
        overdue: items.filter((i) => i.item.overdue).length,
        tickable: items.filter((i) => i.item.boxColumn !== undefined && !i.readOnly).length,
      };
    }),
    vscode.commands.registerCommand(Commands.followupsGroupByOwner, () => setGroupBy('owner')),
    vscode.commands.registerCommand(Commands.followupsGroupByPostmortem, () => setGroupBy('postmortem')),
    vscode.commands.registerCommand(Commands.followupsCheckOff, (node?: FollowUpNode) => {
      const target = node ?? view.selection[0];
      return target?.kind === 'item' ? checkOff(target) : false;
    }),
    // A click on an item's checkbox is the one explicit check-off (checkbox states are managed here, never cascaded).
    view.onDidChangeCheckboxState((e) => {
      for (const [node, state] of e.items)
        if (node.kind === 'item' && state === vscode.TreeItemCheckboxState.Checked) void checkOff(node);
    }),
    vscode.workspace.onDidSaveTextDocument((doc) => {
      if (doc.languageId === 'markdown') void refresh();
    }),
    vscode.workspace.onDidChangeConfiguration((e) => {
      if (e.affectsConfiguration(`${ConfigSection}.${Settings.include}`)) watch.replace();
      if (e.affectsConfiguration(ConfigSection)) void refresh();
    }),
    vscode.workspace.onDidGrantWorkspaceTrust(() => void refresh()),
    vscode.workspace.onDidChangeWorkspaceFolders(() => void refresh()),
    watch,
  );
  void refresh();
  return { tree, refresh, checkOff, onDidRefresh: refreshed.event };
}

/** File watchers on the include globs (created, changed, deleted postmortems), replaced when the globs change. */
class IncludeWatchers implements vscode.Disposable {
  private current: vscode.Disposable[] = [];

  constructor(private readonly onChange: () => void) {
    this.replace();
  }

  replace(): void {
    this.dispose();
    this.current = (setting(Settings.include) ?? []).flatMap((glob) => {
      const w = vscode.workspace.createFileSystemWatcher(glob);
      return [w, w.onDidCreate(this.onChange), w.onDidChange(this.onChange), w.onDidDelete(this.onChange)];
    });
  }

  dispose(): void {
    for (const d of this.current) d.dispose();
    this.current = [];
  }
}

/**
 * Ticks the item's box in its document: `[ ]` → `[x]` on that line only, one WorkspaceEdit (one undo step). The line
 * is read again first; if the document changed since the scan, the item is looked for near its old line by its text.
 * A document that had no unsaved changes is saved, so the file holds the tick; one with unsaved changes is left for
 * its author to save.
 */
async function tick(node: ItemNode): Promise<boolean> {
  if (node.readOnly || node.item.boxColumn === undefined) return false;
  const doc = await vscode.workspace.openTextDocument(node.uri);
  if (!(await inStepWithFile(doc))) return false;
  const line = findLine(doc, node);
  if (line === undefined) return false;
  const edit = checkboxEdit(doc.lineAt(line).text, line, true);
  if (!edit) return false;
  const wasDirty = doc.isDirty;
  const we = new vscode.WorkspaceEdit();
  we.replace(
    node.uri,
    new vscode.Range(edit.range.startLine, edit.range.startColumn, edit.range.endLine, edit.range.endColumn),
    edit.newText,
    { label: 'Check off action item', needsConfirmation: false },
  );
  if (!(await vscode.workspace.applyEdit(we))) return false;
  if (!wasDirty) await doc.save();
  return true;
}

/**
 * True once a document without unsaved changes holds what its file holds: a file changed on disk reaches a loaded
 * document a moment later, and a tick made on the old text would be saved over the new. Waits for that change (with
 * a deadline), never by sleeping.
 */
async function inStepWithFile(doc: vscode.TextDocument, timeoutMs = 3000): Promise<boolean> {
  if (doc.isDirty || doc.isUntitled) return true;
  let disk: string;
  try {
    disk = new TextDecoder().decode(await vscode.workspace.fs.readFile(doc.uri));
  } catch {
    return true;
  }
  const lines = (t: string): string => (t.charCodeAt(0) === 0xfeff ? t.slice(1) : t).replace(/\r\n?/g, '\n');
  const want = lines(disk);
  const same = (): boolean => lines(doc.getText()) === want;
  if (same()) return true;
  return new Promise((resolve) => {
    const done = (ok: boolean): void => {
      clearTimeout(timer);
      sub.dispose();
      resolve(ok);
    };
    const sub = vscode.workspace.onDidChangeTextDocument((e) => {
      if (e.document === doc && same()) done(true);
    });
    const timer = setTimeout(() => done(same()), timeoutMs);
  });
}

// The line holding the item now: its scanned line if it still reads so, else the nearest open box with its text.
function findLine(doc: vscode.TextDocument, node: ItemNode): number | undefined {
  const plain = (s: string): string => s.replace(/[*_`~[\]]/g, '').replace(/\s+/g, ' ');
  const key = plain(node.item.text).slice(0, 24);
  const holds = (n: number): boolean =>
    n >= 0 &&
    n < doc.lineCount &&
    /^\s*(?:[-*+]|\d{1,9}[.)])\s+\[ \]/.test(doc.lineAt(n).text) &&
    plain(doc.lineAt(n).text).includes(key);
  if (holds(node.item.line)) return node.item.line;
  for (let d = 1; d < 200; d++) {
    if (holds(node.item.line - d)) return node.item.line - d;
    if (holds(node.item.line + d)) return node.item.line + d;
  }
  return undefined;
}
