// Mermaid bundle entry (dist/webview/mermaid.js): the preview adds this script, with its nonce, only when a diagram is shown.
import mermaid from 'mermaid';

(window as unknown as { __pmMermaid?: typeof mermaid }).__pmMermaid = mermaid;
