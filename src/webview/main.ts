// Preview webview entry: shows the initial content from data-state, applies host updates, follows the theme, routes links.
import type { HostMessage, InitialData } from '../shared/protocol';
import { Diagrams, themeOf } from './diagrams';
import { connectHost } from './host';
import { Preview } from './preview';

const host = connectHost();
const root = document.getElementById('pm-root')!;
const diagrams = new Diagrams();
diagrams.setTheme(themeOf(document.body));
const preview = new Preview(root, diagrams, (report) => host.postMessage({ type: 'rendered', ...report }));

// Applies host messages (updates for the shown document, export requests).
window.addEventListener('message', (event: MessageEvent<HostMessage>) => {
  const message = event.data;
  if (!message || typeof message !== 'object') return;
  if (message.type === 'update') {
    const shown = preview.content;
    if (shown && shown.uri === message.uri && shown.version > message.version) return;
    if (shown && shown.uri !== message.uri) window.scrollTo(0, 0);
    void preview.update(message);
    saveState();
  } else if (message.type === 'export') {
    void preview.svgs().then(({ version, svgs }) =>
      host.postMessage({ type: 'exported', requestId: message.requestId, uri: message.uri, version, svgs }));
  }
});

// Re-renders diagrams when VS Code switches theme (it changes the body's classes).
new MutationObserver(() => {
  if (diagrams.setTheme(themeOf(document.body))) void preview.rerender();
}).observe(document.body, { attributes: true, attributeFilter: ['class'] });

// Sends link clicks to the host, which decides what may open; in-page anchors scroll here.
document.addEventListener('click', onLink);
document.addEventListener('auxclick', onLink);
function onLink(event: MouseEvent): void {
  const link = (event.target as Element | null)?.closest?.('a');
  const href = link?.getAttribute('href');
  if (!link || !href) return;
  event.preventDefault();
  if (href.startsWith('#')) {
    document.getElementById(decodeURIComponent(href.slice(1)))?.scrollIntoView();
    return;
  }
  host.postMessage({ type: 'openLink', href });
}

// Remembers the document and scroll position (tiny state, restored after a reload).
let scrollQueued = false;
window.addEventListener('scroll', () => {
  if (scrollQueued) return;
  scrollQueued = true;
  requestAnimationFrame(() => { scrollQueued = false; saveState(); });
});
function saveState(): void {
  const uri = preview.content?.uri;
  if (uri) host.setState({ uri, scrollY: Math.round(window.scrollY) });
}

// Shows the initial content, then tells the host it's listening.
const initial = root.dataset['state'];
if (initial) {
  const data = JSON.parse(initial) as InitialData;
  const saved = host.getState();
  void preview.update(data);
  if (saved?.uri === data.uri && saved.scrollY) window.scrollTo(0, saved.scrollY);
}
host.postMessage({ type: 'ready' });
