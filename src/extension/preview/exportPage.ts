// Builds the exported, self-contained HTML page: a light page that turns dark with its reader's system, each Mermaid block
// replaced by the diagram drawn for each theme, the metrics band, legends and captions. No script at all.
import { escapeHtml } from '../../core/index';
import { captionHtml, legendHtml, metricsBandHtml } from '../../shared/chrome';
import type { DiagramSpec, ExportTheme, IncidentMetrics } from '../../shared/protocol';
import { isSafeSvg } from './svgGuard';

export interface ExportInput {
  title: string;
  /** Host-rendered HTML (as sent to the preview). */
  html: string;
  /** The SVG drawn for each Mermaid block by its id (`data-diagram`) and theme; a block without a light one keeps its source. */
  svgs: ReadonlyMap<string, Partial<Record<ExportTheme, string>>>;
  /** The diagrams of `html` (legends and captions). */
  diagrams?: readonly DiagramSpec[];
  metrics?: IncidentMetrics;
  css: string;
}

/** A Mermaid block with its id (blocks without one, such as an empty block, are no diagrams). */
const BLOCK = /<pre class="(pm-mermaid(?: [\w-]+)*)" data-diagram="([\w-]+)"[^>]*>[^<]*<\/pre>/g;
/** The size a drawing was laid out at (its root's viewBox). */
const VIEW_BOX = /^\s*<svg\b[^>]*?\sviewBox="[-\d.]+[ ,]+[-\d.]+[ ,]+([\d.]+)[ ,]+([\d.]+)"/;
/** Diagrams are never shown smaller than this share of their laid-out size (text stays readable; the page scrolls sideways). */
const MIN_SCALE = 0.875;

/**
 * The page's own colours: light, and dark when the reader's system prefers it (the page then shows the dark drawings).
 * The preview's stylesheet reads VS Code's variables with light fallbacks; dark sets those variables.
 */
const PAGE_CSS = `
body.pm-export { background: #ffffff; color: #1f2328; }
.pm-export .pm-variant-dark { display: none; }
.pm-export .pm-scroll { overflow-x: auto; }
.pm-export .pm-scroll > div { margin: 0 auto; }
.pm-export .pm-scroll svg { display: block; width: 100%; height: auto; max-width: none; }
@media (prefers-color-scheme: dark) {
  :root {
    color-scheme: dark;
    --vscode-foreground: #e6edf3; --vscode-editor-background: #0d1117; --vscode-textLink-foreground: #4493f8;
    --vscode-textLink-activeForeground: #79b8ff; --vscode-panel-border: #3d444d; --vscode-textCodeBlock-background: #151b23;
    --vscode-textBlockQuote-border: #3d444d; --vscode-descriptionForeground: #9198a1; --vscode-errorForeground: #f85149;
    --vscode-badge-background: #262c36; --vscode-badge-foreground: #e6edf3;
  }
  body.pm-export { background: #0d1117; color: #e6edf3; }
  .pm-export .pm-variant-light { display: none; }
  .pm-export .pm-variant-dark { display: block; }
}
`;

/** The page: no script at all, a CSP that would refuse any, and no form may submit nor base URL change. */
export function exportPage(input: ExportInput): string {
  const specs = new Map((input.diagrams ?? []).map((d) => [d.id, d]));
  const body = input.html.replace(BLOCK, (whole, classes: string, id: string) => {
    const drawn = input.svgs.get(id) ?? {};
    const light = drawn.light && isSafeSvg(drawn.light) ? drawn.light : undefined;
    if (!light) return whole;
    const dark = drawn.dark && isSafeSvg(drawn.dark) ? drawn.dark : undefined;
    const spec = specs.get(id);
    const extras = legendHtml(spec?.legend) + captionHtml(spec?.caption);
    const variant = (theme: ExportTheme, svg: string): string =>
      `<div class="pm-variant-${theme}${theme === 'dark' ? ' pm-theme-dark' : ''}">${scrollable(svg)}${extras}</div>`;
    return (
      `<figure class="${classes.replace('pm-mermaid', 'pm-diagram')}" data-diagram="${id}">` +
      `${variant('light', light)}${dark ? variant('dark', dark) : ''}</figure>`
    );
  });
  return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="UTF-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src https: data:; form-action 'none'; base-uri 'none'">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<meta name="color-scheme" content="light dark">
<meta name="generator" content="Postmortem Writer">
<title>${escapeHtml(input.title)}</title>
<style>
${input.css.replace(/<\/style/gi, '<\\/style')}
${PAGE_CSS}
</style>
</head>
<body class="pm-export">
<main id="pm-root">
${metricsBandHtml(input.metrics)}
${body}
</main>
</body>
</html>
`;
}

/** A drawing that shrinks with the page down to a readable size, then scrolls sideways. */
function scrollable(svg: string): string {
  const box = VIEW_BOX.exec(svg);
  const width = box ? Number(box[1]) : NaN;
  if (!Number.isFinite(width) || width <= 0) return `<div class="pm-scroll"><div>${svg}</div></div>`;
  return `<div class="pm-scroll"><div style="max-width:${Math.round(width)}px;min-width:${Math.round(width * MIN_SCALE)}px">${svg}</div></div>`;
}
