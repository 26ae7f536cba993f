// Where an export is written: the file picked in a save dialog (which itself asks before replacing one), or a given
// target, after asking the user when it exists. An export never replaces a file silently.
import * as vscode from 'vscode';

/** Asks the user things (and tells listeners it asked: tests answer through the quick input's own commands). */
export class Questions implements vscode.Disposable {
  private readonly emitter = new vscode.EventEmitter<string>();
  /** Fires with the question's title once it is on screen. */
  readonly onDidAsk = this.emitter.event;

  /** Asks whether to replace `uri`: true only when the user picks Replace (Escape or the other item keep the file). */
  confirmReplace(uri: vscode.Uri): Promise<boolean> {
    const name = uri.path.split('/').pop() || uri.path;
    const pick = vscode.window.createQuickPick();
    const replace: vscode.QuickPickItem = { label: 'Replace', description: name };
    pick.title = `${name} already exists`;
    pick.placeholder = `Replace ${name}? (Escape keeps it)`;
    pick.items = [replace, { label: 'Keep the existing file' }];
    pick.ignoreFocusOut = true;
    return new Promise((resolve) => {
      let answer = false;
      pick.onDidAccept(() => {
        answer = pick.selectedItems[0] === replace;
        pick.hide();
      });
      pick.onDidHide(() => {
        pick.dispose();
        resolve(answer);
      });
      pick.show();
      this.emitter.fire(pick.title!);
    });
  }

  dispose(): void {
    this.emitter.dispose();
  }
}

export interface TargetOptions {
  /** A target given by the caller (a command argument): asked about when it exists. */
  target?: vscode.Uri;
  /** What the save dialog proposes. */
  defaultUri?: vscode.Uri;
  filters: Record<string, string[]>;
  title: string;
}

/** The file to write, or undefined when the user cancelled (or keeps an existing target). */
export async function saveTarget(questions: Questions, o: TargetOptions): Promise<vscode.Uri | undefined> {
  if (o.target) return (await exists(o.target)) && !(await questions.confirmReplace(o.target)) ? undefined : o.target;
  // The save dialog asks before replacing an existing file itself (the desktop's and VS Code's own dialogs both do).
  return vscode.window.showSaveDialog({
    ...(o.defaultUri ? { defaultUri: o.defaultUri } : {}),
    filters: o.filters,
    saveLabel: 'Export',
    title: o.title,
  });
}

/** A file beside `document` with its name and `suffix` (undefined for an untitled document). */
export function besideDocument(document: vscode.TextDocument, suffix: string): vscode.Uri | undefined {
  if (document.isUntitled) return undefined;
  return document.uri.with({ path: document.uri.path.replace(/\.(md|markdown)$/i, '') + suffix });
}

async function exists(uri: vscode.Uri): Promise<boolean> {
  try {
    await vscode.workspace.fs.stat(uri);
    return true;
  } catch {
    return false;
  }
}
