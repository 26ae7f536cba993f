// PM027: blameless language: no hindsight, blame or a person as the cause; a system-framed rewrite where it is safe.
import { findBlame } from '../blameless/read';
import type { Finding, Fix } from '../types';
import { finding, spanRange, type Rule } from './rule';

/**
 * Phrases of the blameless phrase list where they count: hindsight ("should have", "obviously"), blame ("forgot to",
 * "didn't follow the runbook"), character ("careless"), "human error" given as the cause, a person as the subject of
 * a failure. Never in quotes, code, headings or block quotes; never passive voice; never the timeline's plain facts.
 */
export const blamelessLanguage: Rule = {
  id: 'PM027',
  name: 'blameless-language',
  description:
    'The postmortem is blameless: no hindsight ("should have", "obviously"), no blame ("forgot to", "failed to", "careless", "human error" as the cause), no person as the subject of a failure; the system is the subject.',
  tags: ['language', 'blameless'],
  severity: 'warning',
  appliesTo: (t) => t.blameless !== 'off',
  check(m, context) {
    const severity = m.template.blameless === 'off' ? undefined : m.template.blameless;
    const out: Finding[] = [];
    for (const b of findBlame(m, context.blameless)) {
      const line = m.lines[b.line]!;
      const said = line.slice(b.start, b.end).replace(/\s+/g, ' ').trim();
      const quoted = said.length > 60 ? `${said.slice(0, 57)}…` : said;
      let fix: Fix | undefined;
      let message = `"${quoted}" ${b.entry.message}: ${b.entry.suggestion}`;
      if (b.rewrite) {
        const range = spanRange(b.line, b.rewrite.start, b.rewrite.end);
        const title =
          b.entry.rewrite !== 'drop-word'
            ? `Rewrite as "${b.rewrite.text.length > 70 ? `${b.rewrite.text.slice(0, 67)}…` : b.rewrite.text}"`
            : `Remove "${b.phrase.trim()}"`;
        fix = { title, edits: [{ range, newText: b.rewrite.text }] };
        if (b.entry.rewrite !== 'drop-word') message = `"${quoted}" ${b.entry.message}: e.g. "${b.rewrite.text}"`;
      }
      out.push(finding(this, message, spanRange(b.line, b.start, b.end), fix, severity));
    }
    return out;
  },
};
