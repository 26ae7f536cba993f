// PM021: times are valid clock times ("25:61" and "13:00PM" are not).
import { LineKind } from '../parse/index';
import type { Finding } from '../types';
import { finding, spanRange, type Rule } from './rule';

/** Each invalid time in prose; for "13:00PM" the fix drops the AM/PM. */
export const invalidTime: Rule = {
  id: 'PM021',
  name: 'invalid-time',
  description: 'Every time is a valid clock time: no "25:61", no "13:00PM".',
  tags: ['time'],
  severity: 'error',
  fixAll: true,
  check(doc) {
    const out: Finding[] = [];
    for (let n = 0; n < doc.lineCount; n++) {
      const line = doc.lines[n]!;
      if (doc.parsed.kinds[n] !== LineKind.Text) continue;
      const times = doc.times[n];
      if (!times?.length) continue;
      for (const t of times) {
        if (t.valid) continue;
        const range = spanRange(n, t.startColumn, t.endColumn);
        const seg = line.slice(t.startColumn, t.endColumn);
        const ampm = /^(.{0,60}?\d)(\s?[AaPp]\.?\s?[Mm]\.?)(.{0,60})$/.exec(seg);
        const fix =
          ampm && /is not a/.test(t.problem ?? '')
            ? { title: `Write ${ampm[1]}${ampm[3]}`, edits: [{ range, newText: `${ampm[1]}${ampm[3]}` }] }
            : undefined;
        out.push(finding(this, `Invalid time "${t.raw}": ${t.problem}`, range, fix));
      }
    }
    return out;
  },
};
