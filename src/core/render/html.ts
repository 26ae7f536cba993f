// Renders a postmortem to HTML for the preview and the export: markdown-it without raw HTML, Mermaid blocks kept as source.
import MarkdownIt from 'markdown-it';

type StateBlock = MarkdownIt.StateBlock;
type StateCore = MarkdownIt.StateCore;

/** The comment standing where the generated flowchart goes. */
export const FLOWCHART_MARKER = 'postmortem:flowchart';
/** The comments around a flowchart inserted into the document. */
export const FLOWCHART_START = 'postmortem:flowchart:start';
export const FLOWCHART_END = 'postmortem:flowchart:end';
/** The comment standing where the generated gantt goes, and the comments around one inserted into the document. */
export const GANTT_MARKER = 'postmortem:gantt';
export const GANTT_START = 'postmortem:gantt:start';
export const GANTT_END = 'postmortem:gantt:end';

/** Captions of the generated diagrams, so nobody takes them for the author's own. */
export const CAPTIONS = {
  flowchart: 'Flowchart drawn from the timeline by Postmortem Writer (not part of the document)',
  gantt: 'The timeline to scale, drawn by Postmortem Writer (not part of the document)',
} as const;

/** CSS class of every Mermaid block in rendered HTML (the webview replaces each with its SVG). */
export const MERMAID_CLASS = 'pm-mermaid';

/** Attribute holding a Mermaid block's id (the webview reports each SVG under it, the export puts it back by it). */
export const DIAGRAM_ID = 'data-diagram';

/** Extras of a render for the live preview (the export leaves them out). */
export interface RenderOptions {
  /** Adds `data-line` (first source line, 0-based) to block elements, for scroll sync. */
  sourceLines?: boolean;
  /** Maps a relative (or file:) image src to the URL the page can load; undefined keeps the src. */
  imageSrc?: (src: string) => string | undefined;
  /** The generated gantt (`buildGantt`), shown under the generated flowchart; none when empty or left out. */
  gantt?: string;
}

interface Env extends RenderOptions {
  flowchart: string;
  /** Mermaid blocks numbered so far (each gets `data-diagram`, its id). */
  diagrams: number;
}

/** Renders Markdown to HTML: raw HTML is shown as text, comments are hidden, unsafe link schemes dropped. */
export type HtmlRenderer = (markdown: string, flowchart: string, options?: RenderOptions) => string;

/** Creates a renderer (one markdown-it instance, reused for every render). */
export function createRenderer(): HtmlRenderer {
  const md = new MarkdownIt({ html: false, linkify: true, typographer: false });
  md.validateLink = allowedLink;
  md.block.ruler.before('html_block', 'pm_comment', commentBlock, { alt: ['paragraph', 'reference', 'blockquote'] });
  md.core.ruler.push('pm_flowchart_top', placeFlowchart);
  md.core.ruler.push('pm_source_lines', sourceLines);
  md.renderer.rules['pm_comment'] = (tokens, idx, _options, env: Env) => {
    const meta = tokens[idx]!.meta as string;
    if (meta === FLOWCHART_MARKER) return mermaidBlock(env, env.flowchart, 'flowchart', lineOf(tokens[idx]!, env));
    if (meta === GANTT_MARKER) return mermaidBlock(env, env.gantt ?? '', 'gantt', lineOf(tokens[idx]!, env));
    return '';
  };
  const fence = md.renderer.rules.fence!;
  md.renderer.rules.fence = (tokens, idx, options, env: Env, self) => {
    const token = tokens[idx]!;
    if (token.info.trim().split(/\s+/)[0]?.toLowerCase() === 'mermaid')
      return mermaidBlock(env, token.content, undefined, lineOf(token, env));
    return fence(tokens, idx, options, env, self);
  };
  const image = md.renderer.rules.image!;
  md.renderer.rules.image = (tokens, idx, options, env: Env, self) => {
    const token = tokens[idx]!;
    const src = token.attrGet('src');
    if (env.imageSrc && src && isLocalImage(src)) {
      const mapped = env.imageSrc(src);
      if (mapped !== undefined) token.attrSet('src', mapped);
    }
    return image(tokens, idx, options, env, self);
  };
  // Task lists as GitHub renders them.
  md.core.ruler.push('pm_task_lists', taskLists);
  md.renderer.rules['pm_task_checkbox'] = (tokens, idx) =>
    `<input class="task-list-item-checkbox" type="checkbox" disabled${tokens[idx]!.meta === true ? ' checked' : ''}> `;
  return (markdown, flowchart, options = {}) =>
    md.render(markdown, { ...options, flowchart, diagrams: 0 } satisfies Env);
}

