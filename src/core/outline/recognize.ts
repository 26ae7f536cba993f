// Recognises a postmortem from its first lines: a template marker, `template:` front matter, or a first heading naming one.

import { readFrontMatter } from '../parse/frontMatter';
import { MARKER } from '../parse/index';

const NAMES_POSTMORTEM = /\b(?:post[- ]?mortems?|incident (?:report|review|analysis|summary)|root cause analysis|RCA)\b/i;

/** True when the head of a Markdown document (its first ~40 lines) marks or titles it as a postmortem. */
export function looksLikePostmortem(head: string): boolean {
  if (MARKER.test(head)) return true;
  const lines = head.split(/\r\n|\r|\n/);
  if (readFrontMatter(lines)?.data['template']) return true;
  const heading = firstHeading(lines);
  return heading !== undefined && NAMES_POSTMORTEM.test(heading);
}

/** The text of the first heading (ATX, setext or a line in bold on its own), skipping front matter. */
export function firstHeading(lines: string[]): string | undefined {
  let i = 0;
  if (lines[0]?.trim() === '---') {
    const end = lines.findIndex((l, n) => n > 0 && /^(---|\.\.\.)\s*$/.test(l));
    i = end < 0 ? 0 : end + 1;
  }
  for (; i < lines.length; i++) {
    const line = lines[i]!;
    const atx = /^ {0,3}#{1,6}\s+(.*?)\s*#*\s*$/.exec(line);
    if (atx) return atx[1];
    const bold = /^\s*(?:\*\*|__)(.+?)(?:\*\*|__)\s*:?\s*$/.exec(line);
    if (bold) return bold[1];
    if (line.trim() !== '' && /^ {0,3}(=+|-+)\s*$/.test(lines[i + 1] ?? '')) return line.trim();
  }
  return undefined;
}
