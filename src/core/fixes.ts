// Fallback fixes the editor offers when a rule reports no edit: sort the timeline, add a zone to a timestamp.
import { sectionInsertEdit } from './sectionInsert';
import type { Fix, PostmortemDocument, Template, TimelineEntry, Timestamp } from './types';

const DAY = 24 * 60;

/** A fix that puts the Timeline's timed entries in time order (undefined when already sorted or nothing to sort). */
export function sortTimelineFix(doc: PostmortemDocument, lines: string[]): Fix | undefined {
  const section = doc.timelineSection !== undefined ? doc.sections[doc.timelineSection] : undefined;
  const entries = doc.timeline
    .filter((e) => e.shape !== 'heading' && (!section || (e.line > section.headingLine && e.line < section.endLine)))
    .sort((a, b) => a.line - b.line);
  const timed = entries.filter((e) => e.time && e.time.valid !== false);
  if (timed.length < 2 || timed.length !== entries.length) return undefined;
  const end = blockEnd(lines, timed[timed.length - 1]!, section?.endLine ?? lines.length);
  const blocks = timed.map((e, i) => {
    const to = i + 1 < timed.length ? timed[i + 1]!.line : end;
    const block = lines.slice(e.line, to);
    while (block.length > 1 && block[block.length - 1]!.trim() === '') block.pop();
    return block;
  });
  const loose = timed.some((_e, i) => i + 1 < timed.length && lines[timed[i + 1]!.line - 1]!.trim() === '');
  const keys = sortKeys(timed);
  const order = blocks.map((b, i) => ({ b, k: keys[i]!, i })).sort((x, y) => x.k - y.k || x.i - y.i);
  if (order.every((o, i) => o.i === i)) return undefined;
  const newText = order.map((o) => o.b.join('\n')).join(loose ? '\n\n' : '\n');
  const original = lines.slice(timed[0]!.line, end);
  while (original.length > 1 && original[original.length - 1]!.trim() === '') original.pop();
  const last = timed[0]!.line + original.length - 1;
  return {
    title: 'Sort the timeline by time',
    edits: [{ range: { startLine: timed[0]!.line, startColumn: 0, endLine: last, endColumn: lines[last]!.length }, newText }],
  };
}

/** A fix that writes `zone` right after a timestamp ("14:05" → "14:05 UTC"). */
export function addZoneFix(stamp: Pick<Timestamp, 'line' | 'endColumn'>, zone: string): Fix {
  return {
    title: `Add time zone ${zone}`,
    edits: [{ range: { startLine: stamp.line, startColumn: stamp.endColumn, endLine: stamp.line, endColumn: stamp.endColumn }, newText: ` ${zone}` }],
  };
}

/** Sort keys in minutes: by date when written, else by clock with a day added when the clock jumps back more than 12 hours. */
function sortKeys(timed: TimelineEntry[]): number[] {
  let offset = 0;
  return timed.map((e, i) => {
    const t = e.time!;
    const m = t.hour * 60 + t.minute + (t.second ?? 0) / 60;
    if (t.date) return Date.UTC(t.date.year ?? 2000, t.date.month - 1, t.date.day) / 60000 + m;
    const prev = timed[i - 1]?.time;
    if (prev && !prev.date && prev.hour * 60 + prev.minute - m > DAY / 2) offset += DAY;
    return m + offset;
  });
}

function blockEnd(lines: string[], entry: TimelineEntry, limit: number): number {
  let end = entry.line + 1;
  while (end < limit && end < lines.length && /^\s+\S/.test(lines[end]!)) end++;
  return end;
}

/** A fix that inserts a missing template section (heading and skeleton text) where the template puts it. */
export function insertSectionFix(doc: PostmortemDocument, template: Template, sectionId: string): Fix | undefined {
  const section = template.sections.find((s) => s.id === sectionId);
  const edit = section && sectionInsertEdit(doc, template, sectionId);
  return edit ? { title: `Insert the "${section!.title}" section`, edits: [edit] } : undefined;
}
