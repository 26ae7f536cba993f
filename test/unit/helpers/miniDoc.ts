// Builds a PostmortemDocument from simple Markdown for editor-helper tests (ATX headings, bullet or table timelines).
import type { PostmortemDocument, Section, Template, TimelineEntry } from '../../../src/core/types';

const TIME = /^(\s*[-*+]\s+|\|\s*)\**(?:(\d{4})-(\d{2})-(\d{2})\s+)?(\d{1,2}):(\d{2})(?:\s+([A-Z]{2,5}))?\**/;

/** Parses headings and timeline entries well enough for placement tests; sections map to template ids by title. */
export function miniDoc(text: string, template?: Template): { doc: PostmortemDocument; lines: string[] } {
  const lines = text.split('\n');
  const sections: Section[] = [];
  lines.forEach((l, i) => {
    const m = /^(#{1,6})\s+(.*)$/.exec(l);
    if (!m) return;
    const title = m[2]!.trim();
    const id = template?.sections.find((s) => s.title.toLowerCase() === title.toLowerCase())?.id;
    sections.push({ title, rawTitle: title, level: m[1]!.length, style: 'atx', headingLine: i, bodyStartLine: i + 1, endLine: lines.length, ...(id ? { templateSectionId: id } : {}) });
  });
  sections.forEach((s, i) => {
    const next = sections.slice(i + 1).find((n) => n.level <= s.level);
    s.endLine = next ? next.headingLine : lines.length;
  });
  const timelineSection = sections.findIndex((s) => /timeline/i.test(s.title));
  const timeline: TimelineEntry[] = [];
  if (timelineSection >= 0) {
    const s = sections[timelineSection]!;
    for (let i = s.bodyStartLine; i < s.endLine; i++) {
      const m = TIME.exec(lines[i]!);
      if (!m || /^\|\s*-/.test(lines[i]!)) continue;
      timeline.push({
        line: i, shape: m[1]!.startsWith('|') ? 'table' : 'bullet', text: '', textColumn: m[0].length,
        time: {
          raw: m[0], line: i, startColumn: m[1]!.length, endColumn: m[0].length, hour: Number(m[5]), minute: Number(m[6]), valid: true,
          ...(m[2] ? { date: { year: Number(m[2]), month: Number(m[3]), day: Number(m[4]) } } : {}),
          ...(m[7] ? { zone: { raw: m[7] } } : {}),
        },
      });
    }
  }
  const doc: PostmortemDocument = {
    lineCount: lines.length, sections, timeline, summary: {}, tasks: [], mermaid: [], wordCount: 0,
    ...(timelineSection >= 0 ? { timelineSection } : {}),
  };
  return { doc, lines };
}
