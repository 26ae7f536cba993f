// Plans the edits that write generated blocks into the document between markers — the flowchart, the gantt, the
// key-metrics table — updated in place when present (idempotent: an up-to-date block is left alone), and says
// which inserted blocks no longer match the document (stale).
import { buildFlowchart } from '../story/flowchart';
import { buildGantt } from '../story/gantt';
import { findGenerated, GENERATED_MARKERS, type GeneratedKind } from '../story/blocks';
import { MILESTONE_NAMES } from '../story/metrics';
import { formatDuration } from '../time/duration';
import type { ContentCheck, IncidentDurations, MilestoneKind, PostmortemModel, Region, TextEdit } from '../types';
import { pseudoHeadings } from './timelineInsert';

/** What inserting a block does: one edit (or none when the block is already up to date). */
export interface FlowchartInsertion {
  action: 'inserted' | 'updated' | 'unchanged';
  /** Null when `action` is 'unchanged'. */
  edit: TextEdit | null;
  /** Lines of the marked block after the edit (start marker, line after the end marker). */
  startLine: number;
  endLine: number;
}
export type BlockInsertion = FlowchartInsertion;

const marker = (kind: GeneratedKind, end: boolean): string =>
  `<!-- ${GENERATED_MARKERS[kind][end ? 'end' : 'start']} -->`;

/** Builds the edit putting `flowchart` under a "Flowchart" heading between the markers (after the timeline, or in the author's diagram section). */
export function planFlowchartInsert(
  doc: PostmortemModel,
  lines: readonly string[],
  flowchart: string,
): FlowchartInsertion {
  const body = flowchart.trim() ? fenced(flowchart) : fenced('flowchart TD\n  empty["No timeline entries yet"]\n');
  return planBlock(doc, lines, 'flowchart', body, 'Flowchart', () => {
    const diagramSection = doc.sections.find((s) => /\b(flow ?chart|diagram)s?\b/i.test(s.title));
    return diagramSection
      ? { at: diagramSection.bodyStartLine, heading: false }
      : { at: timelineEnd(doc, lines), heading: true };
  });
}

/** Builds the edit putting the gantt (`buildGantt`) under "Timeline to scale", right after an inserted flowchart, else where the flowchart would go. */
export function planGanttInsert(
  doc: PostmortemModel,
  lines: readonly string[],
  gantt: string,
): BlockInsertion | undefined {
  if (!gantt.trim()) return undefined;
  return planBlock(doc, lines, 'gantt', fenced(gantt), 'Timeline to scale', () => {
    const flow = findGenerated(lines, 'flowchart');
    return flow ? { at: flow.end + 1, heading: true } : { at: timelineEnd(doc, lines), heading: true };
  });
}

/** Builds the edit putting the key-metrics table under the summary (its last line of text), else under the title. */
export function planMetricsInsert(doc: PostmortemModel, lines: readonly string[]): BlockInsertion {
  return planBlock(doc, lines, 'metrics', metricsTable(doc), '', () => ({
    at: summaryEnd(doc, lines),
    heading: false,
  }));
}

/** The columns of the key-metrics table. */
const TABLE_MILESTONES: readonly MilestoneKind[] = ['start', 'detected', 'mitigated', 'resolved'];
const TABLE_DURATIONS: ReadonlyArray<keyof IncidentDurations> = ['ttd', 'ttm', 'ttr'];

/** The key-metrics table (Markdown): Started, Detected, Mitigated, Resolved, TTD, TTM, TTR; "—" where unknown. */
export function metricsTable(doc: PostmortemModel): string {
  const m = doc.metrics;
  const head = [...TABLE_MILESTONES.map((k) => MILESTONE_NAMES[k]), ...TABLE_DURATIONS.map((k) => k.toUpperCase())];
  const cells = [
    ...TABLE_MILESTONES.map((k) => cell(m.milestones[k]?.display ?? m.milestones[k]?.written)),
    ...TABLE_DURATIONS.map((k) => cell(m.durations[k] !== undefined ? formatDuration(m.durations[k]) : undefined)),
  ];
  return (
    [`| ${head.join(' | ')} |`, `| ${head.map(() => '---').join(' | ')} |`, `| ${cells.join(' | ')} |`].join('\n') +
    '\n'
  );
}

/** A table cell: the text with pipes escaped, or "—" when unknown. */
function cell(text: string | undefined): string {
  return text ? text.replace(/\|/g, '\\|') : '—';
}

/** An inserted block of the document and whether it still matches what the document says. */
export interface GeneratedBlock {
  kind: GeneratedKind;
  /** The start and end marker lines. */
  startLine: number;
  endLine: number;
  /** True when writing the block again would change it (the timeline or the summary changed since). */
  stale: boolean;
  /** The edit that brings it up to date (null when it is). */
  edit: TextEdit | null;
}

/** The blocks inserted into the document, each with whether it is out of date. */
export function generatedBlocks(doc: PostmortemModel, lines: readonly string[]): GeneratedBlock[] {
  const out: GeneratedBlock[] = [];
  const add = (kind: GeneratedKind, plan: BlockInsertion | undefined): void => {
    const at = findGenerated(lines, kind);
    if (!at) return;
    // A gantt with nothing left to draw (no two timed milestones) is left as it is: there is nothing to update it to.
    out.push({
      kind,
      startLine: at.start,
      endLine: at.end,
      stale: !!plan && plan.action !== 'unchanged',
      edit: plan?.edit ?? null,
    });
  };
  if (findGenerated(lines, 'flowchart')) add('flowchart', planFlowchartInsert(doc, lines, buildFlowchart(doc)));
  if (findGenerated(lines, 'gantt')) add('gantt', planGanttInsert(doc, lines, buildGantt(doc)));
  if (findGenerated(lines, 'metrics')) add('metrics', planMetricsInsert(doc, lines));
  return out;
}

