// PM014: timeline entries are short (one or two sentences).
import { finding, spanRange, templateHas, type Rule } from './rule';

const SENTENCE_END = /[.!?]+(?=\s+["'(\[*_]*[A-Z0-9]|\s*$)/g;
const ABBREVIATION = /\b(?:e\.g|i\.e|etc|vs|approx|Mr|Mrs|Dr|St|No|Inc|Ltd)\.$/i;

/** Counts sentences, ignoring common abbreviations. */
export function sentenceCount(text: string): number {
  const t = text.replace(/`[^`]*`|https?:\/\/\S+|\([^)]*\)/g, 'x').trim();
  if (!t) return 0;
  let n = 0;
  SENTENCE_END.lastIndex = 0;
  for (let m = SENTENCE_END.exec(t); m; m = SENTENCE_END.exec(t)) if (!ABBREVIATION.test(t.slice(0, m.index + 1))) n++;
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
  check(doc) {
    const out = [];
    for (const e of doc.timeline) {
      const n = sentenceCount(e.text);
      if (n > 2) out.push(finding(this, `Timeline entry has ${n} sentences; keep it to one or two${e.time ? ` [${e.time.raw}]` : ''}`, spanRange(e.line, e.textColumn, (doc.lines[e.line] ?? '').length)));
    }
    return out;
  },
};
