// Talks to the extension host, or (outside VS Code: tests, bench) to whatever page loaded the preview.
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

declare const acquireVsCodeApi: (() => VsCodeApi) | undefined;

/**
 * The VS Code API when inside a webview; else a stand-in posting to `window.__pmPost` and a `pm:post` event, keeping its
 * state in sessionStorage (which, like VS Code's webview state, outlives a reload of the page).
 */
export function connectHost(): HostBridge {
  if (typeof acquireVsCodeApi === 'function') {
    const api = acquireVsCodeApi();
    return {
      postMessage: (m) => api.postMessage(m),
      getState: () => api.getState() as PreviewState | undefined,
      setState: (s) => api.setState(s),
    };
  }
  const page = window as unknown as { __pmPost?: (m: WebviewMessage) => void };
  const key = 'pm:state';
  return {
    postMessage: (m) => {
      page.__pmPost?.(m);
      window.dispatchEvent(new CustomEvent('pm:post', { detail: m }));
    },
    getState: () => {
      const saved = sessionStorage.getItem(key);
      return saved ? JSON.parse(saved) as PreviewState : undefined;
    },
    setState: (s) => sessionStorage.setItem(key, JSON.stringify(s)),
  };
}
