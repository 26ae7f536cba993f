// The blocks Postmortem Writer writes into a document (flowchart, gantt, key metrics), each between two comments.

/** Kinds of generated block. */
export type GeneratedKind = 'flowchart' | 'gantt' | 'metrics';

/** The comment names around each kind (`<!-- postmortem:flowchart:start -->` … `<!-- postmortem:flowchart:end -->`). */
export const GENERATED_MARKERS: Readonly<Record<GeneratedKind, { start: string; end: string }>> = {
  flowchart: { start: 'postmortem:flowchart:start', end: 'postmortem:flowchart:end' },
  gantt: { start: 'postmortem:gantt:start', end: 'postmortem:gantt:end' },
  metrics: { start: 'postmortem:metrics:start', end: 'postmortem:metrics:end' },
};

/** The start and end marker lines of a generated block, when both are present in order. */
export function findGenerated(
  lines: readonly string[],
  kind: GeneratedKind,
): { start: number; end: number } | undefined {
  const start = `<!-- ${GENERATED_MARKERS[kind].start} -->`;
  const end = `<!-- ${GENERATED_MARKERS[kind].end} -->`;
  // includes() before trim(): no new string for each of a document's lines.
  const marks = (l: string, marker: string): boolean => l.includes(marker) && l.trim() === marker;
  const s = lines.findIndex((l) => marks(l, start));
  if (s === -1) return undefined;
  for (let n = s + 1; n < lines.length; n++) if (marks(lines[n]!, end)) return { start: s, end: n };
  return undefined;
}
