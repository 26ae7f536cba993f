// Opens a link clicked in the preview, by the link policy: http(s) in the browser, files and relative paths in the editor.
import * as vscode from 'vscode';
import { classifyLink } from './linkPolicy';

/** Opens `href` from the document at `base`; false when the link is refused. */
export async function openLink(href: string, base: vscode.Uri): Promise<boolean> {
  const target = classifyLink(href);
  switch (target.kind) {
    case 'external':
      return vscode.env.openExternal(vscode.Uri.parse(target.href, true));
    case 'file':
      await vscode.commands.executeCommand('vscode.open', vscode.Uri.parse(target.href, true));
      return true;
    case 'relative': {
      const root = vscode.workspace.getWorkspaceFolder(base)?.uri;
      const uri =
        target.path.startsWith('/') && root
          ? vscode.Uri.joinPath(root, target.path)
          : vscode.Uri.joinPath(base, '..', target.path);
      await vscode.commands.executeCommand('vscode.open', uri);
      return true;
    }
    case 'blocked':
      void vscode.window.showWarningMessage(`Postmortem preview: links with "${target.scheme}:" are not opened.`);
      return false;
  }
}