/** A task-list marker at the start of a list item's text: `[ ]`, `[x]` or `[X]` and a space (GitHub's syntax). */
const TASK_MARKER = /^\[([ xX])\][ \t]/;

/**
 * Core rule: list items starting with `[ ]` or `[x]` render as GitHub renders them: a disabled checkbox, the item
 * classed `task-list-item`, its list `contains-task-list`.
 */
function taskLists(state: StateCore): void {
  const tokens = state.tokens;
  const open: number[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i]!;
    if (token.type === 'bullet_list_open' || token.type === 'ordered_list_open') open.push(i);
    else if (token.type === 'bullet_list_close' || token.type === 'ordered_list_close') open.pop();
    if (token.type !== 'list_item_open') continue;
    const inline = tokens[i + 2];
    if (tokens[i + 1]?.type !== 'paragraph_open' || inline?.type !== 'inline') continue;
    const first = inline.children?.[0];
    const marker = first?.type === 'text' ? TASK_MARKER.exec(first.content) : null;
    if (!first || !marker) continue;
    first.content = first.content.slice(marker[0].length);
    const checkbox = new state.Token('pm_task_checkbox', 'input', 0);
    checkbox.meta = marker[1] !== ' ';
    inline.children!.unshift(checkbox);
    token.attrJoin('class', 'task-list-item');
    const list = open[open.length - 1];
    if (list !== undefined && !tokens[list]!.attrGet('class')?.includes('contains-task-list'))
      tokens[list]!.attrJoin('class', 'contains-task-list');
  }
}

/** A relative or file: image (not http(s), data: or a network path): only the host knows where it lives. */
function isLocalImage(src: string): boolean {
  const scheme = /^([a-z][a-z0-9+.-]*):/i.exec(src)?.[1]?.toLowerCase();
  return scheme === undefined ? !src.startsWith('//') : scheme === 'file';
}

/** Core rule: with `sourceLines`, every block token that opens an element gets `data-line` = its first source line. */
function sourceLines(state: StateCore): void {
  if (!(state.env as Env).sourceLines) return;
  for (const token of state.tokens) {
    if (token.map && token.nesting !== -1 && token.type !== 'inline' && token.type !== 'pm_comment') {
      token.attrSet('data-line', String(token.map[0]));
    }
  }
}

/** The `data-line` of a custom block (with `sourceLines`; the generated flowchart takes its marker's line). */
function lineOf(token: MarkdownIt.Token, env: Env): string | undefined {
  return env.sourceLines && token.map ? String(token.map[0]) : undefined;
}

/** Links may be relative or http(s)/file (what the preview's host opens); images may also be inline data. */
function allowedLink(url: string): boolean {
  const href = url.trim();
  const scheme = /^([a-z][a-z0-9+.-]*):/i.exec(href)?.[1]?.toLowerCase();
  if (scheme === undefined) return !href.startsWith('//');
  return (
    scheme === 'http' || scheme === 'https' || scheme === 'file' || /^data:image\/(?:gif|png|jpeg|webp);/i.test(href)
  );
}

/**
 * A Mermaid block as escaped source, readable even when no script runs. Each non-empty block gets an id, `data-diagram`
 * (the same for the same text in every render), by which the export pairs it with the SVG the preview drew. A
 * generated diagram stands in a figure with a caption saying it is not the author's.
 */
