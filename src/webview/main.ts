// Preview webview entry: shows the initial content from data-state, applies host updates, follows the theme, routes links.
import {
  needsMermaid,
  type Drawing,
  type HostMessage,
  type InitialData,
  type PreviewContent,
} from '../shared/protocol';
import { Diagrams, PREVIEW_FONT, themeOf, type MermaidApi } from './diagrams';
import { exportFile, exportSvgs, type Sanitize } from './exporting';
import { connectHost } from './host';
import { readableSize } from './panzoom';
import { Preview } from './preview';
import { lineAt, scrollToLine } from './scroll';

const host = connectHost();
const root = document.getElementById('pm-root')!;
// The metrics band sits above the content (the shell has it; a page without one gets it here).
const band =
  document.getElementById('pm-band') ??
  root.insertAdjacentElement('beforebegin', Object.assign(document.createElement('div'), { id: 'pm-band' }))!;
// The nonce this script was allowed by: the lazily added Mermaid script carries it too (the CSP allows nothing else).
const scriptNonce = (document.currentScript as HTMLScriptElement | null)?.nonce ?? '';
const diagrams = new Diagrams(loadMermaid, {
  theme: themeOf(document.body),
  fontFamily: PREVIEW_FONT,
  fontSize: readableSize(),
});
/** The scroll position to restore once the document it belongs to is shown again (after a reload). */
let restore = host.getState();
let ganttHidden = !!restore?.ganttHidden;
const preview = new Preview(
  root,
  band as HTMLElement,
  diagrams,
  (drawn) => host.postMessage({ type: 'rendered', ...drawn }),
  {
    ganttHidden,
    onGanttToggle: (hidden) => {
      ganttHidden = hidden;
      saveState();
    },
    onDrawn: keepDrawings,
  },
);

/** Drawings to hand to the host once typing pauses (a reloaded or new page then shows them without waiting for Mermaid). */
const unsent = new Map<string, string>();
let sendTimer: ReturnType<typeof setTimeout> | undefined;
const SEND_DRAWINGS_MS = 1000;
function keepDrawings(drawings: Drawing[]): void {
  for (const d of drawings) unsent.set(d.key, d.svg);
  if (sendTimer) clearTimeout(sendTimer);
  sendTimer = setTimeout(() => {
    sendTimer = undefined;
    host.postMessage({ type: 'drawn', drawings: [...unsent].map(([key, svg]) => ({ key, svg })) });
    unsent.clear();
  }, SEND_DRAWINGS_MS);
}

/** Loads the Mermaid bundle (dist/webview/mermaid.js) the first time a diagram is drawn. */
function loadMermaid(): Promise<MermaidApi> {
  const page = window as unknown as { __pmMermaid?: MermaidApi };
  if (page.__pmMermaid) return Promise.resolve(page.__pmMermaid);
  return new Promise((resolve, reject) => {
    const script = document.createElement('script');
    script.nonce = scriptNonce;
    script.src = root.dataset['mermaid'] ?? '';
    script.addEventListener('load', () =>
      page.__pmMermaid ? resolve(page.__pmMermaid) : reject(new Error('the Mermaid bundle did not load')),
    );
    script.addEventListener('error', () => {
      script.remove();
      reject(new Error('the Mermaid bundle could not be loaded'));
    });
    document.head.append(script);
  });
}

/** Shows content unless an equal or newer version of the same document is shown already. */
function show(content: PreviewContent): void {
  if (content.drawings) diagrams.seed(content.drawings);
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
    void exportDiagrams(message);
  } else if (message.type === 'exportDiagram') {
    void exportDiagram(message);
  }
});

/** Answers an export of the page: every diagram of that version drawn in each theme asked for, sanitised. */
async function exportDiagrams(message: Extract<HostMessage, { type: 'export' }>): Promise<void> {
  await preview.whenShown(message.uri, message.version);
  await preview.whenSettled();
  const content = preview.content!;
  const specs = content.diagrams ?? [];
  const sanitize = specs.length ? await sanitizer() : undefined;
  const svgs = sanitize ? await exportSvgs(diagrams, specs, message.themes ?? ['light'], sanitize) : [];
  host.postMessage({
    type: 'exported',
    requestId: message.requestId,
    uri: message.uri,
    version: content.version,
    svgs,
  });
}

/** Answers an export of one diagram as an SVG or PNG file. */
async function exportDiagram(message: Extract<HostMessage, { type: 'exportDiagram' }>): Promise<void> {
  await preview.whenShown(message.uri, message.version);
  const content = preview.content!;
  const answer = {
    type: 'exportedDiagram',
    requestId: message.requestId,
    uri: message.uri,
    version: content.version,
  } as const;
  try {
    const spec = content.diagrams?.find((d) => d.id === message.id);
    if (!spec) throw new Error('the preview has no such diagram');
    const sanitize = await sanitizer();
    if (!sanitize) throw new Error('the diagram library could not be loaded');
    host.postMessage({ ...answer, data: await exportFile(diagrams, spec, message.format, sanitize) });
  } catch (e) {
    host.postMessage({ ...answer, error: e instanceof Error ? e.message : String(e) });
  }
}

/** The export's sanitiser (DOMPurify in the Mermaid bundle); undefined when the bundle cannot load. */
async function sanitizer(): Promise<Sanitize | undefined> {
  const page = window as unknown as { __pmSanitizeSvg?: Sanitize };
  await loadMermaid().catch(() => undefined);
  return page.__pmSanitizeSvg;
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
  if ((event.target as Element | null)?.closest?.('button, .pm-band')) return;
  const line = lineAt(event.target);
  const uri = preview.content?.uri;
  if (line !== undefined && uri) host.postMessage({ type: 'revealLine', uri, line });
});

// Remembers the document, its version and the scroll position (tiny state, restored after a reload).
let scrollQueued = false;
window.addEventListener('scroll', () => {
  if (scrollQueued) return;
  scrollQueued = true;
  requestAnimationFrame(() => {
    scrollQueued = false;
    saveState();
  });
});
function saveState(): void {
  const content = preview.content;
  if (content)
    host.setState({
      uri: content.uri,
      version: content.version,
      scrollY: Math.round(window.scrollY),
      ...(ganttHidden ? { ganttHidden } : {}),
    });
}

// Says it listens (the host answers with the latest content; what it draws from now on is reported after this), then
// a first load shows the content of data-state at once. A reload (the panel was hidden, the window reloaded, the
// document's folder changed) has saved state: data-state is then the creation-time content, so wait for the latest.
host.postMessage({ type: 'ready' });
const initial = root.dataset['state'];
const first = initial ? (JSON.parse(initial) as InitialData) : undefined;
// Mermaid is big: when the document has a diagram, start loading it before the text is laid out (after it, when the
// host handed over every drawing: the page is drawn without it, and Mermaid is only needed for the next edit).
const hasDiagrams = !!(first?.diagrams?.length || first?.html.includes('pm-mermaid'));
const allDrawn = !!first && !needsMermaid(first);
if (hasDiagrams && !allDrawn) diagrams.preload();
if (first && !restore) show(first);
if (hasDiagrams && allDrawn) requestAnimationFrame(() => setTimeout(() => diagrams.preload(), 0));
