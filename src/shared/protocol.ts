// The typed messages between the extension host and the preview webview (both directions), and the webview's state.

/** What the preview shows: one document at one version. */
export interface PreviewContent {
  /** The document's uri (string form); messages about another document are ignored. */
  uri: string;
  version: number;
  /**
   * Rendered by the host with raw HTML disabled; Mermaid blocks are `<pre class="pm-mermaid">` source, block elements
   * carry `data-line` (their first source line), relative images point at webview resource URIs.
   */
  html: string;
  title: string;
}

/** Host → webview. */
export type HostMessage =
  | ({ type: 'update' } & PreviewContent)
  /** Asks for the SVG of every Mermaid block of `version`, in document order, once rendered. */
  | { type: 'export'; requestId: number; uri: string; version: number }
  /** Scrolls so that source line `line` (0-based, may be fractional) is at the top, as the editor shows it. */
  | { type: 'scrollTo'; uri: string; line: number };

/** The webview drew this version (diagrams included); the export waits for it before asking for the SVGs. */
export interface RenderReport {
  uri: string;
  version: number;
}

/** Webview → host. */
export type WebviewMessage =
  /** The page (re)loaded and listens: the host answers with the latest content. */
  | { type: 'ready' }
  | ({ type: 'rendered' } & RenderReport)
  | { type: 'openLink'; href: string }
  /** A double-click on the block starting at source line `line`: reveal it in the editor. */
  | { type: 'revealLine'; uri: string; line: number }
  | { type: 'exported'; requestId: number; uri: string; version: number; svgs: ExportedSvg[] };

/** A drawn diagram for the export, sanitised, under the id (`data-diagram`) of the Mermaid block it was drawn from. */
export interface ExportedSvg {
  id: string;
  svg: string;
}

/** What the webview keeps with `setState` (tiny: the serializer reopens the document from it). */
export interface PreviewState {
  uri: string;
  /** The version shown when the state was saved. */
  version?: number;
  scrollY?: number;
}

/** The `data-state` attribute of the preview root: first content to show without a round trip. */
export type InitialData = PreviewContent;

const isLine = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v) && v >= 0;

/** Narrows an unknown message from the webview (messages are untrusted input). */
export function isWebviewMessage(value: unknown): value is WebviewMessage {
  if (typeof value !== 'object' || value === null) return false;
  const m = value as { type?: unknown; href?: unknown; uri?: unknown; version?: unknown; requestId?: unknown; svgs?: unknown;
    line?: unknown };
  switch (m.type) {
    case 'ready': return true;
    case 'openLink': return typeof m.href === 'string';
    case 'rendered': return typeof m.uri === 'string' && typeof m.version === 'number';
    case 'revealLine': return typeof m.uri === 'string' && isLine(m.line) && Number.isInteger(m.line);
    case 'exported': return typeof m.requestId === 'number' && Array.isArray(m.svgs);
    default: return false;
  }
}
