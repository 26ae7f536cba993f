// PM019: no left-over placeholders: template prompts, snippet tab stops, XYZ/TBD, stand-in images.
import { anyCase, trimStartOf } from '../parse/chars';
import { LineKind, linesMatching } from '../parse/index';
import { stripInline } from '../outline/normalize';
import { builtinTemplates } from '../templates/index';
import type { Finding, PostmortemModel, Range, Template } from '../types';
import { finding, spanRange, type Rule } from './rule';

const PLACEHOLDER =
  /\$\{\d{1,3}(?::([^}]{0,200}))?\}|\$\{\d{1,3}\|[^}]{0,200}\|\}|\bXYZ\b|\bTBD\b|\bTBC\b|\blorem ipsum\b|\[(?:insert|add|your|describe|todo)\b[^\]]{0,200}\]|<(?:insert|your)\b[^<>]{0,200}>|\bYYYY-MM-DD\b|\bYYYYMMDD\b|\bMonth D, YYYY\b|\bHH:MM\b|\bN ?(?:%|minutes?\b|customers\b|users\b)|…|\.{3}/gi;
/**
 * The start of every PLACEHOLDER match that can be a finding (XYZ, TBD and TBC count in capitals only; a line without
 * one holds no placeholder); scanned over the whole text, in any case by explicit classes (see anyCase).
 */
const QUICK = new RegExp(
  [
    '\\$\\{',
    'XYZ',
    'TB[DC]',
    anyCase('orem ipsum'),
    `\\[(?:${['insert', 'add', 'your', 'describe', 'todo'].map(anyCase).join('|')})`,
    `<(?:${anyCase('insert')}|${anyCase('your')})`,
    anyCase('YYYY'),
    anyCase('Month D'),
    anyCase('HH:MM'),
    `\\b${anyCase('N')} ?(?:%|${['minutes', 'customers', 'users'].map(anyCase).join('|')})`,
    '…',
    '\\.\\.\\.',
  ].join('|'),
  'g',
);
/** Image services and example hosts that stand in for a picture the author meant to add. */
const STAND_IN_HOST =
  /^(?:https?:)?\/\/(?:www\.)?(?:example\.(?:com|org|net)|via\.placeholder\.com|placeholder\.com|placehold\.(?:it|co)|dummyimage\.com|placekitten\.com|placecage\.com|fakeimg\.pl|picsum\.photos|lorempixel\.com|imgplaceholder\.com)(?:[/:?#]|$)/i;
const IMAGE = /!\[([^\]]{0,300})\](\(([^()\s]{0,2000})(?:\s[^()]{0,300})?\))?/g;
const CLIPBOARD = new RegExp(
  `\\b${anyCase('can')}(?:['’]?[Tt]|${anyCase('not')}) ${anyCase('paste this image')}\\b`,
  'g',
);

/** Column ranges of inline code spans on a line (placeholders quoted as code are examples, not left-overs). */
export function codeSpans(line: string): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  let i = 0;
  while (i < line.length) {
    if (line[i] !== '`') {
      i++;
      continue;
    }
    let run = 1;
    while (line[i + run] === '`') run++;
    const fence = '`'.repeat(run);
    let close = line.indexOf(fence, i + run);
    // The closing run must be exactly as long (not part of a longer run).
    while (close >= 0 && line[close + run] === '`') {
      let j = close;
      while (line[j] === '`') j++;
      close = line.indexOf(fence, j);
    }
    if (close < 0) {
      i += run;
      continue;
    }
    out.push([i, close + run]);
    i = close + run;
  }
  return out;
}

/**
 * A line whose text — whole, or after its label or time ("**Impact:** …", "10:00 UTC - …") — is a template's
 * prompt or example value, left as written.
 */
