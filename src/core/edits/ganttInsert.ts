// Plans the edit that writes the time-scaled view (a Mermaid gantt) into the document between markers: under the inserted
// flowchart when there is one, else after the timeline; updated in place the next time.
import { findMarkers as findFlowchartMarkers } from './flowchartInsert';
import type { PostmortemModel, TextEdit } from '../types';

/** The comments around a time-scaled view inserted into the document (the preview then shows no generated one). */
export const GANTT_START = 'postmortem:gantt:start';
export const GANTT_END = 'postmortem:gantt:end';

/** What inserting the time-scaled view does: one edit, or none when the block is up to date (or there is nothing to draw). */
export interface GanttInsertion {
  action: 'inserted' | 'updated' | 'unchanged' | 'empty';
  /** Null when `action` is 'unchanged' or 'empty'. */
  edit: TextEdit | null;
  /** Lines of the marked block after the edit (start marker, line after the end marker); -1 for 'empty'. */
  startLine: number;
  endLine: number;
}

const START = `<!-- ${GANTT_START} -->`;
const END = `<!-- ${GANTT_END} -->`;
const HEADING = 'Time-scaled view';

/** Builds the edit putting `gantt` (Mermaid source) between the markers, under a heading when it goes after the timeline. */
export function planGanttInsert(doc: PostmortemModel, lines: readonly string[], gantt: string): GanttInsertion {
  if (!gantt.trim()) return { action: 'empty', edit: null, startLine: -1, endLine: -1 };
  const existing = findGanttMarkers(lines);
  if (existing) {
    const hadHeading = lines.slice(existing.start + 1, existing.end).some((l) => /^#{1,6}\s/.test(l));
    const block = blockLines(gantt, hadHeading ? headingLevel(doc) : 0);
    const same = lines.slice(existing.start, existing.end + 1).join('\n') === block.join('\n');
    const range = { startLine: existing.start, startColumn: 0, endLine: existing.end, endColumn: lines[existing.end]!.length };
    return { action: same ? 'unchanged' : 'updated', edit: same ? null : { range, newText: block.join('\n') },
      startLine: existing.start, endLine: existing.start + block.length };
  }
  const flowchart = findFlowchartMarkers(lines);
  const at = flowchart ? flowchart.end + 1 : timelineEnd(doc, lines);
  return insertAt(lines, at, blockLines(gantt, flowchart ? 0 : headingLevel(doc)));
}

/** The start and end marker lines of an inserted time-scaled view, when both are present in order. */
export function findGanttMarkers(lines: readonly string[]): { start: number; end: number } | undefined {
  const start = lines.findIndex((l) => l.trim() === START);
  if (start === -1) return undefined;
  const end = lines.findIndex((l, i) => i > start && l.trim() === END);
  return end === -1 ? undefined : { start, end };
}

function blockLines(gantt: string, level: number): string[] {
  const heading = level > 0 ? [`${'#'.repeat(level)} ${HEADING}`, ''] : [];
  return [START, ...heading, '```mermaid', ...gantt.trimEnd().split('\n'), '```', END];
}

function headingLevel(doc: PostmortemModel): number {
  const timeline = doc.timeline?.section !== undefined ? doc.sections[doc.timeline.section] : undefined;
  return timeline && (timeline.style === 'atx' || timeline.style === 'setext') ? timeline.level : 2;
}

/** The line after the Timeline section's last non-blank line; the end of the document without one. */
function timelineEnd(doc: PostmortemModel, lines: readonly string[]): number {
  let end = doc.timeline ? Math.min(doc.timeline.endLine, lines.length) : lines.length;
  while (end > 0 && lines[end - 1]!.trim() === '') end--;
  return end;
}

/** Inserts `block` before line `at`, with one blank line on either side. */
function insertAt(lines: readonly string[], at: number, block: string[]): GanttInsertion {
  if (at >= lines.length || (at === lines.length - 1 && lines[at] === '' && lines.length > 1)) {
    const last = lines.length - 1;
    const tail = lines[last] ?? '';
    const before = tail.trim() === '' ? (last > 0 && lines[last - 1]!.trim() !== '' ? '\n' : '') : '\n\n';
    const startLine = last + (before.match(/\n/g)?.length ?? 0);
    return { action: 'inserted', edit: { range: { startLine: last, startColumn: tail.length, endLine: last, endColumn: tail.length },
      newText: before + block.join('\n') + '\n' }, startLine, endLine: startLine + block.length };
  }
  const blankBefore = at > 0 && lines[at - 1]!.trim() !== '';
  const blankAfter = lines[at]!.trim() !== '';
  const newText = (blankBefore ? '\n' : '') + block.join('\n') + '\n' + (blankAfter ? '\n' : '');
  const startLine = at + (blankBefore ? 1 : 0);
  return { action: 'inserted', edit: { range: { startLine: at, startColumn: 0, endLine: at, endColumn: 0 }, newText },
    startLine, endLine: startLine + block.length };
}
