// Draws diagrams for pages and files of their own: the exported HTML (light and dark), an SVG file, a PNG file.
import type { DiagramSpec, ExportTheme, ExportedSvg } from '../shared/protocol';
import { EXPORT_FONT, type Diagrams, type DrawStyle } from './diagrams';
import { themePhasesMarkup } from './phases';

/** Width (px) the time-scaled view is laid out for in an exported page or file. */
const EXPORT_GANTT_WIDTH = 860;
/** A PNG is drawn at twice the diagram's size (sharp on high-density screens), up to this many pixels a side. */
const PNG_SCALE = 2;
const PNG_MAX_SIDE = 8192;

/** The sanitiser that rides in the Mermaid bundle (DOMPurify); '' for markup it refuses. */
export type Sanitize = (svg: string) => string;

/** How a diagram is drawn for an export in `theme`. */
export function exportStyle(theme: ExportTheme): DrawStyle {
  return {
    theme: theme === 'dark' ? 'dark' : 'default',
    fontFamily: EXPORT_FONT,
    fontSize: 14,
    ganttWidth: EXPORT_GANTT_WIDTH,
  };
}

/** Every diagram drawn in each theme, sanitised (a diagram that fails or is refused is left out: the page shows its source). */
export async function exportSvgs(
  diagrams: Diagrams,
  specs: readonly DiagramSpec[],
  themes: readonly ExportTheme[],
  sanitize: Sanitize,
): Promise<ExportedSvg[]> {
  const out: ExportedSvg[] = [];
  for (const spec of specs) {
    for (const theme of themes) {
      const result = await diagrams.render(spec.source, exportStyle(theme));
      const svg =
        'svg' in result ? safely(sanitize, theme === 'dark' ? themePhasesMarkup(result.svg) : result.svg) : '';
      if (svg) out.push({ id: spec.id, svg, theme });
    }
  }
  return out;
}

/** One diagram as a file: standalone SVG markup (XML, white background), or a PNG's base64 bytes. */
export async function exportFile(
  diagrams: Diagrams,
  spec: DiagramSpec,
  format: 'svg' | 'png',
  sanitize: Sanitize,
): Promise<string> {
  const result = await diagrams.render(spec.source, exportStyle('light'));
  if ('error' in result) throw new Error(`the diagram does not draw: ${result.error}`);
  const clean = safely(sanitize, result.svg);
  if (!clean) throw new Error('the diagram was refused by the sanitiser');
  const xml = standaloneSvg(clean);
  return format === 'svg' ? xml : toPng(xml);
}

function safely(sanitize: Sanitize, svg: string): string {
  try {
    return sanitize(svg);
  } catch {
    return '';
  }
}

/** Well-formed SVG XML (HTML labels as XHTML) with a white background, as a file viewer or GitHub shows it. */
export function standaloneSvg(markup: string): string {
  const doc = new DOMParser().parseFromString(markup, 'text/html');
  const svg = doc.body.querySelector('svg');
  if (!svg) throw new Error('no SVG to export');
  svg.style.backgroundColor = '#ffffff';
  return `<?xml version="1.0" encoding="UTF-8"?>\n${new XMLSerializer().serializeToString(svg)}\n`;
}

/** Draws SVG XML onto a white canvas; the PNG's bytes in base64. */
export async function toPng(xml: string): Promise<string> {
  const parsed = new DOMParser().parseFromString(xml, 'image/svg+xml').documentElement;
  const box = (parsed as unknown as SVGSVGElement).viewBox?.baseVal;
  const width = parseFloat(parsed.getAttribute('width') ?? '') || box?.width || 800;
  const height = parseFloat(parsed.getAttribute('height') ?? '') || box?.height || 600;
  const scale = Math.min(PNG_SCALE, PNG_MAX_SIDE / width, PNG_MAX_SIDE / height);
  const image = new Image();
  image.src = `data:image/svg+xml;charset=utf-8,${encodeURIComponent(xml)}`;
  await image.decode();
  const canvas = document.createElement('canvas');
  canvas.width = Math.max(1, Math.round(width * scale));
  canvas.height = Math.max(1, Math.round(height * scale));
  const context = canvas.getContext('2d');
  if (!context) throw new Error('no canvas to draw the PNG on');
  context.fillStyle = '#ffffff';
  context.fillRect(0, 0, canvas.width, canvas.height);
  context.drawImage(image, 0, 0, canvas.width, canvas.height);
  const url = canvas.toDataURL('image/png');
  return url.slice(url.indexOf(',') + 1);
}
