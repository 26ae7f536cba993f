// Outline stage: headings in any style → sections, the template, and where each template section lives
// (matched by title, or — when no heading names it — by what the text says).
import { trimEndOf, trimStartOf } from '../parse/chars';
import { LineKind, isBlankLine, type ParsedText } from '../parse/index';
import type { Region, Section, Template } from '../types';
import { aliasIndex, findCandidates, type AliasIndex, type Candidate } from './candidates';
import { readsAs, RESIDUE_TITLE, type Role } from './content';
import { chooseTemplate, matchTemplate, scoreTable, type TemplateMatch } from './match';
import { MATCH_THRESHOLD } from './normalize';

/** What the outline stage decides. */
export interface Outline {
  readonly title?: string;
  readonly titleLine?: number;
  /** Headings kept as sections (labels only when they name a template section), in line order. */
  readonly sections: readonly Section[];
  readonly template: Template;
  readonly templateSource: 'option' | 'hint' | 'match' | 'default';
  /** Title matches (indexes into `sections`) and repeated sections. */
  readonly match: TemplateMatch;
  /** Where each template section lives, in document order. */
  readonly regions: readonly Region[];
  /** The lines before the first section that is not the title: [start, end). */
  readonly preamble: readonly [number, number];
}

/** Options of the outline stage. */
export interface OutlineOptions {
  template?: string;
  defaultTemplate?: string;
  customTemplates?: readonly Template[];
}

/** Builds the outline of a parsed text. */
export function outline(p: ParsedText, options: OutlineOptions = {}): Outline {
  const index = aliasIndex(options.customTemplates);
  const candidates = findCandidates(p, index);
  const title = findTitle(p, candidates, index);
  const skip = new Set<number>(title?.candidate !== undefined ? [title.candidate] : []);
  const { template, source } = chooseTemplate(candidates, skip, p.templateHint, options, index);
  const scores = scoreTable(candidates, template, index);
  const raw = matchTemplate(candidates, scores, skip);
  // Labels ("Root Cause: …") that name no template section here are fields of the section they sit in.
  const matched = new Set([...raw.matches, ...raw.duplicates].map((m) => m.section));
  const keep = candidates.map((c, i) => c.style !== 'label' || matched.has(i));
  const newIndex: number[] = [];
  const kept: Candidate[] = [];
  candidates.forEach((c, i) => {
    newIndex[i] = kept.length;
    if (keep[i]) kept.push(c);
  });
  const remap = (m: {
    section: number;
    templateSection: number;
    score: number;
  }): { section: number; templateSection: number; score: number } => ({ ...m, section: newIndex[m.section]! });
  const match: TemplateMatch = { matches: raw.matches.map(remap), duplicates: raw.duplicates.map(remap) };
  const sections = buildSections(p, kept, match, template);
  const titleLine = title?.line;
  const firstBody = sections.find((s) => s.headingLine !== titleLine);
  const preambleStart =
    titleLine !== undefined && (!firstBody || titleLine < firstBody.headingLine) ? titleLine + 1 : 0;
  const preamble: [number, number] = [preambleStart, firstBody ? firstBody.headingLine : p.lineCount];
  const bestOf = kept.map((_c, i) => bestTemplateSection(scores[candidates.indexOf(kept[i]!)]!));
  let regions = titleRegions(p, sections, match, template, bestOf);
  contentRegions(p, sections, template, regions, preamble, titleLine);
  // A heading inside a section read by content ("### Resolution" among the steps of "## Debugging Process")
  // is part of that section's story, not the template section its title names.
  for (let guard = 0; guard < 4; guard++) {
    const nested = regions.find(
      (r) =>
        r.by === 'title' &&
        regions.some((o) => o.by === 'content' && o !== r && isChild(sections, r.section!, o.section!)),
    );
    if (!nested) break;
    match.matches = match.matches.filter((m) => m.section !== nested.section);
    delete sections[nested.section!]!.templateSectionId;
    regions = titleRegions(p, sections, match, template, bestOf);
    contentRegions(p, sections, template, regions, preamble, titleLine);
  }
  regions.sort((a, b) => a.startLine - b.startLine || a.templateIndex - b.templateIndex);
  const out: Outline = {
    sections,
    template,
    templateSource: source,
    match,
    regions,
    preamble,
    ...(title ? { title: title.text, titleLine: title.line } : {}),
  };
  return out;
}

