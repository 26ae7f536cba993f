// HTML around the diagrams that the preview and the exported page share: the metrics band, a legend, a caption.
// Pure string builders; every text is escaped.
import { formatDuration } from '../core/time/duration';
import type { IncidentMetrics, LegendItem } from './protocol';

/** The metrics of the band, in order: key, abbreviation, what it measures. */
export const METRICS: ReadonlyArray<readonly [keyof IncidentMetrics, string, string]> = [
  ['ttd', 'TTD', 'Time to detect: from the start of the impact to its detection'],
  ['tta', 'TTA', 'Time to acknowledge: from the start of the impact to a responder working on it'],
  ['ttm', 'TTM', 'Time to mitigate: from the start of the impact until it was mitigated'],
  ['ttr', 'TTR', 'Time to resolve: from the start of the impact to the resolution'],
];
/** The impact's chip, shown when the document gives its length. */
const IMPACT = ['impact', 'Impact', 'How long the impact lasted'] as const;

/** The placeholder of a metric the document does not give. */
export const UNKNOWN = '—';

/** Escapes text for HTML element content and attribute values. */
export function escapeText(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

/** A metric's value as shown on its chip. */
export function formatMetric(minutes: number | undefined): string {
  return minutes === undefined ? UNKNOWN : formatDuration(minutes);
}

/** The header band with one chip per metric ('' without metrics). */
export function metricsBandHtml(metrics: IncidentMetrics | undefined): string {
  if (!metrics) return '';
  const chips = METRICS.map(([key, abbr, title]) => {
    const value = metrics[key];
    const text = formatMetric(value);
    return (
      `<li class="pm-chip${value === undefined ? ' pm-chip-unknown' : ''}" data-metric="${key}" title="${escapeText(title)}">` +
      `<abbr title="${escapeText(title)}">${abbr}</abbr> <span class="pm-chip-value">${escapeText(text)}</span></li>`
    );
  });
  if (metrics.impact !== undefined) {
    const [key, label, title] = IMPACT;
    chips.push(
      `<li class="pm-chip pm-chip-impact" data-metric="${key}" title="${title}"><abbr title="${title}">${label}</abbr> ` +
        `<span class="pm-chip-value">${escapeText(formatMetric(metrics.impact))}</span></li>`,
    );
  }
  return `<ul class="pm-band" aria-label="Incident metrics">${chips.join('')}</ul>`;
}

/** A diagram's legend: one swatch per phase colour ('' for none). */
export function legendHtml(items: readonly LegendItem[] | undefined): string {
  if (!items?.length) return '';
  const entries = items.map(
    (item) =>
      `<li><span class="pm-swatch pm-phase-${escapeText(cssName(item.phase))}" aria-hidden="true"></span>` +
      `${escapeText(item.label)}</li>`,
  );
  return `<ul class="pm-legend" aria-label="Colours of the phases">${entries.join('')}</ul>`;
}

/** A diagram's caption ('' for none). */
export function captionHtml(caption: string | undefined): string {
  return caption ? `<figcaption class="pm-caption">${escapeText(caption)}</figcaption>` : '';
}

/** A phase name usable in a class name. */
function cssName(name: string): string {
  return name.replace(/[^\w-]/g, '');
}
