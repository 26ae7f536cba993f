// Incident metrics: the milestones (impact start, detected, acknowledged, mitigated, resolved) read from the timeline's
// phases, explicit `[detected]` markers, a milestone table and the summary, and the durations from impact start
// (TTD, TTA, TTM, TTR, impact) on the one timeline order key. Unknown stays unknown: nothing is guessed.
import type { ParsedText } from '../parse/index';
import { splitRow } from '../model/timeline';
import { stripInline } from '../outline/normalize';
import { orderKeys, type Timed } from '../time/order';
import { ianaOffsetMinutes } from '../time/zones';
import type {
  IncidentDurations,
  IncidentMetrics,
  Milestone,
  MilestoneConflict,
  MilestoneKind,
  SummaryFacts,
  Timeline,
  TimelineEntry,
  Timestamp,
  Zone,
} from '../types';
import { findGenerated } from './blocks';

/** What the metrics read of the model (they are computed while the model is built). */
export interface MetricsInput {
  summary: SummaryFacts;
  timeline?: Timeline | undefined;
  parsed: ParsedText;
  /** Times of day per line (the model's `times`). */
  times: ReadonlyArray<readonly Timestamp[]>;
}

/** Milestones in the order an incident goes through them. */
export const MILESTONES: readonly MilestoneKind[] = ['start', 'detected', 'acknowledged', 'mitigated', 'resolved'];

/** How each milestone is named in tables, hovers and reports. */
export const MILESTONE_NAMES: Readonly<Record<MilestoneKind, string>> = {
  start: 'Started',
  detected: 'Detected',
  acknowledged: 'Acknowledged',
  mitigated: 'Mitigated',
  resolved: 'Resolved',
};

/**
 * An explicit marker on a timeline entry: `[detected]`, `[acknowledged]` (or `[escalated]`, `[ack]`), `[mitigated]`,
 * `[resolved]`, `[started]` (or `[impact start]`, `[start]`). Not a link (`[detected](…)`).
 */
