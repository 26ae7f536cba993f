// Builds the preview's HTML shell: strict CSP with a nonce, the bundle and stylesheet, initial content in an escaped data-* attribute.
import { escapeHtml as escapeAttribute } from '../../core/index';
import { needsMermaid, type InitialData } from '../../shared/protocol';

export interface ShellOptions {
  /** `webview.cspSource`. */
  cspSource: string;
  /** A fresh random nonce (base64/hex) for this HTML. */
  nonce: string;
  scriptUri: string;
  /** The Mermaid bundle, loaded by the preview script (with the same nonce) only when a diagram is shown. */
  mermaidUri: string;
  styleUri: string;
  initial: InitialData;
}

/** The Content-Security-Policy of the preview (VS Code's own preview policy; styles inline for Mermaid). */
export function previewCsp(cspSource: string, nonce: string): string {
  return [
    "default-src 'none'",
    `script-src 'nonce-${nonce}'`,
    `style-src ${cspSource} 'unsafe-inline'`,
    `img-src ${cspSource} https: data:`,
    `font-src ${cspSource}`,
  ].join('; ');
}

/** The whole webview document; nothing from the postmortem is interpolated outside escaped attributes. */
export function previewShell(o: ShellOptions): string {
  return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="UTF-8">
<meta http-equiv="Content-Security-Policy" content="${escapeAttribute(previewCsp(o.cspSource, o.nonce))}">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<link rel="stylesheet" href="${escapeAttribute(o.styleUri)}">${
    needsMermaid(o.initial)
      ? // Mermaid is big: its download starts with the page's when a diagram will need it (the script is added later).
        `\n<link rel="preload" href="${escapeAttribute(o.mermaidUri)}" as="script" nonce="${escapeAttribute(o.nonce)}">`
      : ''
  }
<title>${escapeAttribute(o.initial.title)}</title>
</head>
<body>
<div id="pm-band" hidden></div>
<main id="pm-root" data-state="${escapeAttribute(JSON.stringify(o.initial))}" data-mermaid="${escapeAttribute(o.mermaidUri)}"></main>
<script nonce="${escapeAttribute(o.nonce)}" src="${escapeAttribute(o.scriptUri)}"></script>
</body>
</html>
`;
}
