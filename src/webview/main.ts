// Preview webview entry: shows the initial content from data-state, applies host updates, follows the theme, routes links.
import type { ExportedSvg, HostMessage, InitialData, PreviewContent } from '../shared/protocol';
import { Diagrams, themeOf, type MermaidApi } from './diagrams';
import { connectHost } from './host';
import { Preview } from './preview';
import { lineAt, scrollToLine } from './scroll';

const host = connectHost();
const root = document.getElementById('pm-root')!;
// The nonce this script was allowed by: the lazily added Mermaid script carries it too (the CSP allows nothing else).
const scriptNonce = (document.currentScript as HTMLScriptElement | null)?.nonce ?? '';
const diagrams = new Diagrams(loadMermaid);
diagrams.setTheme(themeOf(document.body));
const preview = new Preview(root, diagrams, (report) => host.postMessage({ type: 'rendered', ...report }));
/** The scroll position to restore once the document it belongs to is shown again (after a reload). */
let restore = host.getState();

/** Loads the Mermaid bundle (dist/webview/mermaid.js) the first time a diagram is drawn. */
function loadMermaid(): Promise<MermaidApi> {
  const page = window as unknown as { __pmMermaid?: MermaidApi };
  if (page.__pmMermaid) return Promise.resolve(page.__pmMermaid);
  return new Promise((resolve, reject) => {
    const script = document.createElement('script');
    script.nonce = scriptNonce;
    script.src = root.dataset['mermaid'] ?? '';
    script.addEventListener('load', () => (page.__pmMermaid ? resolve(page.__pmMermaid) : reject(new Error('the Mermaid bundle did not load'))));
    script.addEventListener('error', () => { script.remove(); reject(new Error('the Mermaid bundle could not be loaded')); });
    document.head.append(script);
  });
}

/** Shows content unless an equal or newer version of the same document is shown already. */
function show(content: PreviewContent): void {
  const shown = preview.content;
  if (shown && shown.uri === content.uri && shown.version >= content.version) return;
  if (shown && shown.uri !== content.uri) window.scrollTo(0, 0);
  void preview.update(content);
  if (restore?.uri === content.uri && restore.scrollY) window.scrollTo(0, restore.scrollY);
  restore = undefined;
  saveState();
}

// Applies host messages (updates for the shown document, scroll sync, export requests).
window.addEventListener('message', (event: MessageEvent<HostMessage>) => {
  const message = event.data;
  if (!message || typeof message !== 'object') return;
  if (message.type === 'update') {
    show(message);
  } else if (message.type === 'scrollTo') {
    if (preview.content?.uri === message.uri && typeof message.line === 'number') scrollToLine(root, message.line);
  } else if (message.type === 'export') {
    void preview.whenShown(message.uri, message.version).then(() => preview.svgs()).then(async ({ version, svgs }) =>
      host.postMessage({ type: 'exported', requestId: message.requestId, uri: message.uri, version, svgs: await sanitized(svgs) }));
  }
});

/** The SVGs as they may go into the exported page: sanitised by the Mermaid bundle (none when it cannot load). */
async function sanitized(svgs: ExportedSvg[]): Promise<ExportedSvg[]> {
  if (!svgs.length) return [];
  const page = window as unknown as { __pmSanitizeSvg?: (svg: string) => string };
  await loadMermaid().catch(() => undefined); // loaded already: these SVGs were drawn with it
  const clean = page.__pmSanitizeSvg;
  if (!clean) return [];
  const safe = (svg: string): string => {
    try {
      return clean(svg);
    } catch {
      return ''; // that diagram shows its source in the export; the answer still goes out
    }
  };
  return svgs.map(({ id, svg }) => ({ id, svg: safe(svg) })).filter((s) => s.svg !== '');
}

// Re-renders diagrams when VS Code switches theme (it changes the body's classes).
new MutationObserver(() => {
  if (diagrams.setTheme(themeOf(document.body))) void preview.rerender();
}).observe(document.body, { attributes: true, attributeFilter: ['class'] });

// Sends link clicks to the host, which decides what may open; in-page anchors scroll here. A link never navigates the page.
const XLINK = 'http://www.w3.org/1999/xlink';
document.addEventListener('click', onLink);
document.addEventListener('auxclick', onLink);
function onLink(event: MouseEvent): void {
  const link = (event.target as Element | null)?.closest?.('a');
  if (!link) return;
  // A Mermaid `click … href` link is an SVG <a xlink:href>: it goes through the same policy (or nowhere) as any other.
  const href = link.getAttribute('href') ?? link.getAttributeNS(XLINK, 'href');
  event.preventDefault();
  if (!href) return;
  if (href.startsWith('#')) {
    document.getElementById(decodeURIComponent(href.slice(1)))?.scrollIntoView();
    return;
  }
  host.postMessage({ type: 'openLink', href });
}

// A double-click shows that block's source line in the editor.
document.addEventListener('dblclick', (event) => {
  const line = lineAt(event.target);
  const uri = preview.content?.uri;
  if (line !== undefined && uri) host.postMessage({ type: 'revealLine', uri, line });
});

// Remembers the document, its version and the scroll position (tiny state, restored after a reload).
let scrollQueued = false;
window.addEventListener('scroll', () => {
  if (scrollQueued) return;
  scrollQueued = true;
  requestAnimationFrame(() => { scrollQueued = false; saveState(); });
});
function saveState(): void {
  const content = preview.content;
  if (content) host.setState({ uri: content.uri, version: content.version, scrollY: Math.round(window.scrollY) });
}

// Says it listens (the host answers with the latest content; what it draws from now on is reported after this), then
// a first load shows the content of data-state at once. A reload (the panel was hidden, the window reloaded, the
// document's folder changed) has saved state: data-state is then the creation-time content, so wait for the latest.
host.postMessage({ type: 'ready' });
const initial = root.dataset['state'];
if (initial && !restore) show(JSON.parse(initial) as InitialData);
