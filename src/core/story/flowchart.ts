// Builds a Mermaid flowchart that tells the incident's story from the model (pure, deterministic): the main chain
// of entries with the elapsed time on its edges, misleading paths as dead ends, escalation as a hand-off, the
// resolution emphasised, and the corrective tasks under the root cause. Only Mermaid ≤ 11.17 syntax (GitHub).
import { detectionMethod, type DetectionMethod } from './cues';
import { entryMarkers, entrySource } from './metrics';
import { clock, escapeLabel, label, plainText, withoutPlaceholderTime } from './mermaidText';
import { formatDuration } from '../time/duration';
import type { Phase, PostmortemModel, Task, TimelineEntry } from '../types';

export interface FlowchartOptions {
  /** Timeline entries drawn at most; the rest are folded into "… N more entries" nodes (default 40). */
  maxEntries?: number;
  /** Corrective tasks drawn at most (default 8). */
  maxTasks?: number;
  /**
   * Characters a label keeps before it is shortened at a word boundary (default 120: about four lines at Mermaid's
   * 200 px wrapping width). Labels are never cut when they fit.
   */
  labelLength?: number;
  /** 'auto' (default): top-down, or left-right for a diagram of at most two nodes (see `flowchartDirection`). */
  direction?: 'TD' | 'LR' | 'auto';
  /** Elapsed time on the edges of the main chain (`+15 min`) when known (default true). */
  elapsed?: boolean;
}

/** A node of the diagram; `line` points back at the document. */
export interface FlowNode {
  id: string;
  kind: Phase | 'how' | 'task' | 'gap' | 'more' | 'cause';
  text: string;
  line?: number;
}

export interface FlowEdge {
  from: string;
  to: string;
  /** 'invisible' only stacks nodes (tasks in a column, the tasks under the story). */
  style: 'solid' | 'dashed' | 'thick' | 'invisible';
  label?: string;
}

/** The diagram as data (what the Mermaid text is made of; tests and the preview count its nodes). */
export interface FlowchartModel {
  nodes: FlowNode[];
  edges: FlowEdge[];
  /** False when no entry could be classified: a plain chronological chain. */
  classified: boolean;
  durationMinutes?: number;
}

/** One entry of the legend: what a phase looks like in the diagram. */
export interface LegendEntry {
  kind: FlowNode['kind'];
  label: string;
  /** Fill, stroke and text colours (the same in every theme: light fills with dark text read on dark themes too). */
  fill: string;
  stroke: string;
  color: string;
  /** Mermaid shape of the node: 'stadium', 'rect', 'round', 'hexagon', 'subroutine'. */
  shape: 'stadium' | 'rect' | 'round' | 'hexagon' | 'subroutine';
  dashed?: boolean;
}

const HOW: Record<DetectionMethod, string> = {
  monitoring: 'Monitoring alert',
  customer: 'Customer reports',
  engineer: 'Engineer noticed',
};
const SHAPES: Record<FlowNode['kind'], [string, string]> = {
  detection: ['([', '])'],
  investigation: ['[', ']'],
  misleading: ['[', ']'],
  escalation: ['{{', '}}'],
  mitigation: ['(', ')'],
  resolution: ['([', '])'],
  other: ['[', ']'],
  how: ['>', ']'],
  task: ['[', ']'],
  gap: ['[', ']'],
  more: ['[', ']'],
  cause: ['[[', ']]'],
};

