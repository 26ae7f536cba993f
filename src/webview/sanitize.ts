// Sanitises a drawn diagram before it leaves for the exported page: DOMPurify's SVG profile, HTML labels, no forms.
// Part of the lazily loaded Mermaid bundle, which holds DOMPurify already (Mermaid uses it): the preview script stays small.
import DOMPurify from 'dompurify';

/** Form controls: Mermaid's strict mode lets them through in labels, and a form in the exported page could post anywhere. */
const FORM_TAGS = [
  'form',
  'input',
  'button',
  'select',
  'option',
  'optgroup',
  'textarea',
  'datalist',
  'output',
  'fieldset',
  'legend',
  'label',
  'meter',
  'progress',
];

/** The SVG markup with anything that could run, submit or load a page removed ('' when nothing of the SVG is left). */
export function sanitizeSvg(svg: string): string {
  const clean = DOMPurify.sanitize(svg, {
    // SVG and its filters, plus the HTML Mermaid writes in labels (`<foreignObject><div><span><p>`).
    USE_PROFILES: { svg: true, svgFilters: true, html: true },
    ADD_TAGS: ['foreignObject'],
    HTML_INTEGRATION_POINTS: { foreignobject: true }, // HTML may sit inside <foreignObject> (as Mermaid's own sanitiser allows)
    FORBID_TAGS: FORM_TAGS,
    FORBID_ATTR: ['action', 'formaction', 'form'],
  });
  return /^\s*<svg[\s>]/i.test(clean) ? clean : '';
}