/** The start and end marker lines of the inserted flowchart, when both are present in order. */
export function findMarkers(lines: readonly string[]): { start: number; end: number } | undefined {
  return findGenerated(lines, 'flowchart');
}

/** A Mermaid block as a fenced code block. */
function fenced(mermaid: string): string {
  return ['```mermaid', ...mermaid.trimEnd().split('\n'), '```'].join('\n') + '\n';
}

/** The plan for one kind: update the marked block in place (keeping a heading it had), else insert it where `place` says. */
function planBlock(
  doc: PostmortemModel,
  lines: readonly string[],
  kind: GeneratedKind,
  body: string,
  title: string,
  place: () => { at: number; heading: boolean },
): BlockInsertion {
  const existing = findGenerated(lines, kind);
  const level = headingLevel(doc);
  const block = (heading: boolean): string[] => [
    marker(kind, false),
    ...(heading && title ? headingLines(level, title) : []),
    ...body.trimEnd().split('\n'),
    marker(kind, true),
  ];
  if (existing) {
    const hadHeading = lines
      .slice(existing.start + 1, existing.end)
      .some((l) => /^#{1,6}\s|^\*\*[^*]+\*\*\s*$/.test(l));
    const next = block(hadHeading);
    const current = lines.slice(existing.start, existing.end + 1);
    const range = {
      startLine: existing.start,
      startColumn: 0,
      endLine: existing.end,
      endColumn: lines[existing.end]!.length,
    };
    const same = current.join('\n') === next.join('\n');
    return {
      action: same ? 'unchanged' : 'updated',
      edit: same ? null : { range, newText: next.join('\n') },
      startLine: existing.start,
      endLine: existing.start + next.length,
    };
  }
  const { at, heading } = place();
  return insertAt(lines, at, block(heading));
}

// A block's heading lines: `level` > 0 an ATX heading, -1 a bold line (among pseudo-headings), 0 none.
function headingLines(level: number, title: string): string[] {
  return level > 0 ? [`${'#'.repeat(level)} ${title}`, ''] : level < 0 ? [`**${title}**`, ''] : [];
}

// The Flowchart heading's level: the Timeline's (a bold line when sections are headed by bold or plain lines, so no
// heading after it changes rank), else 2.
function headingLevel(doc: PostmortemModel): number {
  const timeline = doc.timeline?.section !== undefined ? doc.sections[doc.timeline.section] : undefined;
  if (timeline && (timeline.style === 'atx' || timeline.style === 'setext')) return timeline.level;
  return (timeline && timeline.style !== 'html') || pseudoHeadings(doc) ? -1 : 2;
}

/** The line after the Timeline section's last non-blank line; the end of the document without one. */
function timelineEnd(doc: PostmortemModel, lines: readonly string[]): number {
  let end = doc.timeline ? Math.min(doc.timeline.endLine, lines.length) : lines.length;
  while (end > 0 && lines[end - 1]!.trim() === '') end--;
  return end;
}

/** The line after the summary's last non-blank line (the region holding the duration, else the first summary check); else after the title. */
function summaryEnd(doc: PostmortemModel, lines: readonly string[]): number {
  const holds = (r: Region, check: ContentCheck): boolean =>
    (doc.template.sections[r.templateIndex]!.content ?? []).includes(check);
  const summaryChecks: readonly ContentCheck[] = ['start-end', 'impact', 'time-zone', 'percent-users'];
  const region =
    doc.regions.find((r) => holds(r, 'duration')) ?? doc.regions.find((r) => summaryChecks.some((c) => holds(r, c)));
  let end = region ? Math.min(region.endLine, lines.length) : doc.titleLine !== undefined ? doc.titleLine + 1 : 0;
  while (end > (region?.startLine ?? 0) && end > 0 && lines[end - 1]!.trim() === '') end--;
  return end;
}

/** Inserts `block` before line `at`, with one blank line on either side. */
function insertAt(lines: readonly string[], at: number, block: string[]): BlockInsertion {
  if (at >= lines.length || (at === lines.length - 1 && lines[at] === '' && lines.length > 1)) {
    const last = lines.length - 1;
    const tail = lines[last] ?? '';
    const before = tail.trim() === '' ? (last > 0 && lines[last - 1]!.trim() !== '' ? '\n' : '') : '\n\n';
    const startLine = last + (before.match(/\n/g)?.length ?? 0);
    return {
      action: 'inserted',
      edit: {
        range: { startLine: last, startColumn: tail.length, endLine: last, endColumn: tail.length },
        newText: before + block.join('\n') + '\n',
      },
      startLine,
      endLine: startLine + block.length,
    };
  }
  const blankBefore = at > 0 && lines[at - 1]!.trim() !== '';
  const blankAfter = lines[at]!.trim() !== '';
  const newText = (blankBefore ? '\n' : '') + block.join('\n') + '\n' + (blankAfter ? '\n' : '');
  const startLine = at + (blankBefore ? 1 : 0);
  return {
    action: 'inserted',
    edit: { range: { startLine: at, startColumn: 0, endLine: at, endColumn: 0 }, newText },
    startLine,
    endLine: startLine + block.length,
  };
}
