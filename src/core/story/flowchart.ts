// Builds a Mermaid flowchart that tells the incident's story from the parsed postmortem (pure, deterministic).
import { detectionMethod, type DetectionMethod } from './phases';
import { clock, escapeLabel, label } from './mermaidText';
import { formatDuration } from '../time/duration';
import type { Phase, PostmortemModel, Task, TimelineEntry } from '../types';

export interface FlowchartOptions {
  /** Timeline entries drawn at most; the rest are folded into "… N more entries" nodes (default 40). */
  maxEntries?: number;
  /** Corrective tasks drawn at most (default 8). */
  maxTasks?: number;
  /** Characters per label before truncation (default 70). */
  labelLength?: number;
  direction?: 'TD' | 'LR';
}

/** A node of the diagram; `line` points back at the document. */
export interface FlowNode {
  id: string;
  kind: Phase | 'how' | 'task' | 'gap' | 'more';
  text: string;
  line?: number;
}

export interface FlowEdge {
  from: string;
  to: string;
  /** 'invisible' only stacks nodes (tasks in a column). */
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

const HOW: Record<DetectionMethod, string> = { monitoring: 'Monitoring alert', customer: 'Customer reports', engineer: 'Engineer noticed' };
const SHAPES: Record<FlowNode['kind'], [string, string]> = {
  detection: ['([', '])'], investigation: ['[', ']'], misleading: ['[', ']'], escalation: ['{{', '}}'],
  mitigation: ['(', ')'], resolution: ['([', '])'], other: ['[', ']'], how: ['>', ']'], task: ['[', ']'],
  gap: ['[', ']'], more: ['[', ']'],
};
const CLASSES: Array<[string, string]> = [
  ['detection', 'fill:#fde2e1,stroke:#cf222e,color:#1f2328'],
  ['misleading', 'fill:#eaeef2,stroke:#8c959f,color:#57606a,stroke-dasharray:4 3'],
  ['escalation', 'fill:#fff1c2,stroke:#bf8700,color:#1f2328'],
  ['mitigation', 'fill:#ddf4ff,stroke:#0969da,color:#1f2328'],
  ['resolution', 'fill:#dafbe1,stroke:#1a7f37,color:#1f2328'],
  ['task', 'fill:#fbefff,stroke:#8250df,color:#1f2328'],
];

/** Lays out the incident: main chain, dead-end branches, detection method, corrective tasks. */
export function flowchartModel(doc: PostmortemModel, options: FlowchartOptions = {}): FlowchartModel {
  const maxEntries = Math.max(2, options.maxEntries ?? 40);
  const entries = doc.timeline?.entries ?? [];
  const phases: Phase[] = entries.map((e) => e.phase);
  const classified = phases.some((p) => p !== 'other');
  const nodes: FlowNode[] = [];
  const edges: FlowEdge[] = [];
  let anchor: string | undefined;
  let deadTail: string | undefined;
  for (const item of selectEntries(phases, maxEntries)) {
    if (typeof item === 'number') {
      const entry = entries[item]!;
      const kind = phases[item]!;
      const id = `n${item}`;
      nodes.push({ id, kind, text: entryText(entry, kind), line: entry.line });
      if (kind === 'misleading' && anchor) {
        edges.push(deadTail ? { from: deadTail, to: id, style: 'dashed' } : { from: anchor, to: id, style: 'dashed', label: 'dead end' });
        deadTail = id;
        continue;
      }
      if (kind === 'detection') addHow(entry, id, nodes, edges);
      if (anchor) edges.push({ from: anchor, to: id, style: kind === 'resolution' ? 'thick' : 'solid' });
      anchor = id;
    } else {
      const id = `g${nodes.length}`;
      nodes.push({ id, kind: 'gap', text: `… ${item.skipped} more entries` });
      if (anchor) edges.push({ from: anchor, to: id, style: 'solid' });
      anchor = id;
    }
    deadTail = undefined;
  }
  addTasks(doc.tasks, anchor, options.maxTasks ?? 8, nodes, edges);
  const durationMinutes = doc.summary.durationMinutes ?? lastElapsed(entries);
  return { nodes, edges, classified, ...(durationMinutes !== undefined ? { durationMinutes } : {}) };
}

/**
 * Mermaid `flowchart` source telling the incident's story; `''` when the document has no timeline entries
 * and no tasks. Every label is quoted and entity-escaped, so any document text yields valid, inert Mermaid.
 */
export function buildFlowchart(doc: PostmortemModel, options: FlowchartOptions = {}): string {
  return renderFlowchart(flowchartModel(doc, options), options);
}

/** Writes a model as Mermaid text. */
export function renderFlowchart(model: FlowchartModel, options: FlowchartOptions = {}): string {
  if (model.nodes.length === 0) return '';
  const max = options.labelLength ?? 70;
  const title = model.durationMinutes !== undefined ? `Incident · ${formatDuration(model.durationMinutes)}` : 'Incident';
  const out = [`flowchart ${options.direction ?? 'TD'}`, '  accTitle: Incident flowchart'];
  const story = model.nodes.filter((n) => n.kind !== 'task' && n.kind !== 'more');
  const tasks = model.nodes.filter((n) => n.kind === 'task' || n.kind === 'more');
  if (story.length > 0) out.push(`  subgraph incident ["${escapeLabel(title)}"]`, ...story.map((n) => `    ${node(n, max)}`), '  end');
  if (tasks.length > 0) {
    out.push('  subgraph actions ["Corrective actions"]', ...tasks.map((n) => `    ${node(n, max)}`), '  end');
  }
  for (const e of model.edges) out.push(`  ${edge(e)}`);
  if (!model.classified) return out.join('\n') + '\n';
  for (const [name, style] of CLASSES) out.push(`  classDef ${name} ${style}`);
  for (const [name] of CLASSES) {
    const ids = model.nodes.filter((n) => n.kind === name || (name === 'task' && n.kind === 'more')).map((n) => n.id);
    if (ids.length > 0) out.push(`  class ${ids.join(',')} ${name}`);
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

function entryText(entry: TimelineEntry, kind: Phase): string {
  const time = clock(entry.time);
  const text = kind === 'misleading' ? `✗ ${entry.text}` : entry.text;
  return time ? `${time} · ${text}` : text;
}

function addHow(entry: TimelineEntry, id: string, nodes: FlowNode[], edges: FlowEdge[]): void {
  const method = detectionMethod(`${entry.text} ${entry.detail ?? ''}`);
  if (!method) return;
  nodes.push({ id: 'how', kind: 'how', text: HOW[method] });
  edges.push({ from: 'how', to: id, style: 'solid' });
}

/** Tasks in a column under the resolution (the first linked, the rest stacked by invisible links). */
function addTasks(tasks: readonly Task[], anchor: string | undefined, max: number, nodes: FlowNode[], edges: FlowEdge[]): void {
  const column: FlowNode[] = tasks.slice(0, max).map((t, i) => ({ id: `t${i}`, kind: 'task', text: `${t.checked ? '☑' : '☐'} ${t.text}`, line: t.line }));
  if (tasks.length > max) column.push({ id: 'tmore', kind: 'more', text: `+ ${tasks.length - max} more tasks` });
  column.forEach((n, i) => {
    nodes.push(n);
    const previous = i === 0 ? anchor : column[i - 1]!.id;
    if (previous) edges.push({ from: previous, to: n.id, style: i === 0 ? 'solid' : 'invisible' });
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
    if (m !== undefined) return m;
  }
  return undefined;
}