function promptAt(
  m: PostmortemModel,
  { prompts, longest, lastPairs, lastShapes, lengths }: PromptTable,
  n: number,
): Range | undefined {
  const line = m.lines[n]!;
  // A line far longer than every prompt (with room for a label or a time before it) cannot be one; nor can a
  // line whose last two words end no prompt (a prompt is the whole text or what follows a label, two words at least).
  if (line.length > longest + 60 || !lastShapes.has(lastWordShape(line)) || !lastPairs.has(lastTwoWords(line)))
    return undefined;
  // A label line ("**Patch Nginx server:**" above its own steps) is the author's heading, not a left-over.
  if (/:[*_\s]*$/.test(line)) return undefined;
  const key = promptKey(stripInline(line.replace(/^\s*(?:[-*+]|\d{1,9}[.)])\s+(?:\[[ xX]\]\s+)?/, '')));
  // The whole text, or what follows a label or a time (at most 60 characters in; then three words at least).
  for (let at = 0; at >= 0 && at <= 60; at = key.indexOf(' ', at + 1)) {
    if (!lengths.has(at === 0 ? key.length : key.length - at - 1)) continue;
    const tail = at === 0 ? key : key.slice(at + 1);
    if (prompts.has(tail) && (at === 0 || tail.split(' ').length >= 3)) {
      const start = line.length - line.trimStart().length;
      return spanRange(n, start, line.length);
    }
  }
  return undefined;
}

/**
 * Prompt texts and example values the templates' skeletons write, as comparison keys: every one of two words or
 * more from the document's own template, and from the others the prompts that read as instructions (four words
 * or more) — "Outage begins" in an assignment postmortem is what happened, not another template's example.
 */
function templatePrompts(own: Template, others: readonly Template[]): Set<string> {
  const out = new Set<string>();
  for (const t of [own, ...others]) {
    const min = t === own ? 2 : 4;
    for (const [key, words] of promptsOf(t)) if (words >= min) out.add(key);
  }
  return out;
}

/** The prompts a document of template `own` may have left, with what promptAt filters by. */
interface PromptTable {
  readonly prompts: ReadonlySet<string>;
  readonly longest: number;
  /** The last two words of each prompt ("the impact"), as lastTwoWords reads a line. */
  readonly lastPairs: ReadonlySet<string>;
  /** The prompts' last words as lastWordShape reads them: a filter that needs no string. */
  readonly lastShapes: ReadonlySet<number>;
  /** The prompts' lengths: a tail of another length is no prompt (no slice, no hash). */
  readonly lengths: ReadonlySet<number>;
}

// Derived once per immutable template object (built-in, or custom from one config load).
const tableMemo = new WeakMap<Template, PromptTable>();
function promptTable(own: Template): PromptTable {
  let table = tableMemo.get(own);
  if (!table) {
    const prompts = templatePrompts(own, builtinTemplates);
    let longest = 0;
    const lastPairs = new Set<string>();
    const lastShapes = new Set<number>();
    const lengths = new Set<number>();
    for (const p of prompts) {
      longest = Math.max(longest, p.length);
      lastPairs.add(p.split(' ').slice(-2).join(' '));
      lastShapes.add(lastWordShape(p));
      lengths.add(p.length);
    }
    tableMemo.set(own, (table = { prompts, longest, lastPairs, lastShapes, lengths }));
  }
  return table;
}

// The prompt keys of a template with their word counts (derived once per immutable template object).
const promptMemo = new WeakMap<Template, Array<[string, number]>>();
function promptsOf(t: Template): Array<[string, number]> {
  let out = promptMemo.get(t);
  if (!out) {
    out = [];
    for (const s of t.sections) {
      for (const m of s.skeleton.matchAll(/\$\{\d{1,3}:([^}]{1,200})\}/g)) {
        const key = promptKey(m[1]!);
        out.push([key, key.split(' ').length]);
      }
    }
    promptMemo.set(t, out);
  }
  return out;
}

