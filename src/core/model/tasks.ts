// Reads action items: list items and table rows of the action sections, plain lines there that read as actions,
// and checkbox items anywhere; with the owner and the deadline each names.
import { LineKind, type ParsedText } from '../parse/index';
import { readsAsAction } from '../outline/content';
import { stripInline } from '../outline/normalize';
import { findDates } from '../time/parse';
import type { Task } from '../types';

const CHECKBOX = /^\s*(?:[-*+]|\d{1,9}[.)])\s+\[([ xX])\]\s+/;
const BULLET = /^\s*(?:[-*+•]|\d{1,9}[.)])\s+/;
const OWNER_KEY = /\b(?:owners?|responsible|assignee|assigned to|dri|lead)\b[\s*_]{0,5}[:\-–][\s*_]{0,5}/i;
const HANDLE = /(?:^|\s)(@[\w-]{1,60})/;
const DEADLINE_KEY = /\b(?:deadline|due(?: date)?|eta|target(?: date)?|by)\b[\s*_]{0,5}[:\-–]?[\s*_]{0,5}/i;
const RELATIVE = /^(?:(?:the )?end of (?:the )?\w+|next \w+|tomorrow|asap|q[1-4]\b)/i;

/** Reads owner and deadline from an item's text. */
export function ownerAndDeadline(text: string): { owner?: string; deadline?: string } {
  const out: { owner?: string; deadline?: string } = {};
  const o = OWNER_KEY.exec(text);
  if (o) {
    const value = /^[^,;|\n*]{1,80}/.exec(text.slice(o.index + o[0].length))?.[0].trim();
    if (value) out.owner = value;
  }
  if (!out.owner) {
    const h = HANDLE.exec(text);
    if (h) out.owner = h[1]!;
  }
  const d = DEADLINE_KEY.exec(text);
  if (d) {
    const after = text.slice(d.index + d[0].length, d.index + d[0].length + 60);
    const value = /^[^;|\n*]{1,60}/.exec(after)?.[0].trim().replace(/[.,)]+$/, '');
    if (value && (/\d/.test(value) || RELATIVE.test(value))) out.deadline = value;
  }
  if (!out.deadline) {
    const date = findDates(text)[0];
    if (date) out.deadline = text.slice(date.start, date.end);
  }
  return out;
}

/** Tasks of lines [start, end): top-level list items, table rows, and — when there is no list — plain action lines. */
export function tasksIn(p: ParsedText, start: number, end: number, firstColumn = 0): Task[] {
  const out: Task[] = [];
  let minDepth = Infinity;
  for (const b of p.blocks) if (b.kind === 'item' && b.startLine >= start && b.startLine < end) minDepth = Math.min(minDepth, b.depth);
  let listed = false;
  for (const b of p.blocks) {
    if (b.startLine < start || b.startLine >= end) continue;
    if (b.kind === 'item' && b.depth === minDepth) {
      out.push(task(p, b.startLine, Math.min(b.endLine, end), 'list'));
      listed = true;
    } else if (b.kind === 'table') {
      for (let n = b.startLine + 2; n < b.endLine && n < end; n++) out.push(task(p, n, n + 1, 'table'));
      listed = true;
    }
  }
  if (!listed) {
    for (let n = start; n < end && n < p.lineCount; n++) {
      if (p.kinds[n] !== LineKind.Text || p.depth[n]! > 0) continue;
      const line = n === start && firstColumn ? p.lines[n]!.slice(firstColumn) : p.lines[n]!;
      if (readsAsAction(line)) out.push(task(p, n, n + 1, 'line', n === start ? firstColumn : 0));
    }
  }
  return out;
}

// Builds one task from its first line and the lines it spans.
function task(p: ParsedText, line: number, end: number, markup: Task['markup'], column = 0): Task {
  const first = (p.lines[line] ?? '').slice(column);
  const all = p.lines.slice(line, Math.min(end, line + 20)).join('\n').slice(0, 4000);
  const box = CHECKBOX.exec(first);
  const body = markup === 'table' ? first.replace(/^\s*\|/, '').split('|').map((c) => c.trim()).filter(Boolean).join(' — ') : first.replace(CHECKBOX, '').replace(BULLET, '');
  const t: Task = { line, text: stripInline(body).trim(), markup: box ? 'checkbox' : markup };
  if (box) t.checked = box[1] !== ' ';
  const od = ownerAndDeadline(all);
  if (od.owner) t.owner = od.owner;
  if (od.deadline) t.deadline = od.deadline;
  return t;
}

/** Checkbox items anywhere in the document ("- [ ] …"). */
export function checkboxTasks(p: ParsedText): Task[] {
  const out: Task[] = [];
  for (const b of p.blocks) {
    if (b.kind === 'item' && CHECKBOX.test(p.lines[b.startLine] ?? '')) out.push(task(p, b.startLine, b.endLine, 'checkbox'));
  }
  return out;
}
