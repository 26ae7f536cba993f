// Test helpers for the integration suites: open fixtures, wait for diagnostics by event (never by sleeping).
import * as assert from 'assert';
import * as vscode from 'vscode';

const EXTENSION_ID = 'postmortem-writer.postmortem-writer';

/** Activates the extension under test and returns its API. */
export async function activateExtension(): Promise<{ models: unknown; documents: unknown; diagnostics: unknown }> {
  const ext = vscode.extensions.getExtension(EXTENSION_ID);
  assert.ok(ext, `extension ${EXTENSION_ID} is not loaded`);
  return ext.activate();
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

/** Resolves with the document's diagnostics once `predicate` holds; rejects with what was seen after `timeoutMs`. */
export function waitForDiagnostics(
  uri: vscode.Uri,
  predicate: (diagnostics: readonly vscode.Diagnostic[]) => boolean,
  timeoutMs = 15000,
): Promise<readonly vscode.Diagnostic[]> {
  const current = vscode.languages.getDiagnostics(uri);
  if (predicate(current)) return Promise.resolve(current);
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      sub.dispose();
      const seen = vscode.languages.getDiagnostics(uri).map((d) => d.message);
      reject(new Error(`diagnostics for ${uri.path} never matched within ${timeoutMs} ms; they are: ${JSON.stringify(seen)}`));
    }, timeoutMs);
    const sub = vscode.languages.onDidChangeDiagnostics((e) => {
      if (!e.uris.some((u) => u.toString() === uri.toString())) return;
      const diagnostics = vscode.languages.getDiagnostics(uri);
      if (predicate(diagnostics)) {
        clearTimeout(timer);
        sub.dispose();
        resolve(diagnostics);
      }
    });
  });
}

/** Diagnostics from this extension only. */
export function ours(diagnostics: readonly vscode.Diagnostic[]): vscode.Diagnostic[] {
  return diagnostics.filter((d) => d.source === 'postmortem');
}

/** The rule id of a diagnostic ('PM001'). */
export function ruleOf(d: vscode.Diagnostic): string {
  return typeof d.code === 'object' && d.code ? String(d.code.value) : String(d.code);
}