// The template section a heading names best, or -1.
function bestTemplateSection(row: readonly number[]): number {
  let best = -1,
    score = MATCH_THRESHOLD;
  row.forEach((s, i) => {
    if (s >= score) [best, score] = [i, s];
  });
  return best;
}

/** The document title: a first heading (or short first line) that opens the document and names no section. */
function findTitle(
  p: ParsedText,
  candidates: readonly Candidate[],
  index: AliasIndex,
): { text: string; line: number; candidate?: number } | undefined {
  if (p.frontMatter?.data['title']) return { text: p.frontMatter.data['title'], line: -1 };
  let first = -1;
  for (let n = 0; n < p.lineCount; n++) {
    if (p.kinds[n] !== LineKind.Text) continue;
    if (/^\s*!\[[^\]]*\]\([^)]*\)\s*$/.test(p.lines[n]!)) continue; // a banner image
    first = n;
    break;
  }
  if (first < 0) return undefined;
  const ci = candidates.findIndex((c) => c.line === first);
  if (ci >= 0) {
    const c = candidates[ci]!;
    let minRank = 7;
    for (const x of candidates) if (x.rank !== undefined && x.rank < minRank) minRank = x.rank;
    const real = c.rank !== undefined;
    // "# Issue Summary" opening the document is a section, not a title.
    const namesSection = index.exact.has(c.key);
    if (!namesSection && (!real || c.rank === minRank || c.rank === 1))
      return { text: c.title, line: first, candidate: ci };
    return undefined;
  }
  const line = p.lines[first]!.trim();
  if (p.depth[first] === 0 && line.length <= 90 && line.split(/\s+/).length <= 12 && !/[.?!,;]$/.test(line)) {
    const next = p.lines[first + 1];
    // A plain first line followed by a blank or another short line reads as a title ("Postmortem: Web Stack Outage").
    if (
      next === undefined ||
      isBlankLine(next) ||
      candidates.some((c) => c.line === first + 1) ||
      next.trim().length <= 90
    ) {
      return { text: trimEndOf(trimStartOf(line, '#*_', true), '*_', true), line: first };
    }
  }
  return undefined;
}

/** Turns kept candidates into sections: levels (pseudo-headings sit one below the last real heading) and extents. */
function buildSections(p: ParsedText, kept: readonly Candidate[], match: TemplateMatch, template: Template): Section[] {
  const byIndex = new Map(match.matches.map((m) => [m.section, template.sections[m.templateSection]!.id]));
  const out: Section[] = [];
  let lastReal: number | undefined;
  const levels = kept.map((c) => {
    if (c.rank !== undefined) return (lastReal = c.rank);
    return lastReal === undefined ? 2 : Math.min(lastReal + 1, 6);
  });
  kept.forEach((c, i) => {
    const level = levels[i]!;
    const pseudo = c.rank === undefined;
    let end = p.lineCount;
    for (let j = i + 1; j < kept.length; j++) {
      // A pseudo-heading's level is a guess: it never holds a real heading.
      if (levels[j]! <= level || (pseudo && kept[j]!.rank !== undefined)) {
        end = kept[j]!.line;
        break;
      }
    }
    const inline = c.bodyColumn !== undefined;
    const s: Section = {
      title: c.title,
      rawTitle: c.rawTitle,
      level,
      style: c.style,
      headingLine: c.line,
      bodyStartLine: inline ? c.line : Math.min(c.line + (c.style === 'setext' ? 2 : 1), end),
      endLine: end,
    };
    if (inline) s.bodyColumn = c.bodyColumn!;
    const id = byIndex.get(i);
    if (id) s.templateSectionId = id;
    out.push(s);
  });
  return out;
}

