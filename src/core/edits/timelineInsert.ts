// Decides where a new timeline entry goes (after the entry under the cursor, at the end, or in a new section) and builds the edit.
import type { PostmortemModel, Template, TextEdit, TimelineEntry } from '../types';
import { insertLinesEdit } from './text';
import { trimEndOf } from '../parse/chars';

/** Where the user wants the entry: by cursor, or in time order. */
export type Placement =
  | { kind: 'cursor'; line: number }
  | { kind: 'time'; hour: number; minute: number; date?: { year: number; month: number; day: number } };

/** The edit that inserts the entry and where the cursor should land (ready to type). */
export interface TimelineInsertion {
  edit: TextEdit;
  cursor: { line: number; column: number };
  /** True when a new Timeline section was created. */
  createdSection: boolean;
}

const DAY = 24 * 60;

/** Builds the edit inserting `stamp` (e.g. "- **14:32 UTC** - ") into the document's Timeline. */
export function planTimelineInsert(
  doc: PostmortemModel,
  lines: string[],
  stamp: string,
  placement: Placement,
  template?: Template,
): TimelineInsertion {
  const section = timelineExtent(doc);
  if (!section) return newSection(doc, lines, stamp, template);
  const entries = timelineEntries(doc);
  const anchor =
    placement.kind === 'cursor'
      ? entryUnderCursor(entries, placement.line, section.headingLine, section.endLine)
      : chronologicalAnchor(entries, placement);
  if (anchor === 'first') {
    const first = entries.find((e) => e.time) ?? entries[0]!;
    const text = adaptToNeighbour(stamp, lines[first.line] ?? '', first);
    return {
      ...insertAt(lines, first.line, text.line, false),
      cursor: { line: first.line, column: text.cursor },
      createdSection: false,
    };
  }
  const neighbour = anchor ?? entries[entries.length - 1];
  if (neighbour) {
    const text = adaptToNeighbour(stamp, lines[neighbour.line] ?? '', neighbour);
    const after = entryBlockEnd(lines, neighbour, entries, section.endLine);
    return { ...insertAt(lines, after, text.line, false, text.cursor), createdSection: false };
  }
  const last = lastContentLine(lines, section.bodyStartLine, section.endLine) ?? section.headingLine;
  const res = insertLinesEdit(lines, last + 1, [stamp], { blankBefore: true, blankAfter: true });
  return { edit: res.edit, cursor: { line: res.firstLine, column: stamp.length }, createdSection: false };
}

/** True when the timeline runs past midnight (dates differ, or the clock jumps back by more than 12 hours). */
export function timelineCrossesMidnight(doc: PostmortemModel): boolean {
  const timed = timelineEntries(doc).filter((e) => e.time?.valid !== false && e.time);
  if (timed.some((e) => (e.elapsedMinutes ?? 0) >= DAY)) return true;
  const dates = new Set(
    timed
      .map((e) => e.time?.date)
      .filter(Boolean)
      .map((d) => `${d!.year ?? ''}-${d!.month}-${d!.day}`),
  );
  if (dates.size > 1) return true;
  for (let i = 1; i < timed.length; i++) {
    if (dayMinutes(timed[i - 1]!) - dayMinutes(timed[i]!) > DAY / 2) return true;
  }
  return false;
}

/** True when adding an entry at this wall time after the entry before it runs past midnight. */
export function wouldCrossMidnight(doc: PostmortemModel, hour: number, minute: number): boolean {
  const timed = timelineEntries(doc).filter((e) => e.time);
  const last = timed[timed.length - 1];
  return last !== undefined && dayMinutes(last) - (hour * 60 + minute) > DAY / 2;
}

/** The timeline's heading line (or the line before its text), text start and end. */
export function timelineExtent(
  doc: PostmortemModel,
): { headingLine: number; bodyStartLine: number; endLine: number } | undefined {
  const tl = doc.timeline;
  if (!tl) return undefined;
  const s = tl.section !== undefined ? doc.sections[tl.section] : undefined;
  return { headingLine: s ? s.headingLine : tl.startLine - 1, bodyStartLine: tl.startLine, endLine: tl.endLine };
}

