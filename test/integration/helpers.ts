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
  customTemplates: { reload(): Promise<unknown[]> };
  statusBar?: { item: vscode.StatusBarItem; visible?: boolean; onDidUpdate?: vscode.Event<void> };
}

/**
 * Activates the extension under test and returns its API, once the `.postmortem.json` files read at activation are in
 * use (their arrival re-checks every open document: a test must not start while that is still to come).
 */
export async function activateExtension(): Promise<Api> {
  const ext = vscode.extensions.getExtension<Api>(EXTENSION_ID);
  assert.ok(ext, `extension ${EXTENSION_ID} is not loaded`);
  const api = await ext.activate();
  await api.customTemplates.reload();
  return api;
}

/** The extension's package.json. */
export function packageJson(): { contributes: Record<string, unknown> } & Record<string, unknown> {
  const ext = vscode.extensions.getExtension(EXTENSION_ID);
  assert.ok(ext, `extension ${EXTENSION_ID} is not loaded`);
  return ext.packageJSON as { contributes: Record<string, unknown> } & Record<string, unknown>;
}

/** A status bar item's tooltip as text (a string or a Markdown string). */
export function tooltipText(tooltip: string | vscode.MarkdownString | undefined): string {
  return typeof tooltip === 'string' ? tooltip : (tooltip?.value ?? '');
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
export async function openNew(
  text: string,
  name = `scratch-${Date.now()}-${counter++}-postmortem.md`,
): Promise<vscode.TextEditor> {
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
export async function diagnosticsOf(
  uri: vscode.Uri,
  ruleId: string,
  match: RegExp = /./,
): Promise<vscode.Diagnostic[]> {
  const all = await waitForDiagnostics(uri, (d) => ours(d).some((x) => ruleOf(x) === ruleId && match.test(x.message)));
  return ours(all).filter((x) => ruleOf(x) === ruleId && match.test(x.message));
}

/** The code actions VS Code would show for a range (optionally of one kind). */
export async function codeActions(uri: vscode.Uri, range: vscode.Range, kind?: string): Promise<vscode.CodeAction[]> {
  const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>(
    'vscode.executeCodeActionProvider',
    uri,
    range,
    kind,
  );
  return (actions ?? []).filter((a) => a.kind === undefined || !a.kind.value.startsWith('refactor'));
}

/**
 * The first code action matching `pick`, and the titles on offer. The provider reads the diagnostics of the extension
 * host itself, but VS Code drops an answer when the document changed while it was asked (a request made just after
 * the document opened can come back empty): ask again until the action is offered, for up to 10 s.
 */
export async function findAction(
  uri: vscode.Uri,
  range: vscode.Range,
  pick: (a: vscode.CodeAction) => boolean,
  kind?: string,
): Promise<{ action?: vscode.CodeAction; offered: string[] }> {
  const deadline = Date.now() + 10000;
  for (;;) {
    const actions = await codeActions(uri, range, kind);
    const action = actions.find(pick);
    if (action || Date.now() > deadline) return { action, offered: actions.map((a) => a.title) };
  }
}

/** Applies one code action's edit; fails with the titles on offer (and the diagnostics) when none is offered in 10 s. */
export async function applyAction(
  uri: vscode.Uri,
  range: vscode.Range,
  pick: (a: vscode.CodeAction) => boolean,
  kind?: string,
): Promise<vscode.CodeAction> {
  const { action, offered } = await findAction(uri, range, pick, kind);
  assert.ok(
    action,
    `no matching code action; offered: ${JSON.stringify(offered)}; the document's diagnostics: ${JSON.stringify(
      vscode.languages.getDiagnostics(uri).map((d) => `${d.range.start.line}: ${d.message}`),
    )}`,
  );
  assert.ok(action.edit, `code action "${action.title}" has no edit`);
  assert.ok(await vscode.workspace.applyEdit(action.edit), `applying "${action.title}" failed`);
  return action;
}

/** Sets a global setting for the duration of `fn`, then restores it. */
export async function withSetting<T>(
  section: string,
  key: string,
  value: unknown,
  fn: () => Promise<T>,
  languageId?: string,
): Promise<T> {
  const config = vscode.workspace.getConfiguration(section, languageId ? { languageId } : undefined);
  const before = config.inspect(key)?.[languageId ? 'globalLanguageValue' : 'globalValue'];
  await config.update(key, value, vscode.ConfigurationTarget.Global, languageId ? true : undefined);
  try {
    return await fn();
  } finally {
    await vscode.workspace
      .getConfiguration(section, languageId ? { languageId } : undefined)
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
  const webviews = vscode.window.tabGroups.all.flatMap((g) =>
    g.tabs.filter((t) => t.input instanceof vscode.TabInputWebview),
  );
  if (webviews.length > 0) assert.ok(await vscode.window.tabGroups.close(webviews), 'the preview did not close');
  // Tabs with nothing unsaved (pages such as the walkthrough, saved or deleted files) close as tabs, without a prompt.
  // Each unsaved editor is shown, so that it is the active one, then reverted and closed (no save prompt).
  for (let tabs = openTabs(); tabs > 0; tabs = openTabs()) {
    const all = vscode.window.tabGroups.all.flatMap((g) => g.tabs);
    const clean = all.filter((t) => !t.isDirty);
    if (clean.length > 0) {
      assert.ok(
        await vscode.window.tabGroups.close(clean),
        `these did not close: ${JSON.stringify(clean.map((t) => t.label))}`,
      );
      continue;
    }
    const tab = all[0]!;
    assert.ok(tab.input instanceof vscode.TabInputText, `an unsaved tab that is not a text editor: ${tab.label}`);
    const closed = waitForEvent(
      vscode.window.tabGroups.onDidChangeTabs,
      () => openTabs() < tabs,
      `an editor to close (open: ${JSON.stringify(all.map((t) => t.label))})`,
    );
    await vscode.window.showTextDocument(tab.input.uri, {
      viewColumn: tab.group.viewColumn,
      preserveFocus: false,
      preview: false,
    });
    await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
    await closed;
  }
}
