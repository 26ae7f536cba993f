// Themes the phase colours of a drawn flowchart for dark and high-contrast themes. Mermaid writes each classDef into the
// node's own style, with !important, so no stylesheet can override it: the colours are rewritten to the preview's
// variables (media/preview.css: --pm-fill, --pm-stroke, --pm-node-text per phase and theme), which the legend uses too.

/** The Mermaid classes of the flowchart's phases (core/story/flowchart.ts classDefs). */
export const PHASE_CLASSES = [
  'detection',
  'investigation',
  'misleading',
  'escalation',
  'mitigation',
  'resolution',
  'cause',
  'task',
];

const SHAPES = 'path, rect, polygon, circle, ellipse, line, polyline';

/** Points the phase nodes of `svg` at the theme's variables (leaves every other node alone). */
export function themePhases(svg: Element): void {
  for (const node of svg.querySelectorAll<SVGGElement>('.node')) {
    if (!PHASE_CLASSES.some((c) => node.classList.contains(c))) continue;
    for (const el of node.querySelectorAll<SVGElement | HTMLElement>('*')) {
      const inLabel = el.closest('.label') !== null;
      if (!inLabel && el.matches(SHAPES)) {
        el.style.setProperty('fill', 'var(--pm-fill)', 'important');
        el.style.setProperty('stroke', 'var(--pm-stroke)', 'important');
      } else if (inLabel) {
        el.style.setProperty('color', 'var(--pm-node-text)', 'important');
        if (el.matches('text, tspan')) el.style.setProperty('fill', 'var(--pm-node-text)', 'important');
      }
    }
  }
}

/** `themePhases` on SVG markup (for the export's dark drawings). */
export function themePhasesMarkup(svg: string): string {
  const template = document.createElement('template');
  template.innerHTML = svg;
  const root = template.content.firstElementChild;
  if (!root) return svg;
  themePhases(root);
  return root.outerHTML;
}
