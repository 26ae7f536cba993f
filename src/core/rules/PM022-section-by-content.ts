// PM022: a template section found by what it says, not by its heading: say what was matched, offer the heading.
import { isSpace, trimEndOf } from '../parse/chars';
import type { Finding, Fix, PostmortemModel, Region } from '../types';
import { finding, lineRange, type Rule } from './rule';

/** Regions read by content (or the untitled opening paragraphs); information, so the author can name them. */
export const sectionByContent: Rule = {
  id: 'PM022',
  name: 'section-by-content',
  description:
    'A required section is found by what it says rather than by its heading: name the heading after the template so readers find it.',
  tags: ['sections', 'template'],
  severity: 'information',
  check(m) {
    const out: Finding[] = [];
    for (const r of m.regions) {
      if (r.by === 'title') continue;
      const ts = m.template.sections[r.templateIndex]!;
      if (r.by === 'opening') {
        out.push(
          finding(
            this,
            `The paragraphs under the title are read as "${ts.title}": give them a "${ts.title}" heading`,
            lineRange(m, r.anchorLine),
            headingFix(m, r, ts.title),
          ),
        );
      } else {
        const s = m.sections[r.section!]!;
        out.push(
          finding(
            this,
            `"${s.title}" is read as the "${ts.title}" section from what it says: name its heading "${ts.title}" so readers find it`,
            lineRange(m, s.headingLine),
            renameFix(m, r, ts.title),
          ),
        );
      }
    }
    return out;
  },
};

// Inserts a heading above the opening paragraphs, at the rank of the document's other headings.
function headingFix(m: PostmortemModel, r: Region, title: string): Fix {
  const level = m.sections.find((s) => s.style === 'atx' && s.headingLine !== m.titleLine)?.level ?? 2;
  const at = r.anchorLine;
  const blankBefore = at > 0 && (m.lines[at - 1] ?? '').trim() !== '' ? '\n' : '';
  return {
    title: `Add the heading "${title}"`,
    edits: [
      {
        range: { startLine: at, startColumn: 0, endLine: at, endColumn: 0 },
        newText: `${blankBefore}${'#'.repeat(level)} ${title}\n\n`,
      },
    ],
  };
}

// Renames an ATX heading's text (markup before it kept); undefined for other heading styles.
function renameFix(m: PostmortemModel, r: Region, title: string): Fix | undefined {
  const s = m.sections[r.section!]!;
  if (s.style !== 'atx') return undefined;
  const line = m.lines[s.headingLine]!;
  const lead = /^\s{0,3}#{1,6}\s+/.exec(line)?.[0].length;
  if (lead === undefined) return undefined;
  // A closing sequence ("## Title ##"): hashes after white space at the end.
  const t = line.trimEnd();
  const h = trimEndOf(t, '#');
  const end = Math.max(
    lead,
    h.length < t.length && h.length > 0 && isSpace(h.charCodeAt(h.length - 1)) ? h.trimEnd().length : t.length,
  );
  return {
    title: `Rename the heading to "${title}"`,
    edits: [
      {
        range: { startLine: s.headingLine, startColumn: lead, endLine: s.headingLine, endColumn: end },
        newText: title,
      },
    ],
  };
}
