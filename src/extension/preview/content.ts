// Builds what the preview shows for a document version: the cached parse, its flowchart, the rendered HTML.
import * as vscode from 'vscode';
import { buildFlowchart } from '../../core/flowchart';
import { createRenderer, type HtmlRenderer } from '../../core/render';
import type { PreviewContent } from '../../shared/protocol';
import type { ModelCache } from '../models';

/** Renders documents for the preview and the export (memoised on the last uri + version). */
export class ContentBuilder {
  private readonly render: HtmlRenderer = createRenderer();
  private last: { key: string; content: PreviewContent } | undefined;

  constructor(private readonly models: ModelCache) {}

  /** The preview content of the document at its current version. */
  build(document: vscode.TextDocument): PreviewContent {
    const key = `${document.uri.toString()}@${document.version}`;
    if (this.last?.key === key) return this.last.content;
    const model = this.models.get(document).document;
    const flowchart = buildFlowchart(model);
    const content: PreviewContent = {
      uri: document.uri.toString(),
      version: document.version,
      html: this.render(document.getText(), flowchart),
      title: model.title ?? basename(document.uri),
    };
    this.last = { key, content };
    return content;
  }
}

/** The file name of a uri. */
export function basename(uri: vscode.Uri): string {
  return uri.path.split('/').pop() || uri.path;
}