/** The phase colours (GitHub's palette): light fills, dark text, a coloured border; the legend is built from it. */
const LEGEND: readonly LegendEntry[] = [
  { kind: 'detection', label: 'Detection', fill: '#fde2e1', stroke: '#cf222e', color: '#1f2328', shape: 'stadium' },
  {
    kind: 'investigation',
    label: 'Investigation',
    fill: '#f6f8fa',
    stroke: '#8c959f',
    color: '#1f2328',
    shape: 'rect',
  },
  {
    kind: 'misleading',
    label: 'Misleading path (dead end)',
    fill: '#eaeef2',
    stroke: '#8c959f',
    color: '#57606a',
    shape: 'rect',
    dashed: true,
  },
  {
    kind: 'escalation',
    label: 'Escalation (hand-off)',
    fill: '#fff1c2',
    stroke: '#bf8700',
    color: '#1f2328',
    shape: 'hexagon',
  },
  { kind: 'mitigation', label: 'Mitigation', fill: '#ddf4ff', stroke: '#0969da', color: '#1f2328', shape: 'round' },
  { kind: 'resolution', label: 'Resolution', fill: '#dafbe1', stroke: '#1a7f37', color: '#1f2328', shape: 'stadium' },
  { kind: 'cause', label: 'Root cause', fill: '#ffebe9', stroke: '#82071e', color: '#1f2328', shape: 'subroutine' },
  { kind: 'task', label: 'Corrective task', fill: '#fbefff', stroke: '#8250df', color: '#1f2328', shape: 'rect' },
];

/** The legend of the flowchart's colours: every phase, or only those a diagram uses. */
export function flowchartLegend(model?: FlowchartModel): LegendEntry[] {
  if (!model) return LEGEND.map((l) => ({ ...l }));
  const used = new Set<FlowNode['kind']>(model.nodes.map((n) => (n.kind === 'more' ? 'task' : n.kind)));
  return model.classified ? LEGEND.filter((l) => used.has(l.kind)).map((l) => ({ ...l })) : [];
}

/** The classDef of a legend entry (resolution and root cause drawn heavier). */
function classDef(l: LegendEntry): string {
  const width = l.kind === 'resolution' || l.kind === 'cause' ? ',stroke-width:3px' : '';
  return `classDef ${l.kind} fill:${l.fill},stroke:${l.stroke},color:${l.color}${width}${l.dashed ? ',stroke-dasharray:4 3' : ''}`;
}

/**
 * The direction a diagram reads best in at the preview's width: Mermaid wraps labels at 200 px, so side by side
 * only two nodes fit a 600 px preview at full size; anything longer goes top-down (a tall diagram scrolls, a wide
 * one shrinks its text).
 */
export function flowchartDirection(model: FlowchartModel): 'TD' | 'LR' {
  return model.nodes.length <= 2 ? 'LR' : 'TD';
}

/** Lays out the incident: main chain, dead-end branches, detection method, root cause and corrective tasks. */
export function flowchartModel(doc: PostmortemModel, options: FlowchartOptions = {}): FlowchartModel {
  const maxEntries = Math.max(2, options.maxEntries ?? 40);
  const entries = doc.timeline?.entries ?? [];
  const phases: Phase[] = entries.map((e) => e.phase);
  const classified = phases.some((p) => p !== 'other');
  // Elapsed times built on a guessed midnight crossing are no evidence: no `+N min` then.
  const elapsedOk = options.elapsed !== false && !doc.timeline?.rolloverGuessed;
  const nodes: FlowNode[] = [];
  const edges: FlowEdge[] = [];
  let anchor: { id: string; elapsed?: number } | undefined;
  let deadTail: string | undefined;
  for (const item of selectEntries(phases, maxEntries)) {
    if (typeof item === 'number') {
      const entry = entries[item]!;
      const kind = phases[item]!;
      const id = `n${item}`;
      nodes.push({ id, kind, text: entryText(doc.lines, entry, kind), line: entry.line });
      if (kind === 'misleading' && anchor) {
        edges.push(
          deadTail
            ? { from: deadTail, to: id, style: 'dashed' }
            : { from: anchor.id, to: id, style: 'dashed', label: 'dead end' },
        );
        deadTail = id;
        continue;
      }
      if (kind === 'detection') addHow(entry, id, nodes, edges);
      if (anchor) {
        const gap =
          elapsedOk && anchor.elapsed !== undefined && entry.elapsedMinutes !== undefined
            ? entry.elapsedMinutes - anchor.elapsed
            : undefined;
        const words = [
          kind === 'escalation' ? 'hand-off' : '',
          gap !== undefined && gap >= 1 ? `+${formatDuration(gap)}` : '',
        ]
          .filter(Boolean)
          .join(' · ');
        edges.push({
          from: anchor.id,
          to: id,
          style: kind === 'resolution' ? 'thick' : 'solid',
          ...(words ? { label: words } : {}),
        });
      }
      anchor = {
        id,
        ...(entry.elapsedMinutes !== undefined
          ? { elapsed: entry.elapsedMinutes }
          : anchor?.elapsed !== undefined
            ? { elapsed: anchor.elapsed }
            : {}),
      };
    } else {
      const id = `g${nodes.length}`;
      nodes.push({ id, kind: 'gap', text: `… ${item.skipped} more entries` });
      if (anchor) edges.push({ from: anchor.id, to: id, style: 'solid' });
      anchor = { id };
    }
    deadTail = undefined;
  }
  addTasks(doc, anchor?.id, options.maxTasks ?? 8, nodes, edges);
  const durationMinutes = doc.summary.durationMinutes ?? lastElapsed(entries);
  return { nodes, edges, classified, ...(durationMinutes !== undefined ? { durationMinutes } : {}) };
}

