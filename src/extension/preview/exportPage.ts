// Builds the exported, self-contained HTML page: inline styles, each Mermaid block replaced by the SVG the preview drew.
import { escapeHtml } from '../../core/render';

export interface ExportInput {
  title: string;
  /** Host-rendered HTML (as sent to the preview). */
  html: string;
  /** One SVG per Mermaid block in order; null keeps the block's source. */
  svgs: ReadonlyArray<string | null>;
  css: string;
  dark: boolean;
}

const BLOCK = /<pre class="(pm-mermaid[^"]*)">([\s\S]*?)<\/pre>/g;

/** The page: no script at all, and a CSP that would refuse any. */
export function exportPage(input: ExportInput): string {
  let i = 0;
  const body = input.html.replace(BLOCK, (whole, classes: string) => {
    const svg = input.svgs[i++];
    return svg ? `<div class="${classes.replace('pm-mermaid', 'pm-diagram')}">${svg}</div>` : whole;
  });
  const dark = input.dark ? 'body{background:#1e1e1e;color:#d4d4d4}a{color:#4daafc}' : '';
  return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="UTF-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src https: data:">
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
