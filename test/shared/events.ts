// Event waits shared by the Node and web-worker suites (no Node imports): resolve on the event, fail at a deadline.
import * as vscode from 'vscode';

/** Resolves when `event` fires with a value satisfying `predicate`; rejects with `what` after `timeoutMs` (a deadline, not a sleep). */
export function waitForEvent<T>(
  event: vscode.Event<T>,
  predicate: (value: T) => boolean,
  what: string,
  timeoutMs = 15000,
): Promise<T> {
  return new Promise((resolve, reject) => {
    const deadline = setTimeout(() => {
      sub.dispose();
      reject(new Error(`timed out after ${timeoutMs} ms waiting for ${what}`));
    }, timeoutMs);
    const sub = event((v) => {
      if (!predicate(v)) return;
      clearTimeout(deadline);
      sub.dispose();
      resolve(v);
    });
  });
}

/** Resolves with the document's diagnostics once `predicate` holds; rejects with what was seen after `timeoutMs`. */
export async function waitForDiagnostics(
  uri: vscode.Uri,
  predicate: (diagnostics: readonly vscode.Diagnostic[]) => boolean,
  timeoutMs = 15000,
): Promise<readonly vscode.Diagnostic[]> {
  const current = vscode.languages.getDiagnostics(uri);
  if (predicate(current)) return current;
  const key = uri.toString();
  try {
    await waitForEvent(
      vscode.languages.onDidChangeDiagnostics,
      (e) => e.uris.some((u) => u.toString() === key) && predicate(vscode.languages.getDiagnostics(uri)),
      `diagnostics of ${uri.path}`,
      timeoutMs,
    );
  } catch {
    const seen = vscode.languages.getDiagnostics(uri).map((d) => d.message);
    throw new Error(
      `diagnostics for ${uri.path} never matched within ${timeoutMs} ms; they are: ${JSON.stringify(seen)}`,
    );
  }
  return vscode.languages.getDiagnostics(uri);
}
