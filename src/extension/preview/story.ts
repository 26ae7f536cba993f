// The incident's story as the preview shows it: the generated diagrams, their legend and captions, and the metrics chips.
// THE seam with the core's story module (src/core/story): everything the preview takes from it passes through storyOf(),
// and each part is the core's own: the flowchart (buildFlowchart), its legend (flowchartLegend), the time-scaled view
// (buildGantt) and the metrics (model.metrics.durations).
import {
  buildGantt,
  flowchartLegend,
  flowchartModel,
  renderFlowchart,
  type FlowchartModel,
  type PostmortemModel,
} from '../../core/index';
import type { IncidentMetrics, LegendItem } from '../../shared/protocol';

/** What the preview draws for the incident, besides the document's own text. */
export interface Story {
  /** Mermaid flowchart source ('' when there is nothing to draw). */
  flowchart: string;
  flowchartCaption?: string;
  /** The phase colours the flowchart uses, in order. */
  legend: LegendItem[];
  /** Mermaid gantt source ('' when the core has none or the timeline has no times). */
  gantt: string;
  ganttCaption?: string;
  /** Undefined when the core has none (the preview then shows no metrics band). */
  metrics?: IncidentMetrics;
}

/** What each phase colour of the flowchart means (its Mermaid class → the core's legend text), in the legend's order. */
export const PHASE_LABELS: ReadonlyArray<readonly [string, string]> = flowchartLegend().map(
  (l) => [l.kind, l.label] as const,
);

/** The story of a model. */
export function storyOf(model: PostmortemModel): Story {
  const chart = flowchartModel(model);
  const flowchart = renderFlowchart(chart);
  const gantt = buildGantt(model);
  const metrics = toMetrics(model.metrics.durations);
  return { flowchart, legend: flowchart ? legendFor(chart) : [], gantt, ...(metrics ? { metrics } : {}) };
}

/** The core's legend of a flowchart: the phases it colours (exactly the classes it assigns), in the legend's order. */
export function legendFor(chart: FlowchartModel): LegendItem[] {
  return flowchartLegend(chart).map((l) => ({ phase: l.kind, label: l.label }));
}

/**
 * The legend of a flowchart: each phase class it declares (`classDef`) and assigns to a node (`class … name`), in the
 * legend's order. Read from the Mermaid text so that it always matches what is drawn.
 */
export function legendOf(flowchart: string): LegendItem[] {
  const used = new Set<string>();
  for (const line of flowchart.split('\n')) {
    const m = /^class\s+\S+\s+([\w-]+)\s*;?$/.exec(line.trim());
    if (m) used.add(m[1]!);
  }
  return PHASE_LABELS.filter(([phase]) => used.has(phase)).map(([phase, label]) => ({ phase, label }));
}

/** Metrics in the preview's shape (minutes as numbers or `{ minutes }`); undefined when none is known. */
export function toMetrics(value: unknown): IncidentMetrics | undefined {
  if (typeof value !== 'object' || value === null) return undefined;
  const record = value as Record<string, unknown>;
  const out: IncidentMetrics = {};
  for (const key of ['ttd', 'tta', 'ttm', 'ttr'] as const) {
    const minutes = minutesOf(record[key]);
    if (minutes !== undefined) out[key] = minutes;
  }
  const impact = minutesOf(record['impact']);
  if (impact !== undefined) out.impact = impact;
  return Object.keys(out).length ? out : undefined;
}

function minutesOf(value: unknown): number | undefined {
  const n = typeof value === 'object' && value !== null ? (value as { minutes?: unknown }).minutes : value;
  return typeof n === 'number' && Number.isFinite(n) && n >= 0 ? n : undefined;
}

/** The flowchart's node count by phase class (tests compare it with what the preview draws). */
export function nodesByPhase(model: PostmortemModel): Record<string, number> {
  const out: Record<string, number> = {};
  for (const node of flowchartModel(model).nodes) out[node.kind] = (out[node.kind] ?? 0) + 1;
  return out;
}
