// Our own inserts must not change how the rest of a document reads. Generated postmortems in the styles people write
// (heading styles, entry shapes, clocks, zones, dates, blank lines or none) and checks shared by every core insert:
// timeline entry, section, flowchart. A new insert joins by adding an entry to INSERTS.
import * as fc from 'fast-check';
import {
  applyEdits,
  buildFlowchart,
  buildGantt,
  planFlowchartInsert,
  planGanttInsert,
  planMetricsInsert,
  planTimelineEntry,
  readModel,
  readingChange,
  readingOf,
  sectionInsertEdit,
  type Allowance,
  type PostmortemModel,
  type TextEdit,
} from '../../../src/core/index';

/** A document and how it was generated (for failure messages). */
export interface Generated {
  text: string;
  /** The ALX sections it holds, by id. */
  sections: string[];
  /** Wall-clock minutes of the first and last entry (UTC day 2024-03-05), when there are entries. */
  span?: [number, number];
}

const TITLES: Record<string, string> = {
  'issue-summary': 'Issue Summary',
  timeline: 'Timeline',
  'root-cause-and-resolution': 'Root Cause and Resolution',
  'corrective-and-preventative-measures': 'Corrective and Preventative Measures',
};
const BODIES: Record<string, string[]> = {
  'issue-summary': [
    'From 08:32 AM to 09:40 AM UTC about 20% of users could not log in; the root cause was an expired certificate.',
  ],
  'root-cause-and-resolution': [
    'The certificate renewal job had been disabled during a migration.',
    'We renewed the certificate and re-enabled the job.',
  ],
  'corrective-and-preventative-measures': [
    '- Re-enable the renewal job',
    '- Alert 30 days before a certificate expires',
  ],
};
const EVENTS = [
  'Engineering team received alerts about failed logins.',
  'On-call engineer checked the load balancer logs.',
  'Escalated to the platform team.',
  'Found the expired certificate.',
  'Renewed the certificate.',
  'Logins recovered for all users.',
];

type HeadingStyle = 'atx' | 'setext' | 'bold' | 'plain' | 'label';
type Shape = 'bullet' | 'bold-bullet' | 'star' | 'plain' | 'table' | 'numbered';
type Clock = '24' | '12-pad' | '12' | '12-lower';
type ZoneStyle = 'UTC' | 'PST' | 'WAT' | 'GMT+1' | 'none' | 'declared';
type DateStyle = 'none' | 'iso' | 'month-name' | 'date-line';

const pad2 = (n: number): string => (n < 10 ? `0${n}` : String(n));

function heading(style: HeadingStyle, title: string): string[] {
  switch (style) {
    case 'atx':
      return [`## ${title}`];
    case 'setext':
      return [title, '-'.repeat(title.length)];
    case 'bold':
      return [`**${title}**`];
    case 'plain':
      return [title];
    case 'label':
      return [`${title}:`];
  }
}

function clock(c: Clock, minutes: number): string {
  const h = Math.floor(minutes / 60) % 24,
    m = minutes % 60;
  if (c === '24') return `${pad2(h)}:${pad2(m)}`;
  const h12 = h % 12 === 0 ? 12 : h % 12;
  const ap = h < 12 ? 'AM' : 'PM';
  if (c === '12-pad') return `${pad2(h12)}:${pad2(m)} ${ap}`;
  if (c === '12') return `${h12}:${pad2(m)} ${ap}`;
  return `${h12}:${pad2(m)}${ap.toLowerCase()}`;
}

function entryLine(shape: Shape, stamp: string, event: string): string {
  switch (shape) {
    case 'bullet':
      return `- ${stamp} - ${event}`;
    case 'bold-bullet':
      return `- **${stamp}** - ${event}`;
    case 'star':
      return `* ${stamp}: ${event}`;
    case 'plain':
      return `${stamp} - ${event}`;
    case 'table':
      return `| ${stamp} | ${event} |`;
    case 'numbered':
      return `1. ${stamp} — ${event}`;
  }
}

