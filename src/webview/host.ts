// Talks to the extension host through the VS Code webview API (a test page provides `acquireVsCodeApi` itself).
import type { PreviewState, WebviewMessage } from '../shared/protocol';

/** The part of the VS Code webview API the preview uses. */
export interface HostBridge {
  postMessage(message: WebviewMessage): void;
  getState(): PreviewState | undefined;
  setState(state: PreviewState): void;
}

interface VsCodeApi {
  postMessage(message: unknown): void;
  getState(): unknown;
  setState(state: unknown): void;
}

declare const acquireVsCodeApi: () => VsCodeApi;

/** The VS Code API of this webview (it may be acquired only once). */
export function connectHost(): HostBridge {
  const api = acquireVsCodeApi();
  return {
    postMessage: (m) => api.postMessage(m),
    getState: () => api.getState() as PreviewState | undefined,
    setState: (s) => api.setState(s),
  };
}
