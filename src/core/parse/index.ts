// Parses Markdown once into the postmortem model every consumer reads.
import type { MermaidBlock, Template, Timestamp } from '../types';
import { aliasIndex, boldHeadingText, buildSections, isFieldHeading, plainHeadingText, type RawHeading } from './headings';
import { tokenizeBlocks } from './markdown';
import { hide, type Block, type ParsedDocument } from './model';
import { cleanTitle } from './normalize';
import { extractSummary, summaryRanges } from './summary';
import { collectTasks } from './tasks';
import { extractTimeline, findTimelineSection } from './timeline';
import { countContentWords, countWords } from './words';

/** Options of parse(). */
export interface ParseOptions {
  /** Custom templates, whose titles and aliases also count as plain-text headings. */
  customTemplates?: readonly Template[];
  /** Skip the template-less summary facts (lint() reads them from the template's sections instead). */
  skipSummary?: boolean;
}

const HINT = /<!--\s*postmortem\s*:\s*([\w.-]+)\s*-->/i;

/** Reads YAML-ish front matter (`key: value` lines between `---` fences) at the top of the text. */
function frontMatter(lines: readonly string[]): { end: number; data: Record<string, string> } | undefined {
  if (lines[0]?.trim() !== '---') return undefined;
  const limit = Math.min(lines.length, 400);
  for (let i = 1; i < limit; i++) {
    const l = lines[i]!.trim();
    if (l === '---' || l === '...') {
      const data: Record<string, string> = {};
      for (let j = 1; j < i; j++) {
        const m = /^([\w.-]+)\s*:\s*(.*)$/.exec(lines[j]!);
        if (m) data[m[1]!] = m[2]!.trim().replace(/^(['"])(.*)\1$/, '$2');
      }
      return { end: i + 1, data };
    }
  }
  return undefined;
}

/**
 * Parses a postmortem: markdown-it tokens with line maps → title, front matter, sections (ATX, setext,
 * bold and plain pseudo-headings), timeline entries, summary facts, tasks, mermaid blocks, word count.
 * The result also carries non-enumerable `lines`, `tokens`, `blocks` for the rules (see ParsedDocument).
 */
export function parse(text: string, options: ParseOptions = {}): ParsedDocument {
  const lines = splitLines(text);
  const lineCount = lines.length;
  const eol = text.includes('\r\n') ? '\r\n' : '\n';
  const fm = frontMatter(lines);
  const source = fm ? lines.map((l, i) => (i < fm.end ? '' : l)).join('\n') : text;
  const env = {};
  const tokens = tokenizeBlocks(source, env);
  const prose = new Uint8Array(lineCount).fill(1);
  if (fm) prose.fill(0, 0, fm.end);
  const blocks: Block[] = [];
  const raw: RawHeading[] = [];
  const mermaid: MermaidBlock[] = [];
  const aliases = aliasIndex(options.customTemplates);
  let words = 0, depth = 0, quote = 0;
  let lastRealLevel: number | undefined;
  let hint = fm?.data.template;

  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    const map = t.map;
    switch (t.type) {
      case 'bullet_list_open': case 'ordered_list_open': depth++; break;
      case 'bullet_list_close': case 'ordered_list_close': depth--; break;
      case 'blockquote_open': quote++; break;
      case 'blockquote_close': quote--; break;
      case 'inline': words += countContentWords(t.content, env); break;
      case 'list_item_open':
        if (map) blocks.push({ kind: 'item', startLine: map[0], endLine: map[1], depth, token: i });
        break;
      case 'table_open':
        if (map) blocks.push({ kind: 'table', startLine: map[0], endLine: map[1], depth, token: i });
        break;
      case 'heading_open': {
        if (!map) break;
        const title = tokens[i + 1]?.content ?? '';
        const level = Number(t.tag.slice(1));
        const style = t.markup === '=' || t.markup === '-' ? 'setext' : 'atx';
        if (depth === 0 && quote === 0 && !isFieldHeading(cleanTitle(title), level, lastRealLevel)) {
          raw.push({ rawTitle: title, level, style, line: map[0], bodyStartLine: map[1] });
          lastRealLevel = level;
        }
        blocks.push({ kind: 'heading', startLine: map[0], endLine: map[1], depth, token: i });
        break;
      }
      case 'paragraph_open': {
        if (!map) break;
        blocks.push({ kind: 'paragraph', startLine: map[0], endLine: map[1], depth, token: i });
        if (depth > 0 || quote > 0) break;
        const content = tokens[i + 1]?.content ?? '';
        const parts = content.split('\n');
        for (let j = 0; j < parts.length; j++) {
          const p = parts[j]!;
          const bold = boldHeadingText(p);
          const plain = bold === undefined ? plainHeadingText(p, aliases) : undefined;
          if (bold === undefined && plain === undefined) continue;
          const level = lastRealLevel === undefined ? 2 : Math.min(lastRealLevel + 1, 6);
          const line = map[0] + j;
          raw.push({ rawTitle: bold ?? plain!.title, level, style: bold ? 'bold' : 'plain', line, bodyStartLine: plain?.inline ? line : line + 1 });
        }
        break;
      }
      case 'fence': case 'code_block':
        if (!map) break;
        if (t.type === 'code_block' && proseLike(t.content)) {
          words += countWords(t.content);
          blocks.push({ kind: 'paragraph', startLine: map[0], endLine: map[1], depth, token: i });
          break;
        }
        prose.fill(0, map[0], map[1]);
        blocks.push({ kind: 'code', startLine: map[0], endLine: map[1], depth, token: i });
        if (t.type === 'fence' && /^mermaid\b/i.test(t.info.trim())) mermaid.push({ startLine: map[0], endLine: map[1], source: t.content });
        break;
      case 'html_block':
        if (!map) break;
        if (/^\s*<!--/.test(t.content)) prose.fill(0, map[0], map[1]);
        else for (let n = map[0]; n < map[1]; n++) if (/^\s*</.test(lines[n] ?? '')) prose[n] = 0;
        blocks.push({ kind: 'html', startLine: map[0], endLine: map[1], depth, token: i });
        if (!hint) hint = HINT.exec(t.content)?.[1];
        break;
      default: break;
    }
  }

  const sections = buildSections(raw, lineCount);
  const doc = { lineCount, sections, timeline: [], summary: {}, tasks: [], mermaid, wordCount: words } as unknown as ParsedDocument;
  hide(doc, { lines, tokens, blocks, prose, eol, stampMemo: new Array<Timestamp[] | undefined>(lineCount) });
  if (fm) doc.frontMatter = fm.data;
  if (hint) doc.templateHint = hint;
  setTitle(doc, fm?.data.title);
  const tl = findTimelineSection(sections);
  if (tl !== undefined) applyTimeline(doc, tl);
  if (!options.skipSummary) doc.summary = extractSummary(doc, summaryRanges(doc));
  doc.tasks = collectTasks(doc);
  return doc;
}

/** text.split(/\r\n?|\n/), with the cheaper string split when the text has no carriage return. */
function splitLines(text: string): string[] {
  return text.includes('\r') ? text.split(/\r\n?|\n/) : text.split('\n');
}

/** True for an indented "code" block that is really prose (students indent paragraphs by mistake). */
function proseLike(content: string): boolean {
  const first = content.trimStart();
  return /^[\p{L}\d*(]/u.test(first) && !/[{};=<>$\\]|^\s*(?:sudo|cd|ls|cat|curl|git|npm|apt|docker|systemctl|service|echo)\b|^\s*[\/#]/mu.test(content) && content.split(/\s+/).length >= 5;
}

/** Sets the title: front matter `title`, else a first heading that opens the document. */
function setTitle(doc: ParsedDocument, fmTitle: string | undefined): void {
  if (fmTitle) {
    doc.title = fmTitle;
    return;
  }
  const first = doc.sections[0];
  if (!first) return;
  const firstProse = doc.blocks.find((b) => b.kind !== 'html');
  const minLevel = doc.sections.reduce((m, s) => Math.min(m, s.level), 6);
  if (firstProse && firstProse.startLine === first.headingLine && (first.level === minLevel || first.level === 1)) {
    doc.title = first.title;
    doc.titleLine = first.headingLine;
  }
}

/** Fills the timeline fields from section `index`. */
export function applyTimeline(doc: ParsedDocument, index: number): void {
  const t = extractTimeline(doc, doc.sections[index]!);
  doc.timelineSection = index;
  doc.timeline = t.entries;
  if (t.zone) doc.timelineZone = t.zone;
  else delete doc.timelineZone;
}
