// PM003: timeline entries state their time zone, and all the same one.
import type { Finding, Zone } from '../types';
import { finding, spanRange, templateHas, type Rule } from './rule';

/** A key under which equivalent zones compare equal (UTC = GMT = Z). */
export function zoneKey(z: Zone): string {
  return z.offsetMinutes !== undefined && !z.iana ? `o${z.offsetMinutes}` : (z.iana ?? z.raw.toUpperCase());
}

/** Entries without a zone (unless the timeline or summary declares one), and entries in another zone than the rest. */
export const timelineTimezone: Rule = {
  id: 'PM003',
  name: 'timeline-timezone',
  description: 'Timeline entries carry a time zone (or the timeline declares one), and do not mix zones.',
  tags: ['timeline', 'time'],
  severity: 'warning',
  fixAll: true,
  appliesTo: (t) => templateHas(t, 'timeline'),
  check(m) {
    const timed = (m.timeline?.entries ?? []).filter((e) => e.time?.valid);
    if (!timed.length) return [];
    const counts = new Map<string, { n: number; raw: string }>();
    for (const e of timed) {
      if (!e.time!.zone) continue;
      const k = zoneKey(e.time!.zone);
      const c = counts.get(k) ?? { n: 0, raw: e.time!.zone.raw };
      c.n++;
      counts.set(k, c);
    }
    let main: [string, { n: number; raw: string }] | undefined;
    for (const entry of counts) if (!main || entry[1].n > main[1].n) main = entry;
    if (!main && (m.timeline?.zone || m.summary.zone)) return [];
    const out: Finding[] = [];
    const seen = new Set<string>();
    for (const e of timed) {
      const t = e.time!;
      const key = `${t.line}:${t.startColumn}`;
      if (seen.has(key)) continue;
      seen.add(key);
      const range = spanRange(t.line, t.startColumn, t.endColumn);
      if (!t.zone) {
        // Only the zone the other entries use: a zone the document never names would be a guess.
        const fix = main
          ? {
              title: `Add time zone ${main[1].raw}`,
              edits: [{ range: spanRange(t.line, t.endColumn, t.endColumn), newText: ` ${main[1].raw}` }],
            }
          : undefined;
        out.push(
          finding(
            this,
            `Timeline entry has no time zone [${t.raw}]${main ? ` (other entries use ${main[1].raw})` : ''}`,
            range,
            fix,
          ),
        );
      } else if (main && zoneKey(t.zone) !== main[0]) {
        out.push(
          finding(this, `Timeline mixes time zones: ${t.zone.raw} here, ${main[1].raw} elsewhere [${t.raw}]`, range),
        );
      }
    }
    return out;
  },
};
