// Builds section Markdown and the edit that inserts a missing section at its place in template order.
import type { ParsedDocument } from './parse/model';
import { matchTemplate, type TemplateMatch } from './templates/match';
import type { PostmortemDocument, Section, Template, TemplateSection, TextEdit } from './types';

/** Replaces snippet placeholders `${1:text}` / `$1` by their default text (for plain-text insertion). */
export function stripSnippet(snippet: string): string {
  return snippet.replace(/\$\{\d+:([^}]*)\}/g, '$1').replace(/\$\{\d+\}|\$\d+/g, '');
}

/**
 * Markdown of a section: heading (ATX at `level`, or `**Title**` for style 'bold') and skeleton body.
 * `snippet: true` keeps the `${1:…}` tab stops (for a SnippetString); otherwise they become plain text.
 */
export function sectionMarkdown(ts: TemplateSection, opts: { level?: number; style?: Section['style']; snippet?: boolean; eol?: string } = {}): string {
  const eol = opts.eol ?? '\n';
  const heading = opts.style === 'bold' || opts.style === 'plain' ? `**${ts.title}**` : `${'#'.repeat(opts.level ?? 2)} ${ts.title}`;
  const body = (opts.snippet ? ts.skeleton : stripSnippet(ts.skeleton)).replace(/\n+$/, '');
  return (body ? `${heading}\n\n${body}\n` : `${heading}\n`).replace(/\n/g, eol);
}

/** Markdown of a whole template (title heading then every section), for "new postmortem" commands. */
export function templateMarkdown(t: Template, opts: { snippet?: boolean; title?: string } = {}): string {
  return [`# ${opts.title ?? 'Postmortem: ' + (opts.snippet ? '${0:title}' : 'title')}`, ...t.sections.map((s) => sectionMarkdown(s, { level: 2, snippet: opts.snippet ?? false }))].join('\n');
}

/**
 * The edit inserting template section `sectionId` where the template order puts it: before the next
 * template section present in the document, else after the previous one, else at the end.
 * Heading level and style follow the document's matched sections. Undefined if the id is unknown.
 */
export function sectionInsertEdit(doc: PostmortemDocument, template: Template, sectionId: string, match?: TemplateMatch): TextEdit | undefined {
  const ti = template.sections.findIndex((s) => s.id === sectionId);
  if (ti < 0) return undefined;
  const { matches } = match ?? matchTemplate(doc.sections, template);
  const byT = new Map(matches.map((m) => [m.templateSection, doc.sections[m.section]!]));
  const sample = matches.length ? doc.sections[matches[0]!.section]! : undefined;
  const lines = (doc as Partial<ParsedDocument>).lines;
  const eol = (doc as Partial<ParsedDocument>).eol ?? '\n';
  const lineText = (n: number): string => lines?.[n] ?? '';
  const md = sectionMarkdown(template.sections[ti]!, { level: sample?.level ?? 2, style: sample?.style ?? 'atx', eol });
  for (let j = ti + 1; j < template.sections.length; j++) {
    const next = byT.get(j);
    if (next) {
      const at = next.headingLine;
      const before = at > 0 && lineText(at - 1).trim() !== '' ? eol : '';
      return { range: { startLine: at, startColumn: 0, endLine: at, endColumn: 0 }, newText: `${before}${md}${eol}` };
    }
  }
  let prev: Section | undefined;
  for (let j = ti - 1; j >= 0 && !prev; j--) prev = byT.get(j);
  const at = prev ? prev.endLine : doc.lineCount;
  if (at < doc.lineCount) {
    const before = at > 0 && lineText(at - 1).trim() !== '' ? eol : '';
    return { range: { startLine: at, startColumn: 0, endLine: at, endColumn: 0 }, newText: `${before}${md}${eol}` };
  }
  const last = doc.lineCount - 1;
  const lastText = lineText(last);
  const lead = lastText.trim() === '' ? (last > 0 && lineText(last - 1).trim() !== '' ? eol : '') : eol + eol;
  return { range: { startLine: last, startColumn: lastText.length, endLine: last, endColumn: lastText.length }, newText: `${lead}${md}` };
}