/** Postmortems written in one of many styles, each a full document with a title. */
export const generatedPostmortem: fc.Arbitrary<Generated> = fc
  .record({
    headings: fc.constantFrom<HeadingStyle>('atx', 'setext', 'bold', 'plain', 'label'),
    shape: fc.constantFrom<Shape>('bullet', 'bold-bullet', 'star', 'plain', 'table', 'numbered'),
    clock: fc.constantFrom<Clock>('24', '12-pad', '12', '12-lower'),
    zone: fc.constantFrom<ZoneStyle>('UTC', 'PST', 'WAT', 'GMT+1', 'none', 'declared'),
    date: fc.constantFrom<DateStyle>('none', 'iso', 'month-name', 'date-line'),
    gaps: fc.array(fc.integer({ min: 1, max: 50 }), { minLength: 0, maxLength: 6 }),
    start: fc.integer({ min: 0, max: 23 * 60 }),
    blankAfterHeading: fc.boolean(),
    blankBetweenSections: fc.boolean(),
    looseList: fc.boolean(),
    drop: fc.option(fc.constantFrom(...Object.keys(TITLES)), { nil: undefined }),
    extra: fc.boolean(),
  })
  .map((g) => {
    const lines: string[] = [
      g.headings === 'atx' || g.headings === 'setext' ? '# Postmortem: login outage' : 'Postmortem: login outage',
    ];
    if (g.blankBetweenSections) lines.push('');
    const ids = Object.keys(TITLES).filter((id) => id !== g.drop);
    let span: [number, number] | undefined;
    const zone = g.zone === 'none' || g.zone === 'declared' ? '' : ` ${g.zone}`;
    for (const id of ids) {
      // A setext title right under a list is no title in CommonMark: people who write setext leave a blank line.
      if (g.headings === 'setext' && lines[lines.length - 1] !== '') lines.push('');
      lines.push(
        ...heading(g.headings, id === 'timeline' && g.zone === 'declared' ? 'Timeline (all times UTC)' : TITLES[id]!),
      );
      if (g.blankAfterHeading) lines.push('');
      if (id === 'timeline') {
        let t = g.start;
        const times = [t, ...g.gaps.map((d) => (t += d))];
        if (times.length) span = [times[0]!, times[times.length - 1]!];
        if (g.date === 'date-line' && times.length) lines.push('2024-03-05:', ...(g.shape === 'table' ? [''] : []));
        if (g.shape === 'table' && times.length) lines.push('| Time | Event |', '| --- | --- |');
        times.forEach((m, i) => {
          const day = 5 + Math.floor(m / 1440);
          const date = g.date === 'iso' ? `2024-03-${pad2(day)} ` : g.date === 'month-name' ? `Mar ${day}, 2024 ` : '';
          lines.push(entryLine(g.shape, `${date}${clock(g.clock, m)}${zone}`, EVENTS[i % EVENTS.length]!));
          if (g.looseList && g.shape !== 'table' && i < times.length - 1) lines.push('');
        });
      } else lines.push(...BODIES[id]!);
      if (g.blankBetweenSections) lines.push('');
    }
    if (g.extra)
      lines.push(
        ...heading(g.headings, 'Lessons Learned'),
        ...(g.blankAfterHeading ? [''] : []),
        'Certificates need an owner.',
        '',
      );
    const out: Generated = { text: lines.join('\n'), sections: ids };
    if (span) out.span = span;
    return out;
  });

/** Reads text with the ALX template (every generated document and fixture is read the same way before and after). */
export function read(text: string): PostmortemModel {
  return readModel(text, { template: 'alx-0x19' });
}

/**
 * Throws unless `edit` only inserts text and the document after it reads as before plus `allow`: the same sections
 * with the same text, the same summary facts, the same timed timeline entries plus the allowed new ones.
 */
export function checkInsert(before: string, edit: TextEdit, allow: Allowance, what: string): PostmortemModel {
  const r = edit.range;
  if (r.startLine !== r.endLine || r.startColumn !== r.endColumn)
    throw new Error(`${what}: not an insertion: ${JSON.stringify(r)}`);
  const after = applyEdits(before, [edit]);
  const opts = { ignoreTimelineText: !!allow.ignoreTimelineText };
  const m0 = read(before),
    m1 = read(after);
  // The lines the edit added (what differs between the texts' common first and last lines) are what was inserted.
  const a = before.split('\n'),
    b = after.split('\n');
  let head = 0,
    tail = 0;
  while (head < a.length && head < b.length && a[head] === b[head]) head++;
  while (tail < a.length - head && tail < b.length - head && a[a.length - 1 - tail] === b[b.length - 1 - tail]) tail++;
  const why = readingChange(
    readingOf(m0, opts),
    readingOf(m1, { ...opts, skip: [{ from: head, to: b.length - tail }] }),
    allow,
  );
  if (why)
    throw new Error(`${what} changed how the document reads: ${why}\n--- before\n${before}\n--- after\n${after}`);
  return m1;
}

