// "Export HTML…": a self-contained page with the preview's SVGs inline; save dialog, never a silent overwrite.
import * as vscode from 'vscode';
import { trimEndOf, trimStartOf } from '../../core/parse/chars';
import type { ContentBuilder } from './content';
import { exportPage } from './exportPage';
import type { PreviewManager } from './manager';

export interface ExportDeps {
  manager: PreviewManager;
  contents: ContentBuilder;
  extensionUri: vscode.Uri;
}

/** Exports the active postmortem (or the previewed one) to `target` or where the user picks; the written uri. */
export async function exportHtml(deps: ExportDeps, target?: vscode.Uri): Promise<vscode.Uri | undefined> {
  const document = await documentToExport(deps.manager);
  if (!document) {
    void vscode.window.showInformationMessage('Postmortem: open a postmortem to export it.');
    return undefined;
  }
  const destination = target ?? await vscode.window.showSaveDialog({
    defaultUri: defaultExportUri(document, deps.contents.build(document).title),
    filters: { HTML: ['html'] },
    saveLabel: 'Export',
    title: 'Export Postmortem as HTML',
  });
  if (!destination) return undefined;
  if (target && (await exists(target)) && !(await confirmOverwrite(target))) return undefined;
  const preview = deps.manager.current?.documentUri.toString() === document.uri.toString()
    ? deps.manager.current : deps.manager.open(document, vscode.ViewColumn.Beside, true);
  if (!preview.panel.visible) {
    // A hidden webview is unloaded: show it and let it draw this version before asking for its SVGs.
    preview.panel.reveal(undefined, true);
    await deps.manager.whenRendered(document.uri.toString(), document.version).catch(() => undefined);
  }
  const rendered = await preview.requestSvgs();
  const content = deps.contents.build(document);
  if (!rendered || rendered.version !== content.version) {
    void vscode.window.showWarningMessage('Postmortem: the preview did not draw the diagrams in time; the export shows their source.');
  }
  const css = new TextDecoder().decode(await vscode.workspace.fs.readFile(vscode.Uri.joinPath(deps.extensionUri, 'media', 'preview.css')));
  const kind = vscode.window.activeColorTheme.kind;
  const page = exportPage({
    title: content.title, html: content.html, svgs: rendered?.version === content.version ? rendered.svgs : new Map(), css,
    dark: kind === vscode.ColorThemeKind.Dark || kind === vscode.ColorThemeKind.HighContrast,
  });
  await vscode.workspace.fs.writeFile(destination, new TextEncoder().encode(page));
  void confirmExport(destination);
  return destination;
}

/**
 * Where the save dialog starts: beside a saved postmortem, with its name; for an untitled one, in its workspace
 * folder (else the first), named after its title. Never the folder of whatever file was active last.
 */
export function defaultExportUri(document: vscode.TextDocument, title: string | undefined): vscode.Uri | undefined {
  if (!document.isUntitled) return document.uri.with({ path: document.uri.path.replace(/\.(md|markdown)$/i, '') + '.html' });
  const dashed = (title ?? '').normalize('NFKD').toLowerCase().replace(/[^a-z0-9]+/g, '-');
  const slug = trimEndOf(trimStartOf(dashed, '-').slice(0, 80), '-');
  const name = `${slug || document.uri.path.split('/').pop()!.replace(/\.(md|markdown)$/i, '') || 'postmortem'}.html`;
  const folder = vscode.workspace.getWorkspaceFolder(document.uri) ?? vscode.workspace.workspaceFolders?.[0];
  return folder ? vscode.Uri.joinPath(folder.uri, name) : undefined;
}

/** Says the page was written and offers to open it (in the browser on a desktop) or show it among the files. */
async function confirmExport(uri: vscode.Uri): Promise<void> {
  const name = uri.path.split('/').pop();
  const local = uri.scheme === 'file' && vscode.env.uiKind === vscode.UIKind.Desktop && !vscode.env.remoteName;
  const choice = await vscode.window.showInformationMessage(`Postmortem: exported ${name}.`, 'Open', 'Reveal');
  if (choice === 'Open') {
    if (!local || !(await vscode.env.openExternal(uri))) await vscode.commands.executeCommand('vscode.open', uri);
  } else if (choice === 'Reveal') {
    await vscode.commands.executeCommand(local ? 'revealFileInOS' : 'revealInExplorer', uri);
  }
}

async function documentToExport(manager: PreviewManager): Promise<vscode.TextDocument | undefined> {
  const active = vscode.window.activeTextEditor?.document;
  if (active?.languageId === 'markdown') return active;
  const shown = manager.current?.documentUri;
  return shown ? vscode.workspace.openTextDocument(shown) : undefined;
}

async function exists(uri: vscode.Uri): Promise<boolean> {
  try {
    await vscode.workspace.fs.stat(uri);
    return true;
  } catch {
    return false;
  }
}

async function confirmOverwrite(uri: vscode.Uri): Promise<boolean> {
  const replace = 'Replace';
  const answer = await vscode.window.showWarningMessage(`${uri.path.split('/').pop()} already exists. Replace it?`, { modal: true }, replace);
  return answer === replace;
}
