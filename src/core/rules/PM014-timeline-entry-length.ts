// PM014: timeline entries are short (one or two sentences).
import { finding, spanRange, templateHas, type Rule } from './rule';

const ABBREVIATION = /\b(?:e\.g|i\.e|etc|vs|approx|Mr|Mrs|Dr|St|No|Inc|Ltd)\.$/i;

/** Counts sentences, ignoring common abbreviations, code, URLs and parentheses (one linear scan). */
export function sentenceCount(text: string): number {
  const t = text.replace(/`[^`]{0,500}`|https?:\/\/\S{1,2000}|\([^()]{0,500}\)/g, 'x').trim();
  if (!t) return 0;
  let n = 0;
  for (let i = 0; i < t.length; i++) {
    const c = t[i];
    if (c !== '.' && c !== '!' && c !== '?') continue;
    let j = i;
    while (j + 1 < t.length && (t[j + 1] === '.' || t[j + 1] === '!' || t[j + 1] === '?')) j++;
    // A sentence ends at the end of the text or before a space and an upper-case letter, digit or quote.
    let k = j + 1;
    while (k < t.length && t[k] === ' ') k++;
    const endsText = k >= t.length;
    if (endsText || (k > j + 1 && /^["'([*_]{0,3}[A-Z0-9]/.test(t.slice(k, k + 4)))) {
      if (!ABBREVIATION.test(t.slice(Math.max(0, i - 8), i + 1))) n++;
    }
    i = j;
  }
  return /[.!?]\s*$/.test(t) ? n : n + 1;
}

/** Entries longer than two sentences (the assignment: "keep it short, 1 or 2 sentences"). */
export const timelineEntryLength: Rule = {
  id: 'PM014',
  name: 'timeline-entry-length',
  description: 'Each timeline entry is one or two sentences.',
  tags: ['timeline', 'style'],
  severity: 'information',
  appliesTo: (t) => templateHas(t, 'timeline'),
  check(m) {
    const out = [];
    for (const e of m.timeline?.entries ?? []) {
      const n = sentenceCount(e.text);
      if (n > 2)
        out.push(
          finding(
            this,
            `Timeline entry has ${n} sentences; keep it to one or two${e.time ? ` [${e.time.raw}]` : ''}`,
            spanRange(e.line, e.textColumn, e.endColumn ?? (m.lines[e.line] ?? '').length),
          ),
        );
    }
    return out;
  },
};
