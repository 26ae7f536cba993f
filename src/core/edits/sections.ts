// Builds section Markdown and the edit that inserts a missing section at its place in template order.
import { trimEndOf } from '../parse/chars';
import type { PostmortemModel, Section, Template, TemplateSection, TextEdit } from '../types';

/** Replaces snippet placeholders `${1:text}` / `$1` by their default text (for plain-text insertion). */
export function stripSnippet(snippet: string): string {
  return snippet.replace(/\$\{\d+:([^}]*)\}/g, '$1').replace(/\$\{\d+\}|\$\d+/g, '');
}

/**
 * Markdown of a section: heading (ATX at `level`, or `**Title**` for pseudo-heading styles) and skeleton body.
 * `snippet: true` keeps the `${1:…}` tab stops (for a SnippetString); otherwise they become plain text.
 */
export function sectionMarkdown(
  ts: TemplateSection,
  opts: { level?: number; style?: Section['style']; snippet?: boolean; eol?: string } = {},
): string {
  const eol = opts.eol ?? '\n';
  const pseudo = opts.style === 'emphasis' || opts.style === 'plain' || opts.style === 'label';
  const heading = pseudo ? `**${ts.title}**` : `${'#'.repeat(opts.level ?? 2)} ${ts.title}`;
  const body = trimEndOf(opts.snippet ? ts.skeleton : stripSnippet(ts.skeleton), '\n');
  return (body ? `${heading}\n\n${body}\n` : `${heading}\n`).replace(/\n/g, eol);
}

/** Markdown of a whole template (title heading then every section), for "new postmortem" commands. */
export function templateMarkdown(t: Template, opts: { snippet?: boolean; title?: string } = {}): string {
  return [
    `# ${opts.title ?? 'Postmortem: ' + (opts.snippet ? '${0:title}' : 'title')}`,
    ...t.sections.map((s) => sectionMarkdown(s, { level: 2, snippet: opts.snippet ?? false })),
  ].join('\n');
}

/**
 * The edit inserting template section `sectionId` where the template order puts it: before the next
 * template section present in the document, else after the previous one, else at the end, with a blank line
 * on either side so the text around it reads as before. Heading level and style follow the document's
 * matched headings. Undefined if the id is unknown.
 */
export function sectionInsertEdit(m: PostmortemModel, template: Template, sectionId: string): TextEdit | undefined {
  const ti = template.sections.findIndex((s) => s.id === sectionId);
  if (ti < 0) return undefined;
  const byT = new Map(m.regions.map((r) => [r.templateIndex, r]));
  const titled = m.regions.find((r) => r.by === 'title' && r.section !== undefined);
  const sample = titled ? m.sections[titled.section!] : undefined;
  const eol = '\n';
  const lineText = (n: number): string => m.lines[n] ?? '';
  const md = sectionMarkdown(template.sections[ti]!, { level: sample?.level ?? 2, style: sample?.style ?? 'atx', eol });
  for (let j = ti + 1; j < template.sections.length; j++) {
    const next = byT.get(j);
    if (next && next.by !== 'opening') return insertBefore(m, next.anchorLine, md, eol);
  }
  let prev: number | undefined;
  for (let j = ti - 1; j >= 0 && prev === undefined; j--) prev = byT.get(j)?.endLine;
  const at = prev ?? m.lineCount;
  if (at < m.lineCount && lineText(at).trim() !== '') return insertBefore(m, at, md, eol);
  if (at < m.lineCount) {
    // A blank line ends the previous section: insert after it.
    const before = at > 0 && lineText(at - 1).trim() !== '' ? eol : '';
    return { range: { startLine: at, startColumn: 0, endLine: at, endColumn: 0 }, newText: `${before}${md}${eol}` };
  }
  const last = m.lineCount - 1;
  const lastText = lineText(last);
  const lead = lastText.trim() === '' ? (last > 0 && lineText(last - 1).trim() !== '' ? eol : '') : eol + eol;
  return {
    range: { startLine: last, startColumn: lastText.length, endLine: last, endColumn: lastText.length },
    newText: `${lead}${md}`,
  };
}

// Inserts Markdown before line `at`, with a blank line before it (when the line above is text) and after it.
function insertBefore(m: PostmortemModel, at: number, md: string, eol: string): TextEdit {
  const before = at > 0 && (m.lines[at - 1] ?? '').trim() !== '' ? eol : '';
  return { range: { startLine: at, startColumn: 0, endLine: at, endColumn: 0 }, newText: `${before}${md}${eol}` };
}
