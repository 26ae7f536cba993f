// PM013: timeline entries are in chronological order; the fix sorts them by the same order key.
import { orderKeys } from '../time/order';
import type { Fix, PostmortemModel, TimelineEntry } from '../types';
import { finding, spanRange, templateHas, type Rule } from './rule';

/** An entry earlier than the one before it (dates, zones and plausible midnight crossings taken into account). */
export const timelineOrder: Rule = {
  id: 'PM013',
  name: 'timeline-order',
  description: 'Timeline entries are in chronological order (dates, zones and midnight crossings handled).',
  tags: ['timeline', 'time'],
  severity: 'warning',
  fixAll: true,
  appliesTo: (t) => templateHas(t, 'timeline'),
  check(m) {
    const entries = m.timeline?.entries ?? [];
    const { keys } = orderKeys(entries, m.timeline?.zone ?? m.summary.zone);
    const out = [];
    let prev: { raw: string; at: number } | undefined;
    let fix: Fix | undefined | null = null;
    for (let i = 0; i < entries.length; i++) {
      const e = entries[i]!,
        k = keys[i];
      if (k === undefined || !e.time) continue;
      if (prev && k < prev.at) {
        if (fix === null) fix = sortTimelineFix(m, entries, keys);
        out.push(
          finding(
            this,
            `Timeline entry is out of chronological order [${e.time.raw} after ${prev.raw}]`,
            spanRange(e.time.line, e.time.startColumn, e.time.endColumn),
            fix ?? undefined,
          ),
        );
      }
      if (!prev || k >= prev.at) prev = { raw: e.time.raw, at: k };
    }
    return out;
  },
};

/**
 * A fix that puts the timeline's entries in time order, each entry moved whole (its nested lines with it) and
 * every other line kept: undefined when an entry has no time, shares its line with another, or is a heading.
 */
export function sortTimelineFix(
  m: PostmortemModel,
  entries: readonly TimelineEntry[],
  keys: ReadonlyArray<number | undefined>,
): Fix | undefined {
  if (
    entries.length < 2 ||
    entries.some(
      (e, i) => keys[i] === undefined || e.shape === 'heading' || e.shape === 'clause' || e.endColumn !== undefined,
    )
  )
    return undefined;
  const lines = m.lines;
  // Blocks: from each entry's line to the next entry's line (trailing blank lines stay where they are).
  const blocks = entries.map((e, i) => {
    const to = i + 1 < entries.length ? entries[i + 1]!.line : e.endLine;
    let end = Math.max(e.line + 1, to);
    while (end > e.line + 1 && lines[end - 1]!.trim() === '') end--;
    return { from: e.line, to: end, gapTo: to, key: keys[i]!, i };
  });
  for (let i = 1; i < blocks.length; i++)
    if (blocks[i]!.from < blocks[i - 1]!.gapTo && blocks[i]!.from !== blocks[i - 1]!.gapTo) return undefined;
  const sorted = [...blocks].sort((a, b) => a.key - b.key || a.i - b.i);
  if (sorted.every((b, i) => b.i === i)) return undefined;
  // Slot j keeps its separator (the blank lines after it) and receives block sorted[j].
  const eol = '\n';
  const out: string[] = [];
  blocks.forEach((slot, j) => {
    const b = sorted[j]!;
    for (let n = b.from; n < b.to; n++) out.push(lines[n]!);
    if (j + 1 < blocks.length) for (let n = slot.to; n < slot.gapTo; n++) out.push(lines[n]!);
  });
  const first = blocks[0]!.from,
    lastBlock = blocks[blocks.length - 1]!;
  const lastLine = lastBlock.to - 1;
  return {
    title: 'Sort the timeline by time',
    edits: [
      {
        range: { startLine: first, startColumn: 0, endLine: lastLine, endColumn: lines[lastLine]!.length },
        newText: out.join(eol),
      },
    ],
  };
}
