// The typed messages between the extension host and the preview webview (both directions), and the webview's state.

/** What the preview shows: one document at one version. */
export interface PreviewContent {
  /** The document's uri (string form); messages about another document are ignored. */
  uri: string;
  version: number;
  /** Rendered by the host with raw HTML disabled; Mermaid blocks are `<pre class="pm-mermaid">` source. */
  html: string;
  title: string;
}

/** Host → webview. */
export type HostMessage =
  | ({ type: 'update' } & PreviewContent)
  /** Asks for the SVG of every Mermaid block of `version`, in document order, once rendered. */
  | { type: 'export'; requestId: number; uri: string; version: number };

/** What one render produced, reported after every render (tests and export wait for it). */
export interface RenderReport {
  uri: string;
  version: number;
  /** `svg .node` count of each Mermaid block, in order (0 for a block that failed). */
  nodeCounts: number[];
  /** Nodes of the generated flowchart (-1 when there is none). */
  flowchartNodes: number;
  svgCount: number;
  errors: string[];
  ms: number;
}

/** Webview → host. */
export type WebviewMessage =
  | { type: 'ready' }
  | ({ type: 'rendered' } & RenderReport)
  | { type: 'openLink'; href: string }
  | { type: 'exported'; requestId: number; uri: string; version: number; svgs: Array<string | null> };

/** What the webview keeps with `setState` (tiny: the serializer reopens the document from it). */
export interface PreviewState {
  uri: string;
  scrollY?: number;
}

/** The `data-state` attribute of the preview root: first content to show without a round trip. */
export type InitialData = PreviewContent;

/** Narrows an unknown message from the webview (messages are untrusted input). */
export function isWebviewMessage(value: unknown): value is WebviewMessage {
  if (typeof value !== 'object' || value === null) return false;
  const m = value as { type?: unknown; href?: unknown; uri?: unknown; version?: unknown; requestId?: unknown; svgs?: unknown };
  switch (m.type) {
    case 'ready': return true;
    case 'openLink': return typeof m.href === 'string';
    case 'rendered': return typeof m.uri === 'string' && typeof m.version === 'number';
    case 'exported': return typeof m.requestId === 'number' && Array.isArray(m.svgs);
    default: return false;
  }
}
