// Test helpers for the integration suites: open fixtures, wait for events (never by sleeping), change settings and restore them.
import * as assert from 'assert';
import * as vscode from 'vscode';
import { waitForDiagnostics, waitForEvent } from '../shared/events';

export { waitForDiagnostics, waitForEvent };

const EXTENSION_ID = 'postmortem-writer.postmortem-writer';

/** What the extension's activate() returns (typed loosely so tests don't import the bundle). */
export interface Api {
  models: unknown;
  documents: unknown;
  diagnostics: unknown;
  statusBar?: { item: vscode.StatusBarItem; visible?: boolean; onDidUpdate?: vscode.Event<void> };
}

/** Activates the extension under test and returns its API. */
export async function activateExtension(): Promise<Api> {
  const ext = vscode.extensions.getExtension<Api>(EXTENSION_ID);
  assert.ok(ext, `extension ${EXTENSION_ID} is not loaded`);
  return ext.activate();
}

/** The extension's package.json. */
export function packageJson(): { contributes: Record<string, unknown> } & Record<string, unknown> {
  const ext = vscode.extensions.getExtension(EXTENSION_ID);
  assert.ok(ext, `extension ${EXTENSION_ID} is not loaded`);
  return ext.packageJSON;
}

/** The workspace folder the harness opened (a fresh copy of test/fixtures/workspace). */
export function workspaceUri(...segments: string[]): vscode.Uri {
  const folder = vscode.workspace.workspaceFolders?.[0];
  assert.ok(folder, 'no workspace folder is open');
  return vscode.Uri.joinPath(folder.uri, ...segments);
}

/** Opens a workspace file in an editor. */
export async function openFixture(name: string): Promise<vscode.TextEditor> {
  const doc = await vscode.workspace.openTextDocument(workspaceUri(name));
  return vscode.window.showTextDocument(doc);
}

let counter = 0;

/** Writes `text` to a new workspace file (a name the include globs match unless given) and opens it. */
export async function openNew(text: string, name = `scratch-${Date.now()}-${counter++}-postmortem.md`): Promise<vscode.TextEditor> {
  const uri = workspaceUri('scratch', name);
  await vscode.workspace.fs.writeFile(uri, new TextEncoder().encode(text));
  const doc = await vscode.workspace.openTextDocument(uri);
  return vscode.window.showTextDocument(doc);
}

/** The document's lines. */
export function linesOf(doc: vscode.TextDocument): string[] {
  return doc.getText().split(/\r?\n/);
}

/** Moves the cursor. */
export function placeCursor(editor: vscode.TextEditor, line: number, character = 0): void {
  editor.selection = new vscode.Selection(line, character, line, character);
}


/** Diagnostics from this extension only. */
export function ours(diagnostics: readonly vscode.Diagnostic[]): vscode.Diagnostic[] {
  return diagnostics.filter((d) => d.source === 'postmortem');
}

/** The rule id of a diagnostic ('PM001'). */
export function ruleOf(d: vscode.Diagnostic): string {
  return typeof d.code === 'object' && d.code ? String(d.code.value) : String(d.code);
}

/** Our diagnostics of one rule, waiting until there is at least one. */
export async function diagnosticsOf(uri: vscode.Uri, ruleId: string, match: RegExp = /./): Promise<vscode.Diagnostic[]> {
  const all = await waitForDiagnostics(uri, (d) => ours(d).some((x) => ruleOf(x) === ruleId && match.test(x.message)));
  return ours(all).filter((x) => ruleOf(x) === ruleId && match.test(x.message));
}

/** The code actions VS Code would show for a range (optionally of one kind). */
export async function codeActions(uri: vscode.Uri, range: vscode.Range, kind?: string): Promise<vscode.CodeAction[]> {
  const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', uri, range, kind);
  return (actions ?? []).filter((a) => a.kind === undefined || !a.kind.value.startsWith('refactor'));
}

/**
 * The first code action matching `pick`, and the titles on offer. The provider reads the diagnostics of the extension
 * host itself (VS Code passes it those intersecting the range), so one request after the diagnostics are there answers.
 */
export async function findAction(uri: vscode.Uri, range: vscode.Range, pick: (a: vscode.CodeAction) => boolean, kind?: string): Promise<{ action?: vscode.CodeAction; offered: string[] }> {
  const actions = await codeActions(uri, range, kind);
  return { action: actions.find(pick), offered: actions.map((a) => a.title) };
}

/**
 * Applies one code action's edit; fails with the titles on offer when none matches within 10 s. VS Code hands the
 * provider the diagnostics its main thread holds, which reach it after the extension host has them: until they do,
 * the request is answered without them, so it is asked again until the action is offered.
 */
export async function applyAction(uri: vscode.Uri, range: vscode.Range, pick: (a: vscode.CodeAction) => boolean, kind?: string): Promise<vscode.CodeAction> {
  const deadline = Date.now() + 10000;
  let { action, offered } = await findAction(uri, range, pick, kind);
  while (!action && Date.now() < deadline) ({ action, offered } = await findAction(uri, range, pick, kind));
  assert.ok(action, `no matching code action; offered: ${JSON.stringify(offered)}`);
  assert.ok(action.edit, `code action "${action.title}" has no edit`);
  assert.ok(await vscode.workspace.applyEdit(action.edit), `applying "${action.title}" failed`);
  return action;
}

/** Sets a global setting for the duration of `fn`, then restores it. */
export async function withSetting<T>(section: string, key: string, value: unknown, fn: () => Promise<T>, languageId?: string): Promise<T> {
  const config = vscode.workspace.getConfiguration(section, languageId ? { languageId } : undefined);
  const before = config.inspect(key)?.[languageId ? 'globalLanguageValue' : 'globalValue'];
  await config.update(key, value, vscode.ConfigurationTarget.Global, languageId ? true : undefined);
  try {
    return await fn();
  } finally {
    await vscode.workspace.getConfiguration(section, languageId ? { languageId } : undefined)
      .update(key, before, vscode.ConfigurationTarget.Global, languageId ? true : undefined);
  }
}

/** The number of open tabs in every group. */
const openTabs = (): number => vscode.window.tabGroups.all.reduce((n, g) => n + g.tabs.length, 0);

/**
 * Closes every editor (the preview too), discarding unsaved changes without asking, so that each test starts from an
 * empty window; fails when one stays open.
 */
export async function closeAllEditors(): Promise<void> {
  // Webviews (the preview) first: the preview would otherwise follow each editor that becomes active as the others
  // close, and reload for a document in another folder just before it closes.
  const webviews = vscode.window.tabGroups.all.flatMap((g) => g.tabs.filter((t) => t.input instanceof vscode.TabInputWebview));
  if (webviews.length > 0) assert.ok(await vscode.window.tabGroups.close(webviews), 'the preview did not close');
  // One editor per round: the active one, reverted then closed (no save prompt), until no tab is left. Editors left in
  // other groups (behind a closed preview's now empty group) are joined into one group first, so one is active.
  for (let tabs = openTabs(); tabs > 0; tabs = openTabs()) {
    if (!vscode.window.tabGroups.activeTabGroup.activeTab) await vscode.commands.executeCommand('workbench.action.joinAllGroups');
    const closed = waitForEvent(vscode.window.tabGroups.onDidChangeTabs, () => openTabs() < tabs,
      `an editor to close (open: ${JSON.stringify(vscode.window.tabGroups.all.flatMap((g) => g.tabs.map((t) => t.label)))})`);
    await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
    await closed;
  }
}