/** Mermaid sources the templates' skeletons write (the stock diagram left as it is). */
function templateDiagrams(templates: readonly Template[]): Set<string> {
  const out = new Set<string>();
  for (const t of templates)
    for (const s of t.sections)
      if (s.skeleton.includes('```mermaid'))
        for (const m of s.skeleton.matchAll(/```mermaid\n([^`]{0,2000})```/g))
          out.add(m[1]!.replace(/\s+/g, ' ').trim());
  return out;
}

// The last two runs of letters, digits or % of a line, lower case, joined by a space (as promptKey writes them).
function lastTwoWords(line: string): string {
  const [start, end] = wordBefore(line, line.length);
  const [start2, end2] = wordBefore(line, start);
  return start2 === end2 ? '' : `${line.slice(start2, end2)} ${line.slice(start, end)}`.toLowerCase();
}

// The last run of promptKey's characters that ends at or before `to`: [start, end) (empty when none).
function wordBefore(line: string, to: number): [number, number] {
  let end = to;
  while (end > 0 && !isKeyChar(line, end - 1)) end--;
  let start = end;
  while (start > 0 && isKeyChar(line, start - 1)) start--;
  return [start, end];
}

const KEY_CHAR = /[\p{L}\p{N}]/u;

// The last word's length and its first and last characters, lower case, as one number.
function lastWordShape(line: string): number {
  const [start, end] = wordBefore(line, line.length);
  if (start === end) return -1;
  const lower = (c: number): number =>
    c >= 65 && c <= 90 ? c + 32 : c < 128 ? c : String.fromCharCode(c).toLowerCase().charCodeAt(0);
  return (end - start) * 0x100000000 + lower(line.charCodeAt(start)) * 0x10000 + lower(line.charCodeAt(end - 1));
}

// What promptKey keeps: letters and digits of any script, and %.
function isKeyChar(line: string, i: number): boolean {
  const c = line.charCodeAt(i);
  if (c < 128) return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 37;
  return KEY_CHAR.test(line[i]!);
}

/** Normalises prompt text for comparison: lower case, letters and digits only. */
export function promptKey(text: string): string {
  return text
    .toLowerCase()
    .replace(/[^\p{L}\p{N}%]+/gu, ' ')
    .trim();
}

const NO_SPANS: ReadonlyArray<readonly [number, number]> = [];

// True when column `at` is inside one of the spans.
function inSpans(spans: ReadonlyArray<readonly [number, number]>, at: number): boolean {
  for (const [a, b] of spans) if (at >= a && at < b) return true;
  return false;
}

/** Each placeholder; snippet tab stops get a fix that keeps their default text. */
export function placeholderFindings(rule: Pick<Rule, 'id' | 'name' | 'severity'>, m: PostmortemModel): Finding[] {
  const templates = [m.template, ...builtinTemplates.filter((t) => t !== m.template)];
  const table = promptTable(m.template);
  const out: Finding[] = [];
  const stock = m.mermaid.length ? templateDiagrams(templates) : new Set<string>();
  for (const b of m.mermaid) {
    if (stock.has(b.source.replace(/\s+/g, ' ').trim()))
      out.push(
        finding(
          rule,
          "The template's stock diagram is left as it is: draw the incident (Postmortem: Insert Flowchart) or remove it",
          spanRange(b.startLine, 0, (m.lines[b.startLine] ?? '').length),
        ),
      );
  }
  const quick = linesMatching(m.parsed, QUICK);
  const clipboard = linesMatching(m.parsed, CLIPBOARD);
  for (let n = 0; n < m.lineCount; n++) {
    const kind = m.parsed.kinds[n];
    if (kind !== LineKind.Text && kind !== LineKind.Markup) continue;
    const raw = m.lines[n]!;
    const line = raw.length > 10_000 ? raw.slice(0, 10_000) : raw;
    if (kind === LineKind.Text) {
      const prompt = promptAt(m, table, n);
      if (prompt) {
        out.push(
          finding(
            rule,
            `Left-over template prompt "${stripInline(line).trim().slice(0, 80)}": replace it with what happened`,
            prompt,
          ),
        );
        continue;
      }
    }
    const code = line.includes('`') ? codeSpans(line) : NO_SPANS;
    if (line.includes('![')) {
      IMAGE.lastIndex = 0;
      for (let im = IMAGE.exec(line); im; im = IMAGE.exec(line)) {
        if (inSpans(code, im.index)) continue;
        const url = im[3];
        if (im[2] === undefined ? !hasReference(m, im[1]!) : url === '' || STAND_IN_HOST.test(url ?? '')) {
          out.push(
            finding(
              rule,
              `Stand-in image "${im[0].slice(0, 80)}": add the real picture or remove it`,
              spanRange(n, im.index, im.index + im[0].length),
            ),
          );
        }
      }
    }
    if (clipboard[n])
      out.push(
        finding(
          rule,
          'An image was not pasted (the editor left its "can\'t paste this image" note): add the picture or remove the line',
          spanRange(n, 0, line.length),
        ),
      );
    if (kind !== LineKind.Text || !quick[n]) continue;
    PLACEHOLDER.lastIndex = 0;
    for (let mm = PLACEHOLDER.exec(line); mm; mm = PLACEHOLDER.exec(line)) {
      if (inSpans(code, mm.index)) continue;
      const t = mm[0];
      if (/^xyz$/i.test(t) && t !== 'XYZ') continue;
      if (/^tb[dc]$/i.test(t) && t !== t.toUpperCase()) continue;
      // "…" stands for content only when it is all there is: the whole line, after a label, or a table cell.
      if ((t === '…' || t === '...') && !bareEllipsis(line, mm.index, t.length)) continue;
      const range = spanRange(n, mm.index, mm.index + t.length);
      const fix = t.startsWith('${')
        ? { title: `Replace the snippet placeholder with "${mm[1] ?? ''}"`, edits: [{ range, newText: mm[1] ?? '' }] }
        : { title: `Replace placeholder "${t}"…`, edits: [], ask: { range, prompt: 'What should this say?' } };
      out.push(finding(rule, `Left-over placeholder "${t}"`, range, fix));
    }
  }
  return out;
}

