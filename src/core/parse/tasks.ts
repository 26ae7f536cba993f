// Collects action items: checkbox items anywhere, and list items or table rows of action sections.
import type { Section, Task } from '../types';
import { findDates } from '../time/parse';
import { firstBlockFrom, type ParsedDocument } from './model';
import { bestSimilarity, headingKey } from './normalize';

const ACTION_KEYS = ['action items', 'corrective and preventative measures', 'corrective actions', 'corrective measures', 'preventive measures', 'follow up', 'tasks', 'todo', 'to do list', 'task list', 'remediation', 'next steps', 'action plan'];
const OWNER = /\b(?:owner|owners|responsible|assignee|assigned to|dri|lead)\b[\s*_]*[:\-–][\s*_]*([^,;|\n*]+)|(?:^|\s)(@[\w-]+)/i;
const DEADLINE = /\b(?:deadline|due(?: date)?|eta|target(?: date)?|by)\b[\s*_]*[:\-–]?[\s*_]*([^;|\n*]*\d[^;|\n*]*|(?:end of|next) \w+|tomorrow|asap)/i;
const CHECKBOX = /^\s*(?:[-*+]|\d+[.)])\s+\[([ xX])\]\s+/;

/** True when a section is named like a list of actions. */
export function isActionSection(s: Section): boolean {
  return bestSimilarity(headingKey(s.title), ACTION_KEYS) >= 0.8;
}

/** Reads owner and deadline from an item's text. */
export function ownerAndDeadline(text: string): { owner?: string; deadline?: string } {
  const out: { owner?: string; deadline?: string } = {};
  const o = OWNER.exec(text);
  if (o) out.owner = (o[1] ?? o[2] ?? '').trim();
  const d = DEADLINE.exec(text);
  if (d && d[1]!.trim() !== '') out.deadline = d[1]!.trim().replace(/[.,]+$/, '');
  else {
    const date = findDates(text)[0];
    if (date) out.deadline = text.slice(date.start, date.end);
  }
  return out;
}

/** Top-level items (and table rows) of lines [start, end) as tasks; the item's nested lines count for owner/deadline. */
export function tasksIn(doc: ParsedDocument, start: number, end: number): Task[] {
  const out: Task[] = [];
  const from = firstBlockFrom(doc.blocks, start);
  let minDepth = Infinity;
  for (let i = from; i < doc.blocks.length && doc.blocks[i]!.startLine < end; i++) if (doc.blocks[i]!.kind === 'item') minDepth = Math.min(minDepth, doc.blocks[i]!.depth);
  for (let i = from; i < doc.blocks.length && doc.blocks[i]!.startLine < end; i++) {
    const b = doc.blocks[i]!;
    if (b.kind === 'item' && b.depth === minDepth) out.push(task(doc, b.startLine, Math.min(b.endLine, end)));
    if (b.kind === 'table') {
      for (let n = b.startLine + 2; n < b.endLine; n++) out.push(task(doc, n, n + 1));
    }
  }
  return out;
}

// Builds one task from its first line and the lines it spans.
function task(doc: ParsedDocument, line: number, end: number): Task {
  const first = doc.lines[line] ?? '';
  const all = doc.lines.slice(line, end).join('\n');
  const box = CHECKBOX.exec(first);
  const t: Task = { line, text: first.replace(CHECKBOX, '').replace(/^\s*(?:[-*+]|\d+[.)])\s+/, '').trim() };
  if (box) t.checked = box[1] !== ' ';
  const od = ownerAndDeadline(all);
  if (od.owner) t.owner = od.owner;
  if (od.deadline) t.deadline = od.deadline;
  return t;
}

/** Tasks of the document: items of action sections, plus checkbox items anywhere. */
export function collectTasks(doc: ParsedDocument): Task[] {
  const seen = new Set<number>();
  const out: Task[] = [];
  for (const s of doc.sections) {
    if (!isActionSection(s)) continue;
    for (const t of tasksIn(doc, s.bodyStartLine, s.endLine)) if (!seen.has(t.line)) [seen.add(t.line), out.push(t)];
  }
  for (const b of doc.blocks) {
    if (b.kind !== 'item' || seen.has(b.startLine) || !CHECKBOX.test(doc.lines[b.startLine] ?? '')) continue;
    seen.add(b.startLine);
    out.push(task(doc, b.startLine, b.endLine));
  }
  return out.sort((a, b) => a.line - b.line);
}
