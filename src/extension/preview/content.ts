// Builds what the preview shows for a document version: the cached parse, its story (diagrams, metrics), the rendered HTML.
import * as vscode from 'vscode';
import { createRenderer, type HtmlRenderer } from '../../core/index';
import type { PreviewContent } from '../../shared/protocol';
import type { ModelCache } from '../models';
import { composeContent } from './compose';
import { storyOf } from './story';

/** How the live preview differs from the export: source lines for scroll sync, images through the webview. */
export interface WebviewTarget {
  asWebviewUri(uri: vscode.Uri): vscode.Uri;
}

/** Renders documents for the preview and the export (memoised on the last uri + version of each). */
export class ContentBuilder {
  private readonly render: HtmlRenderer = createRenderer();
  private last: { key: string; content: PreviewContent } | undefined;
  private lastLive: { key: string; content: PreviewContent } | undefined;

  constructor(private readonly models: ModelCache) {}

  /** The content of the document at its current version: plain for the export, or for the live preview in `webview`. */
  build(document: vscode.TextDocument, webview?: WebviewTarget): PreviewContent {
    const key = `${document.uri.toString()}@${document.version}`;
    const memo = webview ? this.lastLive : this.last;
    if (memo?.key === key) return memo.content;
    const model = this.models.get(document).model;
    const options = webview
      ? { sourceLines: true, imageSrc: (src: string) => imageUri(document.uri, src, webview) }
      : {};
    const content = composeContent({
      uri: document.uri.toString(),
      version: document.version,
      title: model.title ?? basename(document.uri),
      text: document.getText(),
      model,
      story: storyOf(model),
      render: this.render,
      options,
    });
    if (webview) this.lastLive = { key, content };
    else this.last = { key, content };
    return content;
  }
}

/** The webview URI of an image written relative to the document (or as file:), as VS Code's Markdown preview resolves it. */
export function imageUri(base: vscode.Uri, src: string, webview: WebviewTarget): string | undefined {
  try {
    if (/^file:/i.test(src)) return webview.asWebviewUri(vscode.Uri.parse(src, true)).toString();
    const end = src.search(/[?#]/);
    const path = end === -1 ? src : src.slice(0, end);
    if (!path) return undefined;
    const decoded = decodeURIComponent(path);
    const root = vscode.workspace.getWorkspaceFolder(base)?.uri;
    const uri =
      decoded.startsWith('/') && root ? vscode.Uri.joinPath(root, decoded) : vscode.Uri.joinPath(base, '..', decoded);
    return webview.asWebviewUri(uri).toString() + (end === -1 ? '' : src.slice(end));
  } catch {
    return undefined;
  }
}

/** The folder the preview may load a document's images from: its workspace folder, else its own folder. */
export function documentRoot(uri: vscode.Uri): vscode.Uri | undefined {
  const folder = vscode.workspace.getWorkspaceFolder(uri);
  if (folder) return folder.uri;
  if (uri.scheme === 'untitled') return undefined;
  return vscode.Uri.joinPath(uri, '..');
}

/** The file name of a uri. */
export function basename(uri: vscode.Uri): string {
  return uri.path.split('/').pop() || uri.path;
}
