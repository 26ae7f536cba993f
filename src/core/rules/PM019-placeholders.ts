// PM019: no left-over placeholders (XYZ, TBD, snippet tab stops, Lorem ipsum, [Insert …]).
import type { Finding } from '../types';
import { finding, spanRange, type Rule } from './rule';

const PLACEHOLDER = /\$\{\d+(?::([^}]*))?\}|\$\{\d+\|[^}]*\|\}|\bXYZ\b|\bTBD\b|\bTBC\b|\blorem ipsum\b|\[(?:insert|add|your|describe|todo)\b[^\]]*\]|<(?:insert|your)\b[^>]*>|\bYYYY-MM-DD\b|\bHH:MM\b/gi;
/** The start of every PLACEHOLDER match (a line without one holds no placeholder): cheaper than PLACEHOLDER. */
const QUICK = /\$\{|XYZ|TB[DC]|orem ipsum|\[(?:insert|add|your|describe|todo)|<(?:insert|your)|YYYY-MM-DD|HH:MM/i;

const CODE_SPAN = /(`+)(?!`)[^]*?[^`]\1(?!`)/g;
const NO_SPANS: Array<[number, number]> = [];

// Column ranges of inline code spans on a line (placeholders quoted as code are examples, not left-overs).
function codeSpans(line: string): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  CODE_SPAN.lastIndex = 0;
  for (let m = CODE_SPAN.exec(line); m; m = CODE_SPAN.exec(line)) out.push([m.index, m.index + m[0].length]);
  return out;
}

/** Each placeholder; snippet tab stops get a fix that keeps their default text. */
export const placeholders: Rule = {
  id: 'PM019',
  name: 'placeholders',
  description: 'No left-over placeholders: XYZ, TBD, snippet text like ${1:…}, "Lorem ipsum", [Insert …], YYYY-MM-DD, HH:MM (outside inline code).',
  tags: ['content'],
  severity: 'warning',
  check(doc) {
    const out: Finding[] = [];
    for (let n = 0; n < doc.lineCount; n++) {
      const line = doc.lines[n]!;
      if (!doc.prose[n] || !QUICK.test(line)) continue;
      const code = line.includes('`') ? codeSpans(line) : NO_SPANS;
      PLACEHOLDER.lastIndex = 0;
      for (let m = PLACEHOLDER.exec(line); m; m = PLACEHOLDER.exec(line)) {
        if (code.length && code.some(([a, b]) => m!.index >= a && m!.index < b)) continue;
        if (/^xyz$/i.test(m[0]) && m[0] !== 'XYZ') continue;
        if (/^tb[dc]$/i.test(m[0]) && m[0] !== m[0].toUpperCase()) continue;
        const range = spanRange(n, m.index, m.index + m[0].length);
        const fix = m[0].startsWith('${') ? { title: `Replace the snippet placeholder with "${m[1] ?? ''}"`, edits: [{ range, newText: m[1] ?? '' }] } : undefined;
        out.push(finding(this, `Left-over placeholder "${m[0]}"`, range, fix));
      }
    }
    return out;
  },
};
