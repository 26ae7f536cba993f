// Builds the exported, self-contained HTML page: inline styles, each Mermaid block replaced by the SVG the preview drew.
import { escapeHtml } from '../../core/index';
import { isSafeSvg } from './svgGuard';

export interface ExportInput {
  title: string;
  /** Host-rendered HTML (as sent to the preview). */
  html: string;
  /** The SVG the preview drew for each Mermaid block, by the block's id (`data-diagram`); a block without one keeps its source. */
  svgs: ReadonlyMap<string, string>;
  css: string;
  dark: boolean;
}

/** A Mermaid block with its id (blocks without one, such as an empty block, are no diagrams). */
const BLOCK = /<pre class="(pm-mermaid(?: [\w -]*)?)" data-diagram="(\d+)"[^>]*>[^<]*<\/pre>/g;

/** The page: no script at all, a CSP that would refuse any, and no form may submit nor base URL change. */
export function exportPage(input: ExportInput): string {
  const body = input.html.replace(BLOCK, (whole, classes: string, id: string) => {
    const svg = input.svgs.get(id);
    return svg && isSafeSvg(svg) ? `<div class="${classes.replace('pm-mermaid', 'pm-diagram')}">${svg}</div>` : whole;
  });
  const dark = input.dark ? 'body{background:#1e1e1e;color:#d4d4d4}a{color:#4daafc}' : '';
  return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="UTF-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src https: data:; form-action 'none'; base-uri 'none'">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<meta name="generator" content="Postmortem Writer">
<title>${escapeHtml(input.title)}</title>
<style>
${input.css.replace(/<\/style/gi, '<\\/style')}
${dark}
</style>
</head>
<body>
<main id="pm-root">
${body}
</main>
</body>
</html>
`;
}