/** The document's timeline entries (not headings), in line order. */
export function timelineEntries(doc: PostmortemModel): TimelineEntry[] {
  const inside = doc.timeline?.entries ?? [];
  return inside.filter((e) => e.shape !== 'heading').sort((a, b) => a.line - b.line);
}

/** The entry the cursor is on (or in the lines below it), undefined outside the timeline. */
export function entryUnderCursor(
  entries: TimelineEntry[],
  line: number,
  start: number,
  end: number,
): TimelineEntry | undefined {
  if (line < start || line >= end) return undefined;
  let found: TimelineEntry | undefined;
  for (const e of entries) if (e.line <= line) found = e;
  return found;
}

/** The entry after which a time belongs, 'first' when it goes before every entry, undefined when nothing is timed. */
export function chronologicalAnchor(
  entries: TimelineEntry[],
  p: Extract<Placement, { kind: 'time' }>,
): TimelineEntry | 'first' | undefined {
  const timed = entries.filter((e) => e.time && e.time.valid !== false);
  if (timed.length === 0) return undefined;
  const abs = absoluteMinutes(timed);
  const first = abs[0]!;
  const last = abs.reduce((a, b) => Math.max(a, b), first);
  const t = p.hour * 60 + p.minute;
  let candidate = t;
  const firstDate = timed[0]!.time?.date;
  if (p.date && firstDate) {
    const days = Math.round(
      (Date.UTC(p.date.year, p.date.month - 1, p.date.day) -
        Date.UTC(firstDate.year ?? p.date.year, firstDate.month - 1, firstDate.day)) /
        864e5,
    );
    candidate = t + days * DAY + (first - dayMinutes(timed[0]!));
  } else {
    for (let k = 0; k * DAY + t <= last; k++) {
      if (k * DAY + t >= first) {
        candidate = k * DAY + t;
        break;
      }
    }
  }
  let anchor: TimelineEntry | undefined;
  timed.forEach((e, i) => {
    if (abs[i]! <= candidate) anchor = e;
  });
  return anchor ?? 'first';
}

/** Minutes since the first entry's midnight, following the core's elapsed minutes and day jumps. */
function absoluteMinutes(timed: TimelineEntry[]): number[] {
  const base = dayMinutes(timed[0]!);
  let offset = 0;
  return timed.map((e, i) => {
    if (e.elapsedMinutes !== undefined) return base + e.elapsedMinutes;
    if (i > 0 && dayMinutes(timed[i - 1]!) - dayMinutes(e) > DAY / 2) offset += DAY;
    return dayMinutes(e) + offset;
  });
}

function dayMinutes(e: TimelineEntry): number {
  return (e.time?.hour ?? 0) * 60 + (e.time?.minute ?? 0);
}

/** The line after an entry and its indented continuation lines. */
export function entryBlockEnd(
  lines: readonly string[],
  entry: TimelineEntry,
  entries: TimelineEntry[],
  sectionEnd: number,
): number {
  const next = entries.find((e) => e.line > entry.line)?.line ?? sectionEnd;
  let end = entry.line + 1;
  if (entry.shape === 'table') return end;
  while (end < next && end < lines.length && /^\s+\S/.test(lines[end]!)) end++;
  return end;
}

export function lastContentLine(lines: readonly string[], from: number, to: number): number | undefined {
  for (let i = Math.min(to, lines.length) - 1; i >= from; i--) if (lines[i]!.trim() !== '') return i;
  return undefined;
}

