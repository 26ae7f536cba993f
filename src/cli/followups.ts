// `postmortem-lint --report followups`: the open action items of every postmortem, as a table or as JSON.
import type { FollowUp } from '../core/index';

/** One open action item as JSON prints it (line 1-based; `due` the ISO date, else the deadline as written, else null). */
export interface FollowUpJson {
  file: string;
  line: number;
  text: string;
  owner: string | null;
  due: string | null;
  overdue: boolean;
}

type Files = ReadonlyArray<{ file: string; followups?: FollowUp[] }>;

/** Every open item of every file, in file then line order. */
export function followupItems(results: Files): FollowUpJson[] {
  return results.flatMap((r) =>
    (r.followups ?? []).map((f) => ({
      file: r.file,
      line: f.line + 1,
      text: f.text,
      owner: f.owner ?? null,
      due: f.due ?? f.deadline ?? null,
      overdue: f.overdue,
    })),
  );
}

/** JSON: one object per item with file, line, text, owner, due, overdue. */
export function followupsJson(results: Files): string {
  return `${JSON.stringify(followupItems(results), null, 2)}\n`;
}

/** A table for people: where, due (with an overdue mark), owner, what; then a count line. */
export function followupsTable(results: Files): string {
  const items = results.flatMap((r) => (r.followups ?? []).map((f) => ({ f, where: `${r.file}:${f.line + 1}` })));
  if (!items.length) return 'No open action items.\n';
  const rows = items.map(({ f, where }) => [
    where,
    f.overdue ? `${f.due} overdue ${f.daysOverdue}d` : (f.due ?? f.deadline ?? '—'),
    f.owner ?? '—',
    f.text.length > 80 ? `${f.text.slice(0, 79)}…` : f.text,
  ]);
  const head = ['WHERE', 'DUE', 'OWNER', 'ACTION'];
  const widths = head.map((h, i) => {
    let w = h.length;
    for (const r of rows) if (r[i]!.length > w) w = r[i]!.length;
    return Math.min(w, 48);
  });
  const line = (cells: string[]): string =>
    cells
      .map((c, i) => (i === cells.length - 1 ? c : c.padEnd(widths[i]!)))
      .join('  ')
      .trimEnd();
  const files = new Set(items.map((i) => i.where.slice(0, i.where.lastIndexOf(':')))).size;
  const overdue = items.filter((i) => i.f.overdue).length;
  const total = `${items.length} open action item${items.length === 1 ? '' : 's'} in ${files} postmortem${files === 1 ? '' : 's'}${overdue ? `, ${overdue} overdue` : ''}`;
  return `${[line(head), ...rows.map(line), '', total].join('\n')}\n`;
}