const MARKER =
  /\[(impact[ -]start(?:ed)?|start(?:ed)?|detect(?:ed|ion)|ack(?:nowledged)?|escalat(?:ed|ion)|mitigat(?:ed|ion)|resol(?:ved|ution))\](?![([])|\b(START|END) OF (?:OUTAGE|INCIDENT|IMPACT)\b/gi;
/** Upper-case `START OF OUTAGE` / `END OF OUTAGE` (also INCIDENT, IMPACT) mark the impact's start and end. */
const SHOUTED = /\b(?:START|END) OF (?:OUTAGE|INCIDENT|IMPACT)\b/;

/** The milestone a table cell or marker word names ("Time detected", "Impact start", "Resolved at"). */
function milestoneNamed(text: string): MilestoneKind | undefined {
  const words = text
    .toLowerCase()
    .replace(/[^a-z ]/g, ' ')
    .split(' ')
    .filter((w) => w && !/^(?:time|at|of|the|incident|outage|impact|utc|when|first|date)$/.test(w));
  if (words.length === 0) return /\bimpact\b/i.test(text) && /start|began|begin/i.test(text) ? 'start' : undefined;
  if (words.length > 2) return undefined;
  const w = words[0]!;
  if (/^(?:start|started|starts|began|begin|onset)$/.test(w)) return 'start';
  if (/^detect(?:ed|ion)?$/.test(w)) return 'detected';
  if (/^(?:ack|acked|acknowledged?|acknowledgement|escalat(?:ed|ion))$/.test(w)) return 'acknowledged';
  if (/^mitigat(?:ed|ion)$/.test(w)) return 'mitigated';
  if (/^(?:resolved|resolution|recovered|recovery|restored)$/.test(w)) return 'resolved';
  return undefined;
}

/** Where a milestone's time comes from, before it is placed on the axis. */
interface Found {
  kind: MilestoneKind;
  source: Milestone['source'];
  line: number;
  entry?: number;
  time?: Timestamp;
  date?: TimelineEntry['date'];
}

/** Reads the milestones and durations of an incident. Pure; never throws on any model. */
export function incidentMetrics(input: MetricsInput): IncidentMetrics {
  const entries = input.timeline?.entries ?? [];
  const unknown: string[] = [];
  const fallback = input.timeline?.zone ?? input.summary.zone ?? sharedZone(entries);
  const { keys, rollover } = orderKeys(entries, fallback);
  const found = new Map<MilestoneKind, Found>();

  // 1. The story's phases.
  const phaseAt = (p: TimelineEntry['phase'], from = 0): number =>
    entries.findIndex((e, i) => i >= from && e.phase === p);
  const detected = phaseAt('detection');
  let resolved = -1;
  for (let i = entries.length - 1; i >= 0 && resolved < 0; i--) if (entries[i]!.phase === 'resolution') resolved = i;
  const escalated = phaseAt('escalation', Math.max(0, detected));
  const mitigated = phaseAt('mitigation', Math.max(0, detected));
  const fromEntry = (kind: MilestoneKind, i: number, source: Milestone['source']): void => {
    const e = entries[i]!;
    found.set(kind, {
      kind,
      source,
      line: e.line,
      entry: i,
      ...(e.time ? { time: e.time } : {}),
      ...(e.date ? { date: e.date } : {}),
    });
  };
  let first = -1;
  keys.forEach((k, i) => {
    if (k !== undefined && (first < 0 || k < keys[first]!)) first = i;
  });
  if (first < 0 && entries.length > 0) first = 0;
  if (first >= 0) fromEntry('start', first, 'timeline');
  if (detected >= 0) fromEntry('detected', detected, 'timeline');
  if (escalated >= 0) fromEntry('acknowledged', escalated, 'timeline');
  if (mitigated >= 0) fromEntry('mitigated', mitigated, 'timeline');
  else if (resolved >= 0) fromEntry('mitigated', resolved, 'implied');
  if (resolved >= 0) fromEntry('resolved', resolved, 'timeline');

  // 2. Explicit markers on entries override the phases; 3. a milestone table overrides both.
  const marked = new Set<MilestoneKind>();
  entries.forEach((e, i) => {
    for (const kind of entryMarkers(entrySource(input.parsed.lines, e))) {
      if (marked.has(kind)) continue;
      marked.add(kind);
      fromEntry(kind, i, 'marker');
      if (kind === 'resolved' && found.get('mitigated')?.source === 'implied') fromEntry('mitigated', i, 'implied');
    }
  });
  for (const f of tableMilestones(input)) found.set(f.kind, f);

  // 4. The summary's start, when it is earlier than the first entry.
  const axisDated = entries.some((e) => e.time?.valid && (e.time.date ?? e.date));
  const yearKnown = entries.some((e) => (e.time?.date ?? e.date)?.year !== undefined);
  const days = new Set(
    entries
      .map((e) => e.time?.date ?? e.date)
      .filter((d) => d)
      .map((d) => `${d!.year ?? ''}-${d!.month}-${d!.day}`),
  );
  const firstDate = entries.find((e) => e.time?.valid && (e.time.date ?? e.date));
  const axisYear = entries.map((e) => (e.time?.date ?? e.date)?.year).find((y) => y !== undefined);
  const keyOf = (f: Found): number | undefined => {
    if (f.entry !== undefined && (f.source !== 'table' || !f.time)) return keys[f.entry];
    const t = f.time;
    if (!t || !t.valid) return undefined;
    let date = t.date ?? f.date;
    if (!axisDated) date = undefined;
    else if (!date) {
      // An undated time beside a dated timeline is read on the timeline's day, when the timeline has only one.
      if (days.size !== 1 || !firstDate) return undefined;
      date = firstDate.time!.date ?? firstDate.date;
    }
    // On the timeline's calendar: a year the timeline does not write is dropped ("12-Mar-2024" in the summary beside
    // "12-Mar 00:02" entries), one it writes is added.
    if (date && (date.year !== undefined) !== (axisYear !== undefined))
      date = axisYear === undefined ? { month: date.month, day: date.day } : { ...date, year: axisYear };
    // The time's own date counts only on a dated axis (orderKeys reads `time.date` first).
    const { date: _own, ...clock } = t;
    return orderKeys([{ time: clock, ...(date ? { date } : {}) } satisfies Timed], fallback).keys[0];
  };
  const at = new Map<MilestoneKind, number>();
  if (!rollover)
    for (const [kind, f] of found) {
      const k = keyOf(f);
      if (k !== undefined) at.set(kind, k);
    }
  const summaryStart = input.summary.start?.valid
    ? { kind: 'start' as const, source: 'summary' as const, line: input.summary.start.line, time: input.summary.start }
    : undefined;
  const summaryKey = summaryStart && !rollover ? keyOf(summaryStart) : undefined;
  const start = found.get('start');
  if (
    summaryStart &&
    (!start ||
      (start.source === 'timeline' &&
        (summaryKey !== undefined ? !at.has('start') || summaryKey < at.get('start')! : !start.time)))
  ) {
    found.set('start', summaryStart);
    if (summaryKey !== undefined) at.set('start', summaryKey);
    else at.delete('start');
  }
  if (rollover) unknown.push('the timeline crosses midnight without dates, so the day change is a guess');

  // Durations from impact start; a negative one is a conflict, not a number.
  const conflicts: MilestoneConflict[] = [];
  const zoneOf = (f: Found | undefined): Zone | undefined => f?.time?.zone ?? fallback;
  const comparable = (a: MilestoneKind, b: MilestoneKind): boolean => {
    const za = zoneOf(found.get(a)),
      zb = zoneOf(found.get(b));
    // A time without a zone beside one with a non-UTC zone: the gap between them is unknown.
    return !!za === !!zb || (za ?? zb)!.offsetMinutes === 0;
  };
  const gap = (a: MilestoneKind, b: MilestoneKind): number | undefined => {
    const x = at.get(a),
      y = at.get(b);
    if (x === undefined || y === undefined || !comparable(a, b)) return undefined;
    return y - x;
  };
  const ORDER: Array<[MilestoneKind, MilestoneKind]> = [
    ['start', 'detected'],
    ['start', 'acknowledged'],
    ['start', 'mitigated'],
    ['start', 'resolved'],
    ['detected', 'acknowledged'],
    ['detected', 'mitigated'],
    ['detected', 'resolved'],
    ['mitigated', 'resolved'],
  ];
  for (const [a, b] of ORDER) {
    const g = gap(a, b);
    if (g !== undefined && g < 0 && found.get(b)!.line !== found.get(a)!.line)
      conflicts.push({ earlier: a, later: b, minutes: -g, line: found.get(b)!.line });
  }
  // The summary says the impact started after it was detected.
  if (
    summaryStart &&
    summaryKey !== undefined &&
    found.get('start') !== summaryStart &&
    at.has('detected') &&
    summaryKey > at.get('detected')! &&
    comparable('detected', 'start')
  ) {
    conflicts.push({
      earlier: 'start',
      later: 'detected',
      minutes: summaryKey - at.get('detected')!,
      line: summaryStart.line,
      summary: true,
    });
  }
  const inConflict = (k: MilestoneKind): boolean =>
    conflicts.some((c) => !c.summary && (c.later === k || (c.earlier === k && k !== 'start')));
  const durations: IncidentDurations = {};
  const since = (k: MilestoneKind): number | undefined => {
    const g = gap('start', k);
    return g === undefined || g < 0 || inConflict(k) ? undefined : g;
  };
  const set = (name: keyof IncidentDurations, v: number | undefined): void => {
    if (v !== undefined) durations[name] = round(v);
  };
  set('ttd', since('detected'));
  set('tta', since('acknowledged'));
  set('ttm', since('mitigated'));
  set('ttr', since('resolved'));
  const end = input.summary.end?.valid
    ? keyOf({ kind: 'resolved', source: 'summary', line: input.summary.end.line, time: input.summary.end })
    : undefined;
  const s = at.get('start');
  if (!rollover && s !== undefined && end !== undefined && end > s) set('impact', end - s);
  else set('impact', since('resolved'));
  const what: Record<MilestoneKind, string> = {
    start: 'first entry',
    detected: 'detection',
    acknowledged: 'escalation',
    mitigated: 'mitigation',
    resolved: 'resolution',
  };
  if (entries.length === 0 && !summaryStart) unknown.push('no timeline');
  else {
    for (const k of MILESTONES) {
      if (!found.has(k) && k !== 'acknowledged' && k !== 'start') unknown.push(`no ${what[k]} in the timeline`);
      else if (found.has(k) && !found.get(k)!.time?.valid && !rollover) unknown.push(`the ${what[k]} has no time`);
    }
  }

  // Display: every time in the zone of the impact start (else the timeline's), with its date when it differs.
  const display = zoneOf(found.get('start'));
  const milestones: IncidentMetrics['milestones'] = {};
  const startDay = s !== undefined ? dayOf(s, display, axisDated, yearKnown) : undefined;
  for (const k of MILESTONES) {
    const f = found.get(k);
    if (!f) continue;
    const m: Milestone = { kind: k, source: f.source, line: f.line };
    if (f.entry !== undefined && f.source !== 'table') m.entry = f.entry;
    if (f.time) m.written = f.time.raw;
    const key = at.get(k);
    if (key !== undefined) {
      m.at = round(key);
      const day = dayOf(key, display, axisDated, yearKnown);
      m.display = `${day && day !== startDay ? `${day} ` : ''}${clockOf(key, display, axisDated)}${display ? ` ${display.raw}` : ''}`;
      m.wall = Math.round(key + offsetAt(key, display, axisDated));
      if (axisDated) m.dated = true;
      const date = f.time?.date ?? f.date;
      if (axisDated && date?.year !== undefined && zoneOf(f))
        m.iso = new Date(Math.round(key) * 60000).toISOString().replace('.000Z', 'Z');
    }
    milestones[k] = m;
  }
  const out: IncidentMetrics = { milestones, durations, conflicts, unknown };
  if (display) out.zone = display.raw;
  return out;
}

/** The raw text of an entry (markers are brackets, which the entry's plain text drops), at most 4,000 characters. */
export function entrySource(lines: readonly string[], e: TimelineEntry): string {
  let text = (lines[e.line] ?? '').slice(e.textColumn, e.endColumn);
  for (let n = e.line + 1; n < e.endLine && text.length < 4000; n++) text += ` ${lines[n] ?? ''}`;
  return text.slice(0, 4000);
}

/** The milestone markers written on an entry's raw text (`[detected]`, `END OF OUTAGE`). */
export function entryMarkers(text: string): MilestoneKind[] {
  const out: MilestoneKind[] = [];
  if (text.indexOf('[') < 0 && text.indexOf(' OF ') < 0) return out;
  MARKER.lastIndex = 0;
  for (let m = MARKER.exec(text); m; m = MARKER.exec(text)) {
    if (m[2] && !SHOUTED.test(m[0])) continue;
    const kind = m[2]
      ? m[2].toUpperCase() === 'START'
        ? 'start'
        : 'resolved'
      : milestoneNamed(m[1]!.replace(/^impact[ -]/i, ''));
    if (kind) out.push(kind);
  }
  return out;
}

/** The one zone the timeline's zoned entries share, when they agree. */
function sharedZone(entries: readonly TimelineEntry[]): Zone | undefined {
  let zone: Zone | undefined;
  for (const e of entries) {
    const z = e.time?.zone;
    if (!z || z.offsetMinutes === undefined) continue;
    if (zone && (zone.offsetMinutes !== z.offsetMinutes || zone.iana !== z.iana)) return undefined;
    zone ??= z;
  }
  return zone;
}

/** Milestones from a table whose rows (or header) name them, outside the generated key-metrics table. */
function tableMilestones(input: MetricsInput): Found[] {
  const p = input.parsed;
  const generated = findGenerated(p.lines, 'metrics');
  const out: Found[] = [];
  for (const b of p.blocks) {
    if (b.kind !== 'table' || (generated && b.startLine > generated.start && b.startLine < generated.end)) continue;
    const header = splitRow(p.lines[b.startLine]!);
    const named = header.map((c) => (c.text.length <= 40 ? milestoneNamed(stripInline(c.text)) : undefined));
    if (named.filter(Boolean).length >= 2 && b.endLine > b.startLine + 2) {
      // A header of milestones over a row of times.
      const n = b.startLine + 2;
      const row = splitRow(p.lines[n]!);
      named.forEach((kind, i) => {
        const cell = row[i];
        const t =
          cell && kind
            ? (input.times[n] ?? []).find((s) => s.startColumn >= cell.start && s.startColumn < cell.end)
            : undefined;
        if (kind && t) out.push({ kind, source: 'table', line: n, time: t });
      });
      continue;
    }
    for (let n = b.startLine + 2; n < b.endLine; n++) {
      const cells = splitRow(p.lines[n]!);
      const first = cells[0];
      if (!first || first.text.length > 40) continue;
      const kind = milestoneNamed(stripInline(first.text));
      const t = kind ? (input.times[n] ?? []).find((s) => s.startColumn >= first.end && s.valid) : undefined;
      if (kind && t) out.push({ kind, source: 'table', line: n, time: t });
    }
  }
  return out;
}

/** The zone's offset at an axis instant (Intl for IANA zones on a dated axis). */
function offsetAt(key: number, zone: Zone | undefined, dated: boolean): number {
  if (!zone) return 0;
  if (zone.iana && dated) return ianaOffsetMinutes(zone.iana, new Date(key * 60000)) ?? zone.offsetMinutes ?? 0;
  return zone.offsetMinutes ?? 0;
}

/** "09:15" of an axis instant in a zone. */
function clockOf(key: number, zone: Zone | undefined, dated: boolean): string {
  const wall = Math.round(key + offsetAt(key, zone, dated));
  const m = ((wall % 1440) + 1440) % 1440;
  return `${String(Math.floor(m / 60)).padStart(2, '0')}:${String(m % 60).padStart(2, '0')}`;
}

/** "2024-03-03" (or "03-03" when no year is written) of an axis instant in a zone, on a dated axis. */
function dayOf(key: number, zone: Zone | undefined, dated: boolean, year: boolean): string | undefined {
  if (!dated) return undefined;
  return new Date(Math.round(key + offsetAt(key, zone, dated)) * 60000).toISOString().slice(year ? 0 : 5, 10);
}

/** Minutes rounded to a tenth (seconds in the timeline survive, float noise does not). */
function round(v: number): number {
  return Math.round(v * 10) / 10;
}
