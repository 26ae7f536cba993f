// Snippet skeletons built from templates: a whole postmortem or one section, with unique tab stops.
import { trimEndOf } from '../parse/chars';
import type { Template, TemplateSection } from '../types';

/** Shifts every tab stop ($1, ${2:x}, ${3|a,b|}) by `offset`, keeping $0; returns the body and the highest stop. */
export function renumberTabstops(body: string, offset: number): { body: string; max: number } {
  let max = offset;
  const out = body.replace(
    /\$\{(\d+)([:|}])|\$(\d+)/g,
    (m, braced: string | undefined, sep: string | undefined, bare: string | undefined) => {
      const n = Number(braced ?? bare);
      if (n === 0) return m;
      const k = n + offset;
      if (k > max) max = k;
      return braced !== undefined ? `\${${k}${sep}` : `$${k}`;
    },
  );
  return { body: out, max };
}

/** Turns snippet text into plain text: `${1:text}` → text, `${1|a,b|}` → a, `$1` → ''. */
export function snippetToText(body: string): string {
  return body
    .replace(/\$\{\d+:([^}]*)\}/g, '$1')
    .replace(/\$\{\d+\|([^,|}]*)(?:,[^,|}]*)*\|\}/g, '$1')
    .replace(/\$\{\d+\}|\$\d+/g, '');
}

/** A section as a snippet: `## Title`, a blank line and the section's skeleton. */
export function sectionSnippet(section: TemplateSection, level = 2): { body: string; max: number } {
  const skeleton = trimEndOf(section.skeleton, '\n');
  const body = `${'#'.repeat(level)} ${section.title}\n${skeleton ? `\n${skeleton}\n` : ''}`;
  return renumberTabstops(body, 0);
}

/** A whole postmortem as one snippet: the template marker, the title and every section, times in `zone` (default UTC). */
export function postmortemSnippet(template: Template, opts: { zone?: string } = {}): string {
  const parts = [`<!-- postmortem: ${template.id} -->\n# ${template.title}\n`];
  let offset = 0;
  for (const s of template.sections) {
    const r = renumberTabstops(sectionSnippet(s).body, offset);
    offset = r.max;
    parts.push(r.body);
  }
  const body = parts.join('\n');
  return opts.zone && opts.zone !== 'UTC' ? body.replace(/\bUTC\b/g, opts.zone) : body;
}

export { sectionInsertEdit, sectionMarkdown, templateMarkdown, stripSnippet } from './sections';
