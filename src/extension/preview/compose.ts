// Composes what the preview shows from a document's text, model and story: the rendered HTML with the time-scaled view
// placed under the flowchart, the list of diagrams to draw, the metrics band. Pure: the host and the Chromium tests share it.
import { escapeHtml, type HtmlRenderer, type PostmortemModel, type RenderOptions } from '../../core/index';
import type { DiagramSpec, PreviewContent } from '../../shared/protocol';
import type { Story } from './story';

/** The id (`data-diagram`) of the time-scaled view's block when placed here; the renderer numbers its blocks 0, 1, 2… */
export const GANTT_ID = 'gantt';
/** The comment opening a time-scaled view the author inserted into the document (the core's GANTT_START). */
const GANTT_START = '<!-- postmortem:gantt:start -->';

export interface ComposeInput {
  uri: string;
  version: number;
  title: string;
  text: string;
  model: PostmortemModel;
  story: Story;
  render: HtmlRenderer;
  options?: RenderOptions;
}

/** A rendered Mermaid block: `<pre class="pm-mermaid[ pm-flowchart…]" data-diagram="N"…>escaped source</pre>`. */
const BLOCK = /<pre class="pm-mermaid((?: [\w-]+)*)" data-diagram="([\w-]+)"[^>]*>([^<]*)<\/pre>\n?/g;

/** The preview's content for one version of a document. */
export function composeContent(input: ComposeInput): PreviewContent {
  const { story } = input;
  // A renderer that places the time-scaled view itself (story-core's) takes it as an option; this one places it after.
  const options: RenderOptions & { gantt?: string } = {
    ...input.options,
    ...(story.gantt ? { gantt: story.gantt } : {}),
  };
  let html = input.render(input.text, story.flowchart, options);
  // A time-scaled view the author inserted (between markers) shows where they put it, instead of the generated one.
  const inserted = input.model.lines.some((l) => l.trim() === GANTT_START);
  if (story.gantt.trim() && !inserted && !html.includes('class="pm-mermaid pm-gantt"'))
    html = placeGantt(html, story.gantt);
  const diagrams: DiagramSpec[] = [];
  for (const m of html.matchAll(BLOCK)) {
    const classes = m[1]!.trim().split(' ');
    const id = m[2]!;
    const source = unescapeHtml(m[3]!);
    if (id === GANTT_ID || classes.includes('pm-gantt')) {
      diagrams.push({ id, kind: 'gantt', source, ...(story.ganttCaption ? { caption: story.ganttCaption } : {}) });
    } else if (classes.includes('pm-flowchart')) {
      diagrams.push({
        id,
        kind: 'flowchart',
        source,
        ...(story.flowchartCaption ? { caption: story.flowchartCaption } : {}),
        ...(story.legend.length ? { legend: story.legend } : {}),
      });
    } else {
      diagrams.push({ id, kind: 'author', source });
    }
  }
  return {
    uri: input.uri,
    version: input.version,
    html,
    title: input.title,
    diagrams,
    ...(story.metrics ? { metrics: story.metrics } : {}),
  };
}

/** The time-scaled view's block, right after the generated flowchart's (else after the title, else first). */
export function placeGantt(html: string, gantt: string): string {
  const block = `<pre class="pm-mermaid pm-gantt" data-diagram="${GANTT_ID}">${escapeHtml(gantt)}</pre>\n`;
  const flowchart = /<pre class="pm-mermaid pm-flowchart"[^>]*>[^<]*<\/pre>\n?/.exec(html);
  if (flowchart) {
    const at = flowchart.index + flowchart[0].length;
    return html.slice(0, at) + block + html.slice(at);
  }
  const title = /^<h1[^>]*>[^\n]*<\/h1>\n/.exec(html);
  const at = title ? title[0].length : 0;
  return html.slice(0, at) + block + html.slice(at);
}

/** Reverses escapeHtml (numeric references) and markdown-it's named ones. */
function unescapeHtml(text: string): string {
  return text.replace(
    /&(?:#(\d{1,7})|#x([0-9a-f]{1,6})|(amp|lt|gt|quot));/gi,
    (whole, dec: string | undefined, hex: string | undefined, name: string | undefined) => {
      if (name) return { amp: '&', lt: '<', gt: '>', quot: '"' }[name.toLowerCase()] ?? whole;
      const code = dec ? Number(dec) : parseInt(hex!, 16);
      return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
    },
  );
}