function mermaidBlock(
  env: Env,
  source: string,
  generated: 'flowchart' | 'gantt' | undefined,
  line: string | undefined,
): string {
  const at = line === undefined ? '' : ` data-line="${line}"`;
  if (!source.trim()) return generated ? '' : `<pre class="pm-mermaid-empty"${at}></pre>\n`;
  const pre = `<pre class="${MERMAID_CLASS}${generated ? ` pm-${generated}` : ''}" ${DIAGRAM_ID}="${env.diagrams++}"${at}>${escapeHtml(source)}</pre>\n`;
  if (!generated) return pre;
  return `<figure class="pm-generated pm-generated-${generated}">\n${pre}<figcaption class="pm-caption">${escapeHtml(CAPTIONS[generated])}</figcaption>\n</figure>\n`;
}

/** Escapes text for HTML element content and attribute values. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

/** Block rule: an HTML comment on its own line(s) becomes an invisible token (the flowchart marker a placeholder). */
function commentBlock(state: StateBlock, startLine: number, endLine: number, silent: boolean): boolean {
  const start = state.bMarks[startLine]! + state.tShift[startLine]!;
  if (state.sCount[startLine]! - state.blkIndent >= 4) return false;
  if (!state.src.startsWith('<!--', start)) return false;
  let line = startLine;
  let close = -1;
  for (; line < endLine; line++) {
    const from = line === startLine ? start + 4 : state.bMarks[line]!;
    close = state.src.indexOf('-->', from);
    if (close !== -1 && close <= state.eMarks[line]!) break;
    close = -1;
  }
  if (close === -1) return false;
  if (state.src.slice(close + 3, state.eMarks[line]).trim() !== '') return false;
  if (silent) return true;
  const token = state.push('pm_comment', '', 0);
  token.meta = state.src.slice(start + 4, close).trim();
  token.map = [startLine, line + 1];
  state.line = line + 1;
  return true;
}

/** A generated-diagram placeholder token. */
function marker(state: StateCore, meta: string): MarkdownIt.Token {
  const token = new state.Token('pm_comment', '', 0);
  token.meta = meta;
  return token;
}

/** True for a heading that names a diagram section ("Flowchart", "Diagrams", "Incident flow chart"). */
const DIAGRAM_HEADING = /\b(?:flow ?charts?|diagrams?)\b/i;

/**
 * Core rule: without a marker, the generated flowchart goes under the author's Flowchart (or Diagram) heading,
 * else right after the title (the first h1, when no section heading comes before it), else first; the gantt
 * goes right under the flowchart. A diagram inserted into the document (between its markers) replaces the
 * generated one.
 */
function placeFlowchart(state: StateCore): void {
  const tokens = state.tokens;
  const metas = new Set(tokens.filter((t) => t.type === 'pm_comment').map((t) => t.meta as string));
  const flowchartAt = (): number => {
    for (let i = 0; i < tokens.length; i++) {
      const t = tokens[i]!;
      if (t.type === 'pm_comment' && (t.meta === FLOWCHART_MARKER || t.meta === FLOWCHART_END)) return i + 1;
    }
    return -1;
  };
  if (!metas.has(FLOWCHART_MARKER) && !metas.has(FLOWCHART_START)) {
    let at = 0;
    const diagram = tokens.findIndex(
      (t, i) => t.type === 'heading_open' && DIAGRAM_HEADING.test(tokens[i + 1]?.content ?? ''),
    );
    if (diagram >= 0) at = diagram + 3;
    else {
      const title = tokens.findIndex((t) => t.type === 'heading_open');
      if (title >= 0 && tokens[title]!.tag === 'h1') at = title + 3;
    }
    tokens.splice(at, 0, marker(state, FLOWCHART_MARKER));
  }
  if (!metas.has(GANTT_MARKER) && !metas.has(GANTT_START)) {
    const after = flowchartAt();
    tokens.splice(after < 0 ? 0 : after, 0, marker(state, GANTT_MARKER));
  }
}