/** Regions of the sections matched by title: up to the next matched heading or the heading that closes the section. */
function titleRegions(
  p: ParsedText,
  sections: readonly Section[],
  match: TemplateMatch,
  template: Template,
  bestOf: readonly number[],
): Region[] {
  const matchedLines = match.matches.map((m) => sections[m.section]!.headingLine).sort((a, b) => a - b);
  const real = (s: Section): boolean => s.style === 'atx' || s.style === 'setext' || s.style === 'html';
  return match.matches.map((m) => {
    const s = sections[m.section]!;
    let end = p.lineCount;
    for (const l of matchedLines)
      if (l > s.headingLine) {
        end = l;
        break;
      }
    // The real heading this section lives under (itself when it is real) closes at the next heading of its rank.
    let closeLevel: number | undefined = real(s) ? s.level : undefined;
    if (closeLevel === undefined)
      for (let i = m.section - 1; i >= 0; i--)
        if (real(sections[i]!)) {
          closeLevel = sections[i]!.level;
          break;
        }
    if (closeLevel !== undefined) {
      for (let i = m.section + 1; i < sections.length; i++) {
        const o = sections[i]!;
        if (o.headingLine >= end) break;
        // "## Tasks" after "## Corrective measures" continues it: a heading naming the same template section.
        if (real(o) && o.level <= closeLevel && bestOf[i] !== m.templateSection) {
          end = o.headingLine;
          break;
        }
      }
    }
    const r: Region = {
      templateSectionId: template.sections[m.templateSection]!.id,
      templateIndex: m.templateSection,
      by: 'title',
      section: m.section,
      anchorLine: s.headingLine,
      startLine: s.bodyStartLine,
      endLine: Math.max(end, s.bodyStartLine + (s.bodyColumn !== undefined ? 1 : 0)),
    };
    if (s.bodyColumn !== undefined) r.startColumn = s.bodyColumn;
    return r;
  });
}

/** The role a template section plays, for finding it by content. */
function roleOf(template: Template, index: number): Role | undefined {
  const ts = template.sections[index]!;
  const names = [ts.title, ...ts.aliases].join(' ').toLowerCase();
  if (ts.content?.includes('timeline')) return 'timeline';
  if (ts.content?.includes('task-list')) return 'actions';
  if (/root cause/.test(names)) return 'cause';
  if (/summary/.test(names) && ts.required) return 'summary';
  return undefined;
}

/**
 * Finds required template sections no heading names, by what a section says: the opening paragraphs under
 * the title as the summary, a step list as the timeline, a section explaining the cause, a list of actions.
 */
function contentRegions(
  p: ParsedText,
  sections: readonly Section[],
  template: Template,
  regions: Region[],
  preamble: readonly [number, number],
  titleLine: number | undefined,
): void {
  const present = new Set(regions.map((r) => r.templateIndex));
  const used = new Set(regions.map((r) => r.section));
  let firstMatched = p.lineCount;
  for (const r of regions) if (r.anchorLine < firstMatched) firstMatched = r.anchorLine;
  template.sections.forEach((ts, ti) => {
    if (!ts.required || present.has(ti)) return;
    const role = roleOf(template, ti);
    if (!role) return;
    if (role === 'summary' && preamble[1] <= firstMatched && readsAs(p, 'opening', preamble[0], preamble[1])) {
      regions.push({
        templateSectionId: ts.id,
        templateIndex: ti,
        by: 'opening',
        anchorLine: firstProseLine(p, preamble[0], preamble[1]),
        startLine: preamble[0],
        endLine: preamble[1],
      });
      present.add(ti);
      return;
    }
    for (let i = 0; i < sections.length; i++) {
      const s = sections[i]!;
      if (used.has(i) || s.headingLine === titleLine || RESIDUE_TITLE.test(s.title)) continue;
      // A heading inside a section already placed is part of it.
      if (regions.some((r) => r.by !== 'title' && s.headingLine > r.anchorLine && s.headingLine < r.endLine)) continue;
      if (role === 'summary' && s.headingLine > firstMatched) break;
      const end = sectionEnd(sections, i, regions);
      if (!readsAs(p, role, s.bodyStartLine, end, s.title)) continue;
      regions.push({
        templateSectionId: ts.id,
        templateIndex: ti,
        by: 'content',
        section: i,
        anchorLine: s.headingLine,
        startLine: s.bodyStartLine,
        endLine: end,
      });
      used.add(i);
      present.add(ti);
      break;
    }
  });
}

// True when section `child` lies inside section `parent` (a lower-ranked heading within its extent).
function isChild(sections: readonly Section[], child: number, parent: number): boolean {
  const c = sections[child]!,
    p = sections[parent]!;
  return c.headingLine > p.headingLine && c.headingLine < p.endLine && c.level > p.level;
}

// The end of an unmatched section's own text: its extent, cut at the next region that starts inside it.
function sectionEnd(sections: readonly Section[], i: number, regions: readonly Region[]): number {
  const s = sections[i]!;
  let end = s.endLine;
  for (const r of regions) if (r.anchorLine > s.headingLine && r.anchorLine < end) end = r.anchorLine;
  return end;
}

// The first non-blank prose line of [from, to), else `from`.
function firstProseLine(p: ParsedText, from: number, to: number): number {
  for (let n = Math.max(0, from); n < to; n++) if (p.kinds[n] === LineKind.Text) return n;
  return Math.max(0, from);
}
