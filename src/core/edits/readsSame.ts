// Our own inserts must not change how the rest of the document reads: compares the model before and after an edit.
import type { PostmortemModel, SummaryFacts } from '../types';

/** What a reader takes from a document: its sections with their own text, the summary facts, the timed entries. */
export interface Reading {
  title: string;
  sections: SectionReading[];
  summary: string;
  /** Timeline entries that carry a time: "raw | text | detail". */
  entries: string[];
}

/** A section as read: heading identity and the normalised text under it (up to the next heading of any level). */
export interface SectionReading {
  key: string;
  text: string;
  templateSectionId?: string;
}

/** What an insert may add: sections (by count) and timed timeline entries (by count). */
export interface Allowance {
  sections?: number;
  entries?: number;
  /** The summary facts may change (the insert adds a section that holds them). */
  summary?: boolean;
  /** Leave the timeline's lines out of the section texts (a timeline insert changes them; its entries are compared instead). */
  ignoreTimelineText?: boolean;
}

/** Reads a model the way `readsSame` compares it. */
export function readingOf(
  doc: PostmortemModel,
  opts: { ignoreTimelineText?: boolean; skip?: ReadonlyArray<{ from: number; to: number }> } = {},
): Reading {
  const heads = doc.sections.map((s) => s.headingLine).sort((a, b) => a - b);
  const tl = doc.timeline;
  // Lines [from, to) left out: what an insert added (not part of what must read the same), or where a timeline was.
  const ranges = [
    ...(opts.skip ?? []),
    ...(opts.ignoreTimelineText && tl ? [{ from: tl.startLine, to: tl.endLine }] : []),
  ];
  const skip = (n: number): boolean => ranges.some((r) => n >= r.from && n < r.to);
  const sections = doc.sections.map((s) => {
    const next = heads.find((h) => h > s.headingLine);
    const end = Math.min(s.endLine, next ?? s.endLine);
    const own: string[] = [];
    for (let n = s.bodyStartLine; n < end; n++) {
      if (skip(n)) continue;
      const line =
        n === s.headingLine && s.bodyColumn !== undefined
          ? (doc.lines[n] ?? '').slice(s.bodyColumn)
          : n === s.headingLine
            ? ''
            : (doc.lines[n] ?? '');
      own.push(line);
    }
    const r: SectionReading = { key: `${s.level}|${s.style}|${s.title}`, text: normalise(own) };
    if (s.templateSectionId !== undefined) r.templateSectionId = s.templateSectionId;
    return r;
  });
  const entries = (tl?.entries ?? [])
    .filter((e) => e.time?.valid)
    .map((e) => `${e.time!.raw} | ${e.text} | ${e.detail ?? ''}`);
  return { title: doc.title ?? '', sections, summary: summaryKey(doc.summary), entries };
}

// Lines without trailing spaces, invisible comments, and runs of blank lines (at the ends: none; inside: one).
function normalise(lines: string[]): string {
  const out: string[] = [];
  for (const raw of lines) {
    const l = raw.trimEnd();
    if (/^\s*<!--[^]{0,400}-->\s*$/.test(l)) continue;
    if (l.trim() === '' && (out.length === 0 || out[out.length - 1] === '')) continue;
    out.push(l.trim() === '' ? '' : l);
  }
  while (out.length && out[out.length - 1] === '') out.pop();
  return out.join('\n');
}

// The summary facts without positions.
function summaryKey(f: SummaryFacts): string {
  return JSON.stringify([
    f.start?.raw,
    f.end?.raw,
    f.durationMinutes,
    f.zone?.raw,
    f.impact,
    f.percentUsers,
    f.rootCause,
  ]);
}

/**
 * Why `after` does not read as `before` plus what the allowance permits (undefined when it does): every section
 * of `before` is still there with the same text, in order; at most `sections` new ones; the same summary facts;
 * the timed entries of `before` in order with exactly `entries` new ones among them.
 */
export function readingChange(before: Reading, after: Reading, allow: Allowance = {}): string | undefined {
  if (before.title !== after.title) return `the title changed: "${before.title}" → "${after.title}"`;
  if (!allow.summary && before.summary !== after.summary)
    return `the summary facts changed: ${before.summary} → ${after.summary}`;
  const sec = alignWithExtras(
    before.sections.map((s) => `${s.key}\n${s.text}`),
    after.sections.map((s) => `${s.key}\n${s.text}`),
    allow.sections ?? 0,
  );
  if (sec !== undefined) return `section ${sec}`;
  const added = after.entries.length - before.entries.length;
  if (added !== (allow.entries ?? 0))
    return `the timeline has ${added} more timed entries, expected ${allow.entries ?? 0}`;
  const ent = alignWithExtras(before.entries, after.entries, added);
  if (ent !== undefined) return `timeline entry ${ent}`;
  return undefined;
}

/** Undefined when `after` is `before` with up to `extras` items inserted; else what went missing or changed. */
function alignWithExtras(before: string[], after: string[], extras: number): string | undefined {
  let i = 0,
    used = 0;
  for (const a of after) {
    if (i < before.length && before[i] === a) i++;
    else if (++used > extras) return `changed: "${(before[i] ?? '').slice(0, 120)}" now reads "${a.slice(0, 120)}"`;
  }
  return i < before.length ? `missing: "${before[i]!.slice(0, 120)}"` : undefined;
}

/** True when `after` reads as `before` plus the allowance. */
export function readsSame(before: PostmortemModel, after: PostmortemModel, allow: Allowance = {}): boolean {
  const opts = { ignoreTimelineText: !!allow.ignoreTimelineText };
  return readingChange(readingOf(before, opts), readingOf(after, opts), allow) === undefined;
}
