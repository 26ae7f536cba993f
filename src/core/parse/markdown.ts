// The one markdown-it instance the core parses with.
import MarkdownIt from 'markdown-it';

/** CommonMark + tables + strikethrough, HTML allowed (people paste it), no linkify (cheaper, and URLs are not words). */
export const md: MarkdownIt = new MarkdownIt({ html: true, linkify: false });

/**
 * A twin of `md` that stops after the block pass: the core needs inline tokens only to count words, and
 * most inline contents are plain text whose words can be counted without an inline parse (see
 * countInlineWords). linkify, replacements and smartquotes are no-ops with these options; text_join is
 * emulated where inline tokens are parsed on demand.
 */
const blockMd: MarkdownIt = new MarkdownIt({ html: true, linkify: false });
// normalize too: tokenizeBlocks does its work only when the text needs it (it rescans every character).
blockMd.core.ruler.disable(['normalize', 'inline', 'linkify', 'replacements', 'smartquotes', 'text_join']);

/** Parses Markdown into block and inline tokens with line maps. */
export function tokenize(text: string): MarkdownIt.Token[] {
  return md.parse(text, {});
}

/**
 * Parses Markdown into block tokens with line maps; `inline` tokens carry their content but no children
 * (parse them with parseInline, passing the same `env`, which holds the reference definitions).
 */
export function tokenizeBlocks(text: string, env: object): MarkdownIt.Token[] {
  // markdown-it's normalize rule: CR LF / CR to LF, NUL to U+FFFD (a no-op for most texts).
  const src =
    text.includes('\r') || text.includes('\0') ? text.replace(/\r\n?|\n/g, '\n').replace(/\0/g, '\uFFFD') : text;
  return blockMd.parse(src, env);
}

/** Inline tokens of one inline content, as md.parse would give them before text_join. */
export function parseInline(content: string, env: object): MarkdownIt.Token[] {
  const children: MarkdownIt.Token[] = [];
  md.inline.parse(content, md, env, children);
  return children;
}
