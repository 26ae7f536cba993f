// Builds the contributed Markdown snippets from the templates (a test keeps snippets/markdown.json in step).
import { postmortemSnippet, sectionSnippet } from './skeleton';
import type { Template } from '../types';

/** One VS Code snippet. */
export interface Snippet {
  prefix: string;
  body: string[];
  description: string;
}

/** Snippet names that tests and docs refer to. */
export const SnippetNames = {
  timelineEntry: 'Postmortem timeline entry',
  timelineEntryWithDate: 'Postmortem timeline entry with date',
  actionItem: 'Postmortem action item',
  mermaid: 'Postmortem Mermaid flowchart',
  whole: (t: Pick<Template, 'title'>): string => `Postmortem: ${t.title}`,
  section: (title: string): string => `Postmortem section: ${title}`,
} as const;

const slug = (s: string): string =>
  s
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
const lines = (body: string): string[] => body.replace(/\n$/, '').split('\n');

/** Every snippet: a whole postmortem per template, each section, a timeline entry, an action item, a Mermaid block. */
export function buildSnippets(templates: readonly Template[]): Record<string, Snippet> {
  const out: Record<string, Snippet> = {};
  for (const t of templates) {
    out[SnippetNames.whole(t)] = {
      prefix: `postmortem-${t.id}`,
      body: lines(postmortemSnippet(t)),
      description: `A whole postmortem: ${t.description}`,
    };
  }
  const used = new Set<string>();
  for (const t of templates) {
    for (const s of t.sections) {
      const body = lines(sectionSnippet(s).body);
      const plain = SnippetNames.section(s.title);
      const existing = out[plain];
      if (existing && existing.body.join('\n') === body.join('\n')) continue;
      const name = existing ? `${plain} (${t.title})` : plain;
      let prefix = `pm-section-${slug(s.title)}`;
      if (used.has(prefix)) prefix = `${prefix}-${t.id}`;
      used.add(prefix);
      out[name] = { prefix, body, description: `The "${s.title}" section of the ${t.title} template.` };
    }
  }
  out[SnippetNames.timelineEntry] = {
    prefix: 'pm-time',
    body: [
      '- **$CURRENT_HOUR:$CURRENT_MINUTE UTC$CURRENT_TIMEZONE_OFFSET** - ${1:what happened, in one or two sentences}$0',
    ],
    description: 'A timeline bullet stamped with the current time and its UTC offset.',
  };
  out[SnippetNames.timelineEntryWithDate] = {
    prefix: 'pm-time-date',
    body: [
      '- **$CURRENT_YEAR-$CURRENT_MONTH-$CURRENT_DATE $CURRENT_HOUR:$CURRENT_MINUTE UTC$CURRENT_TIMEZONE_OFFSET** - ${1:what happened}$0',
    ],
    description: 'A timeline bullet stamped with the current date, time and UTC offset.',
  };
  out[SnippetNames.actionItem] = {
    prefix: 'pm-action',
    body: ['- [ ] ${1:What will be done} (owner: ${2:@name}, due: ${3:$CURRENT_YEAR-$CURRENT_MONTH-$CURRENT_DATE})$0'],
    description: 'An action item with an owner and a deadline.',
  };
  out[SnippetNames.mermaid] = {
    prefix: 'pm-mermaid',
    body: [
      '```mermaid',
      'flowchart TD',
      '    A[${1:Issue detected}] --> B[${2:Investigation}]',
      '    B --> C[${3:Mitigation}]',
      '    C --> D[${4:Resolved}]',
      '```',
      '$0',
    ],
    description: 'A Mermaid flowchart of the incident.',
  };
  return out;
}
