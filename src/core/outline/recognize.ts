// Recognises a postmortem from its first lines: a template marker, `template:` front matter, or a first heading naming one.

import { readFrontMatter } from '../parse/frontMatter';
import { isSpace, trimEndOf } from '../parse/chars';
import { MARKER } from '../parse/index';

const NAMES_POSTMORTEM =
  /\b(?:post[- ]?mortems?|incident (?:report|review|analysis|summary)|root cause analysis|RCA)\b/i;

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
    const atx = atxText(line);
    if (atx !== undefined) return atx;
    const bold = boldText(line);
    if (bold !== undefined) return bold;
    if (line.trim() !== '' && /^ {0,3}(=+|-+)\s*$/.test(lines[i + 1] ?? '')) return line.trim();
  }
  return undefined;
}

// The text of an ATX heading line ("## Title ##" gives "Title"); undefined for other lines. Linear: no regex
// with two adjacent quantifiers over white space.
function atxText(line: string): string | undefined {
  const open = /^ {0,3}#{1,6}/.exec(line);
  if (!open || !isSpace(line.charCodeAt(open[0].length))) return undefined;
  return trimEndOf(line.slice(open[0].length).trim(), '#').trim();
}

// The text of a line in bold on its own ("**Title**", "__Title__:"); undefined for other lines.
function boldText(line: string): string | undefined {
  let t = line.trim();
  if (t.endsWith(':')) t = t.slice(0, -1).trimEnd();
  const mark = t.slice(0, 2);
  if (t.length < 5 || (mark !== '**' && mark !== '__')) return undefined;
  const close = t.slice(-2);
  return close === '**' || close === '__' ? t.slice(2, -2) : undefined;
}
