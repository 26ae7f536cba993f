// The one markdown-it instance the core parses with.
import MarkdownIt from 'markdown-it';

/** CommonMark + tables + strikethrough, HTML allowed (people paste it), no linkify (cheaper, and URLs are not words). */
export const md: MarkdownIt = new MarkdownIt({ html: true, linkify: false });

/** Parses Markdown into block and inline tokens with line maps. */
export function tokenize(text: string): MarkdownIt.Token[] {
  return md.parse(text, {});
}