/** Matches the neighbour's bullet marker and indentation, or writes a table row for table timelines. */
function adaptToNeighbour(
  stamp: string,
  neighbourLine: string,
  neighbour: TimelineEntry,
): { line: string; cursor: number } {
  if (neighbour.shape === 'table') {
    const cells = neighbourLine
      .trim()
      .replace(/^\||\|$/g, '')
      .split('|').length;
    const label = trimEndOf(trimEndOf(stamp.replace(/^\s*[-*+]\s+/, ''), '', true).replace(/[-–—:|]$/, ''), '', true);
    const head = `| ${label} | `;
    return { line: head + ' |' + '  |'.repeat(Math.max(0, cells - 2)), cursor: head.length };
  }
  const m = /^(\s*)([-*+])\s/.exec(neighbourLine);
  const line = m && /^[-*+]\s/.test(stamp) ? (m[1] ?? '') + (m[2] ?? '-') + stamp.slice(1) : stamp;
  return { line, cursor: line.length };
}

function insertAt(
  lines: string[],
  at: number,
  text: string,
  blank: boolean,
  cursor = text.length,
): Omit<TimelineInsertion, 'createdSection'> {
  const res = insertLinesEdit(lines, at, [text], { blankBefore: blank, blankAfter: blank });
  return { edit: res.edit, cursor: { line: res.firstLine, column: cursor } };
}

/** Adds a Timeline section (heading, blank, entry) where the template puts it. */
export function newSection(
  doc: PostmortemModel,
  lines: string[],
  stamp: string,
  template?: Template,
): TimelineInsertion {
  const place = sectionPlace(doc, template, (s) => s.id === 'timeline' || /timeline/i.test(s.title));
  const title = template?.sections.find((s) => s.id === 'timeline' || /timeline/i.test(s.title))?.title ?? 'Timeline';
  // Written like the document's other section headings: a pseudo-heading among pseudo-headings, so none changes rank.
  const heading = pseudoHeadings(doc) ? `**${title}**` : `${'#'.repeat(place.level)} ${title}`;
  const res = insertLinesEdit(lines, place.line, [heading, '', stamp], { blankBefore: true, blankAfter: true });
  return { edit: res.edit, cursor: { line: res.firstLine + 2, column: stamp.length }, createdSection: true };
}

/** True when the document's template sections are headed by bold, plain or `Label:` lines rather than Markdown headings. */
export function pseudoHeadings(doc: PostmortemModel): boolean {
  const titled = doc.regions.find((r) => r.by === 'title' && r.section !== undefined);
  const style = titled ? doc.sections[titled.section!]?.style : undefined;
  return style === 'emphasis' || style === 'plain' || style === 'label';
}

/** Where a template section belongs: before the first later template section present, else after the last earlier one, else at the end. */
export function sectionPlace(
  doc: PostmortemModel,
  template: Template | undefined,
  isTarget: (s: Template['sections'][number]) => boolean,
): { line: number; level: number } {
  const fallbackLevel = doc.sections.find((s) => s.level >= 2 && s.style === 'atx')?.level ?? 2;
  const order = template?.sections ?? [];
  const index = order.findIndex(isTarget);
  if (index >= 0) {
    const later = new Set(order.slice(index + 1).map((s) => s.id));
    const next = doc.sections.find(
      (s) => s.templateSectionId !== undefined && later.has(s.templateSectionId) && s.headingLine !== doc.titleLine,
    );
    if (next) return { line: next.headingLine, level: next.style === 'atx' ? next.level : fallbackLevel };
    const earlier = new Set(order.slice(0, index).map((s) => s.id));
    const prev = [...doc.sections]
      .reverse()
      .find((s) => s.templateSectionId !== undefined && earlier.has(s.templateSectionId));
    if (prev) {
      const following = doc.sections.find((s) => s.headingLine > prev.headingLine && s.level <= prev.level);
      return {
        line: following ? following.headingLine : doc.lineCount,
        level: prev.style === 'atx' ? prev.level : fallbackLevel,
      };
    }
  }
  return { line: doc.lineCount, level: fallbackLevel };
}