/**
 * Mermaid `flowchart` source telling the incident's story; `''` when the document has no timeline entries
 * and no tasks. Every label is quoted and escaped where Mermaid needs it, so any document text yields valid,
 * inert Mermaid that still reads as text.
 */
export function buildFlowchart(doc: PostmortemModel, options: FlowchartOptions = {}): string {
  return renderFlowchart(flowchartModel(doc, options), options);
}

/** Writes a model as Mermaid text. */
export function renderFlowchart(model: FlowchartModel, options: FlowchartOptions = {}): string {
  if (model.nodes.length === 0) return '';
  const max = options.labelLength ?? 120;
  const direction = !options.direction || options.direction === 'auto' ? flowchartDirection(model) : options.direction;
  const inner = direction === 'LR' ? 'LR' : 'TB';
  const title =
    model.durationMinutes !== undefined ? `Incident · ${formatDuration(model.durationMinutes)}` : 'Incident';
  const out = [`flowchart ${direction}`, '  accTitle: Incident flowchart'];
  const story = model.nodes.filter((n) => n.kind !== 'task' && n.kind !== 'more' && n.kind !== 'cause');
  const actions = model.nodes.filter((n) => n.kind === 'task' || n.kind === 'more' || n.kind === 'cause');
  // Each subgraph states its direction: Mermaid turns a subgraph with no edge leaving it sideways otherwise.
  if (story.length > 0)
    out.push(
      `  subgraph incident ["${escapeLabel(title)}"]`,
      `    direction ${inner}`,
      ...story.map((n) => `    ${node(n, max)}`),
      '  end',
    );
  if (actions.length > 0) {
    const name = actions.some((n) => n.kind === 'cause') ? 'Root cause and corrective actions' : 'Corrective actions';
    out.push(
      `  subgraph actions ["${name}"]`,
      `    direction ${inner}`,
      ...actions.map((n) => `    ${node(n, max)}`),
      '  end',
    );
  }
  for (const e of model.edges) out.push(`  ${edge(e)}`);
  if (!model.classified) return out.join('\n') + '\n';
  const used = flowchartLegend(model);
  for (const l of used) out.push(`  ${classDef(l)}`);
  for (const l of used) {
    const ids = model.nodes
      .filter((n) => n.kind === l.kind || (l.kind === 'task' && n.kind === 'more'))
      .map((n) => n.id);
    out.push(`  class ${ids.join(',')} ${l.kind}`);
  }
  return out.join('\n') + '\n';
}

function node(n: FlowNode, max: number): string {
  const [open, close] = SHAPES[n.kind];
  return `${n.id}${open}${label(n.text, max)}${close}`;
}

function edge(e: FlowEdge): string {
  const arrow = { solid: '-->', dashed: '-.->', thick: '==>', invisible: '~~~' }[e.style];
  return `${e.from} ${arrow}${e.label ? `|"${escapeLabel(e.label)}"|` : ''} ${e.to}`;
}