// True when the ellipsis at [at, at+len) is all a line, a label's value or a table cell holds.
function bareEllipsis(line: string, at: number, len: number): boolean {
  const before = line.slice(Math.max(0, at - 60), at);
  const after = line.slice(at + len, at + len + 20);
  if (!/^[\s*_]*(?:\|.*)?$/.test(after) && !/^[\s*_]*$/.test(after)) return false;
  return /(?:^|\|)[\s*_]*$/.test(before) || labelOnly(line.slice(0, at));
}

// True when `head` is at most list or quote markup, a number and a short label with its colon ("- **Impact:** ").
function labelOnly(head: string): boolean {
  if (head.length > 80) return false;
  const rest = trimStartOf(head, '-*+>|', true).replace(/^\d{1,3}[.)]\s*/, '');
  const colon = rest.indexOf(':');
  if (colon < 0) return trimStartOf(rest, '*_') === '';
  const label = rest.slice(0, colon);
  return (
    trimStartOf(label, '*_').length <= 40 &&
    label.length >= 1 &&
    !/[…|]/.test(label) &&
    trimStartOf(rest.slice(colon + 1), '*_', true) === ''
  );
}

// True when `![label]` has a reference definition ("[label]: url") somewhere.
function hasReference(m: PostmortemModel, label: string): boolean {
  const refs = (m.parsed.env as { references?: Record<string, unknown> }).references;
  return !!refs && Object.prototype.hasOwnProperty.call(refs, label.trim().toUpperCase().replace(/\s+/g, ' '));
}

/** Left-over placeholders, the templates' own prompts among them. */
export const placeholders: Rule = {
  id: 'PM019',
  name: 'placeholders',
  description:
    'No left-over placeholders: the templates\' prompts and example values, snippet text (${1:…}), XYZ, TBD, "Lorem ipsum", [Insert …], YYYY-MM-DD, HH:MM, a bare "…", stand-in images (example.com, via.placeholder.com …) — outside inline code.',
  tags: ['content'],
  severity: 'warning',
  check(m) {
    return placeholderFindings(this, m);
  },
};
