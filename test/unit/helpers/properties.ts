// Property checks shared by the unit tests (quick run) and scripts/fuzz.mjs (10,000 cases).
import * as fc from 'fast-check';
import { lint } from '../../../src/core/index';
import type { Range } from '../../../src/core/types';

const FRAGMENTS = [
  '# Postmortem',
  '## Issue Summary',
  '**Timeline**',
  'Timeline:',
  'Root Cause and Resolution',
  '---',
  '===',
  '=======',
  '<<<<<<< HEAD',
  '>>>>>>> main',
  '- 14:05 UTC - Alert fired',
  '* 13:00PM - x',
  '- 25:61 - y',
  '| Time | Description |',
  '| ----- | ----------- |',
  '| 14:51 | News |',
  '```',
  '```mermaid',
  '    indented code',
  '<!-- postmortem: google-sre -->',
  '<img src="x">',
  '- [ ] task **Owner:** @me **Deadline:** May 1, 2024',
  'Duration: 2 hours, from 10:00 AM to 12:00 PM UTC',
  '2019-02-18:',
  '### 2023-08-25',
  '> quote',
  '1. **Action**',
  '   - **Responsible:** team',
  '${1:placeholder}',
  'XYZ TBD',
  'On June 5, 2024, 14:00 - 17:00 GMT+1',
  '2100hrs WAT',
  '🚨 Issue Sumary 🚨',
  '',
  ' ',
  '\t',
  '\r',
  '\u0000',
  '😀',
  '\\',
];

/** Markdown-ish text: lines drawn from postmortem fragments and arbitrary strings. */
export const markdownish: fc.Arbitrary<string> = fc
  .array(
    fc.oneof(fc.constantFrom(...FRAGMENTS), fc.string({ maxLength: 30 }), fc.string({ unit: 'binary', maxLength: 10 })),
    { maxLength: 40 },
  )
  .chain((parts) => fc.constantFrom('\n', '\r\n').map((eol) => parts.join(eol)));

/** A real document mutated: lines deleted, duplicated, swapped, or a fragment inserted. */
export function mutated(docs: readonly string[]): fc.Arbitrary<string> {
  return fc
    .tuple(
      fc.constantFrom(...docs),
      fc.array(fc.tuple(fc.nat(), fc.nat(), fc.integer({ min: 0, max: 3 }), fc.constantFrom(...FRAGMENTS)), {
        maxLength: 8,
      }),
    )
    .map(([doc, ops]) => {
      const lines = doc.split('\n');
      for (const [a, b, kind, frag] of ops) {
        const i = a % (lines.length + 1),
          j = b % (lines.length + 1);
        if (kind === 0) lines.splice(i, Math.min(3, j % 4));
        else if (kind === 1) lines.splice(i, 0, ...lines.slice(j, j + 3));
        else if (kind === 2 && i < lines.length && j < lines.length) [lines[i], lines[j]] = [lines[j]!, lines[i]!];
        else lines.splice(i, 0, frag);
      }
      return lines.join('\n');
    });
}

// Throws when a range is not inside the document.
function checkRange(r: Range, lines: readonly string[], what: string): void {
  const ok =
    r.startLine >= 0 &&
    r.endLine < lines.length &&
    (r.startLine < r.endLine || (r.startLine === r.endLine && r.startColumn <= r.endColumn)) &&
    r.startColumn >= 0 &&
    r.startColumn <= lines[r.startLine]!.length &&
    r.endColumn >= 0 &&
    r.endColumn <= lines[r.endLine]!.length;
  if (!ok) throw new Error(`${what} range outside the document: ${JSON.stringify(r)} (lines: ${lines.length})`);
}

/** Lints `text`: must not throw, no rule may fail, every finding and fix range lies inside the document. */
export function checkInvariants(text: string): void {
  const r = lint(text);
  if (r.ruleErrors) throw new Error(`rule failed: ${JSON.stringify(r.ruleErrors)}`);
  const lines = text.split(/\r\n?|\n/);
  if (r.model.lineCount !== lines.length) throw new Error(`lineCount ${r.model.lineCount} != ${lines.length}`);
  for (const f of r.findings) {
    checkRange(f.range, lines, f.ruleId);
    for (const fix of [f.fix, ...(f.alternativeFixes ?? [])])
      for (const e of fix?.edits ?? []) checkRange(e.range, lines, `${f.ruleId} fix`);
  }
  for (const e of r.model.timeline?.entries ?? [])
    if (e.line < 0 || e.line >= lines.length || e.endLine > lines.length)
      throw new Error(`timeline line ${e.line} outside`);
  for (const s of r.model.sections)
    if (s.headingLine >= lines.length || s.endLine > lines.length || s.bodyStartLine > s.endLine)
      throw new Error(`section ${JSON.stringify(s)} outside`);
}

/** Runs both properties `numRuns` times each. */
export function runProperties(docs: readonly string[], numRuns: number, seed?: number): void {
  const params = seed === undefined ? { numRuns } : { numRuns, seed };
  fc.assert(
    fc.property(markdownish, (t) => checkInvariants(t)),
    params,
  );
  fc.assert(
    fc.property(fc.string({ unit: 'grapheme', maxLength: 300 }), (t) => checkInvariants(t)),
    params,
  );
  fc.assert(
    fc.property(mutated(docs), (t) => checkInvariants(t)),
    params,
  );
}