/** A timeline entry now (`now`, cursor on `line`) or at a typed time: planned, never refused on `strict` documents, and reading the same. */
export function checkTimelineInsert(
  text: string,
  now: Date,
  placement: { kind: 'cursor'; line: number } | { kind: 'time'; hour: number; minute: number },
  strict: boolean,
): void {
  const doc = read(text);
  const plan = planTimelineEntry(doc, {
    now,
    placement,
    defaults: { timeZone: 'UTC', format: '- **{time} {zone}** - ', includeDate: false },
  });
  if ('refused' in plan) {
    if (strict) throw new Error(`timeline insert refused: ${plan.refused}\n${text}`);
    return;
  }
  const after = checkInsert(
    text,
    plan.edit,
    { entries: 1, sections: plan.createdSection ? 1 : 0 },
    `timeline insert (${plan.mode})`,
  );
  const added = after.timeline?.entries.find((e) => e.line === plan.line);
  if (!added?.time?.valid)
    throw new Error(
      `the new entry on line ${plan.line} does not read as a timed entry\n${applyEdits(text, [plan.edit])}`,
    );
}

/** Every missing template section, inserted: one new section with that id, everything else the same. */
export function checkSectionInserts(text: string): void {
  const doc = read(text);
  const present = new Set(doc.regions.map((r) => r.templateSectionId));
  for (const s of doc.template.sections) {
    if (present.has(s.id)) continue;
    const edit = sectionInsertEdit(doc, doc.template, s.id);
    if (!edit) throw new Error(`no edit for ${s.id}`);
    // A section holding summary facts (duration, impact, root cause…) brings its prompts' facts with it.
    const summary = (s.content ?? []).some((c) => c !== 'timeline' && c !== 'task-list' && c !== 'owner-deadline');
    const after = checkInsert(text, edit, { sections: 1, summary }, `section insert (${s.id})`);
    if (!after.regions.some((r) => r.templateSectionId === s.id))
      throw new Error(`the inserted ${s.id} section does not read as one\n${applyEdits(text, [edit])}`);
  }
}

/** The flowchart, inserted (not updated): at most one new section, everything else the same. */
export function checkFlowchartInsert(text: string): void {
  const doc = read(text);
  const plan = planFlowchartInsert(doc, [...doc.lines], buildFlowchart(doc));
  if (plan.action !== 'inserted' || !plan.edit) return;
  checkInsert(text, plan.edit, { sections: 1 }, 'flowchart insert');
}

/** The key-metrics table goes under the summary and adds no section. */
export function checkMetricsInsert(text: string): void {
  const doc = read(text);
  const plan = planMetricsInsert(doc, [...doc.lines]);
  if (plan.action !== 'inserted' || !plan.edit) return;
  checkInsert(text, plan.edit, { sections: 0 }, 'metrics table insert');
}

/** The gantt goes under its own heading after the timeline (or the flowchart). */
export function checkGanttInsert(text: string): void {
  const doc = read(text);
  const plan = planGanttInsert(doc, [...doc.lines], buildGantt(doc));
  if (!plan || plan.action !== 'inserted' || !plan.edit) return;
  checkInsert(text, plan.edit, { sections: 1 }, 'gantt insert');
}

/** What an insert is given: the moment, the cursor's line and a typed time. */
export interface InsertInput {
  now: Date;
  line: number;
  hour: number;
  minute: number;
}

/**
 * Every core insert, by name: what the property test runs on each document (`strict`: it must not refuse).
 * `perLine` inserts depend on the cursor and run at many lines of a fixture; the others once per document.
 * A new insert joins with a check built on `checkInsert` and one line here.
 */
export const INSERTS: Record<
  string,
  { perLine: boolean; run: (text: string, input: InsertInput, strict: boolean) => void }
> = {
  'timeline entry (cursor)': {
    perLine: true,
    run: (t, r, strict) => checkTimelineInsert(t, r.now, { kind: 'cursor', line: r.line }, strict),
  },
  'timeline entry (at time)': {
    perLine: false,
    run: (t, r, strict) => checkTimelineInsert(t, r.now, { kind: 'time', hour: r.hour, minute: r.minute }, strict),
  },
  section: { perLine: false, run: (t) => checkSectionInserts(t) },
  flowchart: { perLine: false, run: (t) => checkFlowchartInsert(t) },
  'metrics table': { perLine: false, run: (t) => checkMetricsInsert(t) },
  gantt: { perLine: false, run: (t) => checkGanttInsert(t) },
};
