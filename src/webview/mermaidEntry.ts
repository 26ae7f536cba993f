// Mermaid bundle entry (dist/webview/mermaid.js): the preview adds this script, with its nonce, only when a diagram is shown.
import mermaid from 'mermaid';
import { sanitizeSvg } from './sanitize';

const page = window as unknown as { __pmMermaid?: typeof mermaid; __pmSanitizeSvg?: typeof sanitizeSvg };
page.__pmMermaid = mermaid;
// The export's sanitiser rides along: it needs DOMPurify, which Mermaid brings anyway.
page.__pmSanitizeSvg = sanitizeSvg;