/** A node's text: the time, then the entry's text without a placeholder time or milestone markers. */
function entryText(lines: readonly string[], entry: TimelineEntry, kind: Phase): string {
  let text = withoutPlaceholderTime(plainText(entry.text || entry.detail || ''));
  // `[detected]` reads as "detected" once its brackets are gone: drop the marker word from the label.
  const markers = /\[/.test(lines[entry.line] ?? '') ? entryMarkers(entrySource(lines, entry)) : [];
  if (markers.length)
    text = text.replace(
      /^(?:impact[ -])?(?:start(?:ed)?|detect(?:ed|ion)|ack(?:nowledged)?|escalat(?:ed|ion)|mitigat(?:ed|ion)|resol(?:ved|ution))\b\s*/i,
      '',
    );
  if (kind === 'misleading') text = `✗ ${text}`;
  else if (kind === 'resolution') text = `✓ ${text}`;
  const time = clock(entry.time);
  return time ? `${time} · ${text}` : text;
}

function addHow(entry: TimelineEntry, id: string, nodes: FlowNode[], edges: FlowEdge[]): void {
  if (nodes.some((n) => n.id === 'how')) return;
  const method = detectionMethod(`${entry.text} ${entry.detail ?? ''}`);
  if (!method) return;
  nodes.push({ id: 'how', kind: 'how', text: HOW[method] });
  edges.push({ from: 'how', to: id, style: 'solid' });
}

/**
 * The root cause (when the document states one) with the corrective tasks under it in a column; the group hangs
 * below the story by an invisible link, so the two stack instead of standing side by side.
 */
function addTasks(
  doc: PostmortemModel,
  anchor: string | undefined,
  max: number,
  nodes: FlowNode[],
  edges: FlowEdge[],
): void {
  const tasks: readonly Task[] = doc.tasks;
  if (tasks.length === 0) return;
  const cause = doc.facts['root-cause']?.rootCause ?? doc.summary.rootCause;
  const column: FlowNode[] = [];
  if (cause)
    column.push({
      id: 'cause',
      kind: 'cause',
      text: `Root cause: ${cause.replace(/^\W*root[ -]?cause\W*(?:was|is)?\W*/i, '')}`,
    });
  column.push(
    ...tasks.slice(0, max).map((t, i): FlowNode => ({
      id: `t${i}`,
      kind: 'task',
      text: `${t.checked ? '☑' : '☐'} ${t.text}`,
      line: t.line,
    })),
  );
  if (tasks.length > max) column.push({ id: 'tmore', kind: 'more', text: `+ ${tasks.length - max} more tasks` });
  column.forEach((n, i) => {
    nodes.push(n);
    if (i === 0) {
      if (anchor) edges.push({ from: anchor, to: n.id, style: cause ? 'invisible' : 'solid' });
    } else edges.push({ from: column[i - 1]!.id, to: n.id, style: i === 1 && cause ? 'solid' : 'invisible' });
  });
}

/** Entry indices to draw, in order, with `{ skipped }` where entries were folded away. */
function selectEntries(phases: readonly Phase[], max: number): Array<number | { skipped: number }> {
  const all = phases.map((_, i) => i);
  if (phases.length <= max) return all;
  const key = all.filter((i) => i === 0 || i === phases.length - 1 || !['investigation', 'other'].includes(phases[i]!));
  const keep = new Set(spread(key, Math.min(key.length, max)));
  const rest = all.filter((i) => !keep.has(i));
  for (const i of spread(rest, max - keep.size)) keep.add(i);
  const out: Array<number | { skipped: number }> = [];
  let previous = -1;
  for (const i of [...keep].sort((a, b) => a - b)) {
    if (i - previous > 1) out.push({ skipped: i - previous - 1 });
    out.push(i);
    previous = i;
  }
  return out;
}

/** `count` items of `list`, evenly spaced, always including the first and last. */
function spread(list: readonly number[], count: number): number[] {
  if (count <= 0) return [];
  if (count >= list.length) return [...list];
  if (count === 1) return [list[0]!];
  return Array.from({ length: count }, (_, k) => list[Math.round((k * (list.length - 1)) / (count - 1))]!);
}

function lastElapsed(entries: readonly TimelineEntry[]): number | undefined {
  for (let i = entries.length - 1; i >= 0; i--) {
    const m = entries[i]!.elapsedMinutes;
    if (m !== undefined) return m > 0 ? m : undefined;
  }
  return undefined;
}
