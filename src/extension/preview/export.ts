// "Export HTML…": a self-contained page with the preview's SVGs inline; save dialog, never a silent overwrite.
import * as vscode from 'vscode';
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
    defaultUri: document.isUntitled ? undefined : document.uri.with({ path: document.uri.path.replace(/\.(md|markdown)$/i, '') + '.html' }),
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
  return destination;
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
