// `postmortem-lint --report summary DIR`: incident metrics across every postmortem found — count, median and p90 of
// TTD, TTM and TTR by template — the "MTTx analytics" of incident tools, from the repository.
import { formatDuration, type ModelReport } from '../core/index';

/** The metrics summarised. */
type Metric = 'ttd' | 'ttm' | 'ttr';

/** One metric across postmortems: how many state it, its median and 90th percentile (minutes). */
export interface MetricStats {
  n: number;
  median: number | null;
  p90: number | null;
}

/** One row of the summary: a template, or every postmortem ("all"). */
export interface SummaryRow {
  template: string;
  postmortems: number;
  ttd: MetricStats;
  ttm: MetricStats;
  ttr: MetricStats;
}

/** The summary: rows by template (most postmortems first), then all; files that do not read as postmortems are left out. */
export interface MetricsSummary {
  files: number;
  postmortems: number;
  rows: SummaryRow[];
}

/** Median (the mean of the two middle values for an even count) and 90th percentile (nearest rank). */
export function stats(values: readonly number[]): MetricStats {
  const v = [...values].sort((a, b) => a - b);
  const n = v.length;
  if (n === 0) return { n, median: null, p90: null };
  const median = n % 2 ? v[(n - 1) / 2]! : (v[n / 2 - 1]! + v[n / 2]!) / 2;
  return { n, median: Math.round(median * 10) / 10, p90: v[Math.ceil(0.9 * n) - 1]! };
}

/** Summarises the reports of the files checked. */
export function summarise(reports: ReadonlyArray<ModelReport | undefined>): MetricsSummary {
  const postmortems = reports.filter((r): r is ModelReport => !!r && r.postmortem);
  const row = (template: string, rs: readonly ModelReport[]): SummaryRow => {
    const of = (k: Metric): MetricStats =>
      stats(rs.map((r) => r.metrics.minutes[k]).filter((x): x is number => x !== null));
    return { template, postmortems: rs.length, ttd: of('ttd'), ttm: of('ttm'), ttr: of('ttr') };
  };
  const byTemplate = new Map<string, ModelReport[]>();
  for (const r of postmortems) byTemplate.set(r.template, [...(byTemplate.get(r.template) ?? []), r]);
  const rows = [...byTemplate]
    .sort((a, b) => b[1].length - a[1].length || a[0].localeCompare(b[0]))
    .map(([t, rs]) => row(t, rs));
  if (rows.length !== 1) rows.push(row('all', postmortems));
  return { files: reports.length, postmortems: postmortems.length, rows };
}

/** The summary as a text table for people. */
export function summaryTable(s: MetricsSummary): string {
  const cellOf = (m: MetricStats): string =>
    m.n === 0 ? '—' : `${formatDuration(m.median!)} · ${formatDuration(m.p90!)} (${m.n})`;
  const head = ['template', 'postmortems', 'TTD', 'TTM', 'TTR'];
  const body = s.rows.map((r) => [r.template, String(r.postmortems), cellOf(r.ttd), cellOf(r.ttm), cellOf(r.ttr)]);
  const widths = head.map((h, i) => Math.max(h.length, ...body.map((b) => b[i]!.length)));
  const line = (cells: string[]): string =>
    cells
      .map((c, i) => (i === 1 ? c.padStart(widths[i]!) : c.padEnd(widths[i]!)))
      .join('  ')
      .trimEnd();
  const out = [
    `Incident metrics of ${s.postmortems} postmortem${s.postmortems === 1 ? '' : 's'} (${s.files} file${s.files === 1 ? '' : 's'} checked)`,
    'Each cell: median · 90th percentile (postmortems where it is known), measured from impact start.',
    '',
    line(head),
    ...body.map(line),
  ];
  return `${out.join('\n')}\n`;
}
