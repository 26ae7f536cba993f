// A time-scaled view of the incident: a Mermaid `gantt` with the impact as a bar, TTD, TTM and TTR as bars from
// impact start, and the milestones as points, where a flowchart loses proportion.
// Only Mermaid ≤ 11.17 syntax (GitHub); every label is the tool's own words, never document text.
import { formatDuration } from '../time/duration';
import type { Milestone, PostmortemModel } from '../types';
import { MILESTONE_NAMES } from './metrics';

export interface GanttOptions {
  /** A `title` line over the chart (default false: the preview and the document caption it already). */
  title?: boolean;
}

/** Minutes in a day. */
const DAY = 1440;

/**
 * Mermaid `gantt` source of the incident's milestones, to scale; `''` when fewer than two milestones have a known
 * time (nothing to scale), or when their times rest on a guessed midnight crossing.
 */
export function buildGantt(doc: PostmortemModel, options: GanttOptions = {}): string {
  const metrics = doc.metrics;
  const timed = Object.values(metrics.milestones).filter(
    (m): m is Milestone => m?.wall !== undefined && m.at !== undefined,
  );
  const start = metrics.milestones.start;
  if (!start || start.wall === undefined || timed.length < 2) return '';
  const walls = timed.map((m) => m.wall!);
  let last = walls[0]!;
  for (const w of walls) if (w > last) last = w;
  const dated = timed.some((m) => m.dated) || last >= DAY || start.wall < 0;
  const at = (wall: number): string => stamp(wall, dated);
  const span = last - start.wall;
  const out = ['gantt', '  accTitle: Incident timeline, to scale'];
  const d = metrics.durations;
  if (options.title) out.push(`  title Incident${d.impact !== undefined ? ` · ${formatDuration(d.impact)}` : ''}`);
  out.push(
    `  dateFormat ${dated ? 'YYYY-MM-DD HH:mm' : 'HH:mm'}`,
    `  axisFormat ${span >= DAY ? '%d %H:%M' : '%H:%M'}`,
  );
  const tick = tickFor(span);
  if (tick) out.push(`  tickInterval ${tick}`);

  // The impact: start → its end (the summary's end, else the resolution).
  if (d.impact !== undefined && d.impact > 0) {
    out.push(
      '  section Impact',
      `  Impact ${formatDuration(d.impact)} :crit, impact, ${at(start.wall)}, ${at(start.wall + d.impact)}`,
    );
  }
  // TTD, TTM and TTR as bars from impact start, as they are measured.
  const bars = (['ttd', 'ttm', 'ttr'] as const).filter((k) => d[k] !== undefined && d[k] > 0);
  if (bars.length) {
    out.push('  section From impact start');
    for (const k of bars)
      out.push(
        `  ${k.toUpperCase()} ${formatDuration(d[k]!)} :${k === 'ttr' ? 'done, ' : ''}${k}, ${at(start.wall)}, ${at(start.wall + d[k]!)}`,
      );
  }
  out.push('  section Milestones');
  for (const m of timed) {
    if (m.kind === 'mitigated' && m.source === 'implied') continue;
    out.push(`  ${MILESTONE_NAMES[m.kind]} :milestone, m_${m.kind}, ${at(m.wall!)}, 0m`);
  }
  return out.join('\n') + '\n';
}

/** A wall-clock time as the gantt's dateFormat writes it. */
function stamp(wall: number, dated: boolean): string {
  const iso = new Date(wall * 60000).toISOString();
  return dated ? `${iso.slice(0, 10)} ${iso.slice(11, 16)}` : iso.slice(11, 16);
}

/** A tick every 5, 15 or 30 minutes, or every 1, 2 or 6 hours, for about 4–12 ticks; none past two days. */
function tickFor(span: number): string | undefined {
  for (const [limit, tick] of [
    [40, '5minute'],
    [150, '15minute'],
    [300, '30minute'],
    [720, '1hour'],
    [1440, '2hour'],
    [2880, '6hour'],
  ] as const) {
    if (span <= limit) return tick;
  }
  return undefined;
}
