// "Export HTML…" and "Export Diagram as SVG…/PNG…": files drawn by the preview; a save dialog, never a silent overwrite.
import * as vscode from 'vscode';
import { trimEndOf, trimStartOf } from '../../core/parse/chars';
import type { DiagramSpec } from '../../shared/protocol';
import type { ContentBuilder } from './content';
import { exportPage } from './exportPage';
import type { PreviewManager } from './manager';
import type { PreviewPanel } from './panel';
import { besideDocument, saveTarget, type Questions } from './saveTarget';

export interface ExportDeps {
  manager: PreviewManager;
  contents: ContentBuilder;
  extensionUri: vscode.Uri;
  questions: Questions;
}

/** Exports the active postmortem (or the previewed one) to `target` or where the user picks; the written uri. */
export async function exportHtml(deps: ExportDeps, target?: vscode.Uri): Promise<vscode.Uri | undefined> {
  const document = await documentToExport(deps.manager);
  if (!document) {
    void vscode.window.showInformationMessage('Postmortem: open a postmortem to export it.');
    return undefined;
  }
  const destination = await saveTarget(deps.questions, {
    ...(target ? { target } : {}),
    defaultUri: defaultExportUri(document, deps.contents.build(document).title),
    filters: { HTML: ['html'] },
    title: 'Export Postmortem as HTML',
  });
  if (!destination) return undefined;
  // The page is light and turns dark with its reader's system: every diagram is drawn for both (a new preview loads
  // Mermaid first, which can take a while: say so).
  const rendered = await vscode.window.withProgress(
    { location: vscode.ProgressLocation.Notification, title: 'Postmortem: drawing the diagrams for the export…' },
    async () => (await drawnPreview(deps.manager, document)).requestSvgs(['light', 'dark']),
  );
  const content = deps.contents.build(document);
  if (!rendered || rendered.version !== content.version) {
    void vscode.window.showWarningMessage(
      'Postmortem: the preview did not draw the diagrams in time; the export shows their source.',
    );
  }
  const css = new TextDecoder().decode(
    await vscode.workspace.fs.readFile(vscode.Uri.joinPath(deps.extensionUri, 'media', 'preview.css')),
  );
  const page = exportPage({
    title: content.title,
    html: content.html,
    svgs: rendered?.version === content.version ? rendered.svgs : new Map(),
    css,
    diagrams: content.diagrams,
    ...(content.metrics ? { metrics: content.metrics } : {}),
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
  if (!document.isUntitled)
    return document.uri.with({ path: document.uri.path.replace(/\.(md|markdown)$/i, '') + '.html' });
  const dashed = (title ?? '')
    .normalize('NFKD')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-');
  const slug = trimEndOf(trimStartOf(dashed, '-').slice(0, 80), '-');
  const name = `${
    slug ||
    document.uri.path
      .split('/')
      .pop()!
      .replace(/\.(md|markdown)$/i, '') ||
    'postmortem'
  }.html`;
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

/** What a diagram command gets from the preview's context menu (`data-vscode-context`), or from a caller. */
interface DiagramContext {
  diagramId?: unknown;
}

/** Exports one diagram of the postmortem as an SVG or PNG file; the written uri. */
export async function exportDiagram(
  deps: ExportDeps,
  format: 'svg' | 'png',
  context?: unknown,
  target?: vscode.Uri,
): Promise<vscode.Uri | undefined> {
  const document = await documentToExport(deps.manager);
  if (!document) {
    void vscode.window.showInformationMessage('Postmortem: open a postmortem to export its diagrams.');
    return undefined;
  }
  const diagrams = deps.contents.build(document).diagrams;
  const asked = (context as DiagramContext | undefined)?.diagramId;
  const spec = typeof asked === 'string' ? diagrams.find((d) => d.id === asked) : await pickDiagram(diagrams);
  if (!spec) {
    if (!diagrams.length)
      void vscode.window.showInformationMessage('Postmortem: this postmortem has no diagram to export.');
    return undefined;
  }
  const label = format.toUpperCase();
  const destination = await saveTarget(deps.questions, {
    ...(target ? { target } : {}),
    defaultUri: besideDocument(document, `-${fileSuffix(spec, diagrams)}.${format}`),
    filters: { [label]: [format] },
    title: `Export Diagram as ${label}`,
  });
  if (!destination) return undefined;
  const preview = await drawnPreview(deps.manager, document);
  const drawn = await preview.requestDiagram(spec.id, format);
  if (!drawn?.data) {
    void vscode.window.showErrorMessage(
      `Postmortem: the diagram could not be exported as ${label}: ${drawn?.error ?? 'the preview did not answer'}.`,
    );
    return undefined;
  }
  const bytes =
    format === 'svg' ? new TextEncoder().encode(drawn.data) : Uint8Array.from(atob(drawn.data), (c) => c.charCodeAt(0));
  await vscode.workspace.fs.writeFile(destination, bytes);
  return destination;
}

/** The preview showing `document`, visible and drawn (a hidden webview is unloaded and could not answer). */
async function drawnPreview(manager: PreviewManager, document: vscode.TextDocument): Promise<PreviewPanel> {
  const preview =
    manager.current?.documentUri.toString() === document.uri.toString()
      ? manager.current
      : manager.open(document, vscode.ViewColumn.Beside, true);
  if (!preview.panel.visible) {
    preview.panel.reveal(undefined, true);
    await manager.whenRendered(document.uri.toString(), document.version).catch(() => undefined);
  }
  return preview;
}

async function documentToExport(manager: PreviewManager): Promise<vscode.TextDocument | undefined> {
  const active = vscode.window.activeTextEditor?.document;
  if (active?.languageId === 'markdown') return active;
  const shown = manager.current?.documentUri;
  return shown ? vscode.workspace.openTextDocument(shown) : undefined;
}

/** A diagram's name for people: the picker's label and the file name's suffix. */
function describe(spec: DiagramSpec, all: readonly DiagramSpec[]): { label: string; suffix: string } {
  if (spec.kind === 'flowchart') return { label: 'Incident flowchart', suffix: 'flowchart' };
  if (spec.kind === 'gantt') return { label: 'Time-scaled view (gantt)', suffix: 'timeline' };
  const n = all.filter((d) => d.kind === 'author').indexOf(spec) + 1;
  return { label: `Diagram ${n}`, suffix: `diagram-${n}` };
}

function fileSuffix(spec: DiagramSpec, all: readonly DiagramSpec[]): string {
  return describe(spec, all).suffix;
}

/** The only diagram, or the one the user picks. */
async function pickDiagram(diagrams: readonly DiagramSpec[]): Promise<DiagramSpec | undefined> {
  if (diagrams.length <= 1) return diagrams[0];
  const items = diagrams.map((spec) => ({
    label: describe(spec, diagrams).label,
    detail: spec.source.trim().split('\n')[0],
    spec,
  }));
  return (await vscode.window.showQuickPick(items, { title: 'Export which diagram?' }))?.spec;
}
