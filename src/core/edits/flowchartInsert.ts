// Plans the edit that writes the generated flowchart into the document between markers (update in place when present).
import { FLOWCHART_END, FLOWCHART_START } from '../render/html';
import type { PostmortemModel, TextEdit } from '../types';
import { pseudoHeadings } from './timelineInsert';

/** What inserting the flowchart does: one edit (or none when the block is already up to date). */
export interface FlowchartInsertion {
  action: 'inserted' | 'updated' | 'unchanged';
  /** Null when `action` is 'unchanged'. */
  edit: TextEdit | null;
  /** Lines of the marked block after the edit (start marker, line after the end marker). */
  startLine: number;
  endLine: number;
}

const START = `<!-- ${FLOWCHART_START} -->`;
const END = `<!-- ${FLOWCHART_END} -->`;

/** Builds the edit putting `flowchart` under a "Flowchart" heading between the markers. */
export function planFlowchartInsert(doc: PostmortemModel, lines: readonly string[], flowchart: string): FlowchartInsertion {
  const existing = findMarkers(lines);
  if (existing) {
    const hadHeading = lines.slice(existing.start + 1, existing.end).some((l) => /^#{1,6}\s|^\*\*Flowchart\*\*\s*$/.test(l));
    const block = blockLines(flowchart, hadHeading ? headingLevel(doc) : 0);
    const current = lines.slice(existing.start, existing.end + 1);
    const range = { startLine: existing.start, startColumn: 0, endLine: existing.end, endColumn: lines[existing.end]!.length };
    const same = current.join('\n') === block.join('\n');
    return { action: same ? 'unchanged' : 'updated', edit: same ? null : { range, newText: block.join('\n') },
      startLine: existing.start, endLine: existing.start + block.length };
  }
  const diagramSection = doc.sections.find((s) => /\b(flow ?chart|diagram)s?\b/i.test(s.title));
  const at = diagramSection ? diagramSection.bodyStartLine : timelineEnd(doc, lines);
  return insertAt(lines, at, blockLines(flowchart, diagramSection ? 0 : headingLevel(doc)));
}

/** The start and end marker lines, when both are present in order. */
export function findMarkers(lines: readonly string[]): { start: number; end: number } | undefined {
  const start = lines.findIndex((l) => l.trim() === START);
  if (start === -1) return undefined;
  const end = lines.findIndex((l, i) => i > start && l.trim() === END);
  return end === -1 ? undefined : { start, end };
}

// The marked block; `level` -1 heads it with a bold line (among pseudo-headings), 0 with nothing.
function blockLines(flowchart: string, level: number): string[] {
  const heading = level > 0 ? [`${'#'.repeat(level)} Flowchart`, ''] : level < 0 ? ['**Flowchart**', ''] : [];
  const body = flowchart.trim() ? flowchart.trimEnd().split('\n') : ['flowchart TD', '  empty["No timeline entries yet"]'];
  return [START, ...heading, '```mermaid', ...body, '```', END];
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

/** Inserts `block` before line `at`, with one blank line on either side. */
function insertAt(lines: readonly string[], at: number, block: string[]): FlowchartInsertion {
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
