// Properties of every fix and of fix-all: nothing lost, nothing duplicated, line endings and BOM kept, no new error.
// Shared by the unit tests (quick run) and scripts/fuzz.mjs (many runs).
import * as fc from 'fast-check';
import { decodeSource, encodeThrough } from '../../../src/cli/source';
import { applyEdits, fixAllText, lint, readModel, sourceText, splitLines, type Fix } from '../../../src/core/index';

/** Lines a postmortem is made of, with the shapes fixes act on (zones to add, times to sort, sections to insert). */
const LINES = [
  '# Postmortem: checkout outage',
  '## Issue Summary',
  '**Timeline**',
  'Timeline:',
  '## Root cause and resolution',
  '## Corrective and preventative measures',
  'From 14:00 to 15:30 UTC (90 minutes) checkout failed for 35% of users.',
  '- **14:05 UTC** - Alert fired.',
  '- **14:00** - Deploy started.',
  '- 13:55 WAT - Traffic rose.',
  '- 15:30 UTC - Service restored.',
  '- 23:50 UTC - Late alert',
  '- 00:10 UTC - After midnight',
  '- 11:10 WAT - Mixed zone entry',
  '- 10:30 UTC - Other zone entry',
  '  - nested detail',
  '| 14:51 | News |',
  '| Time | Description |',
  '| ----- | ----------- |',
  '* 13:00PM - x',
  '- 25:61 - y',
  '<<<<<<< HEAD',
  '=======',
  '>>>>>>> main',
  '- [ ] Add a canary',
  'Add disk alerts.',
  'TBD',
  '${1:placeholder}',
  '\tTabbed line',
  'Ünïcödé 🔥 entry — ✓',
  '',
  '',
  '   ',
  '> quoted',
  '```',
  'code line',
];

/** Line endings to join with: uniform LF, CRLF, CR, or a mix chosen per line. */
const ENDINGS = fc.constantFrom<Array<'\n' | '\r\n' | '\r'>>(
  ['\n'],
  ['\r\n'],
  ['\r'],
  ['\n', '\r\n'],
  ['\n', '\r', '\r\n'],
);

/** A document: lines drawn from LINES (and a few arbitrary strings), joined with the chosen endings, maybe a BOM. */
export const documents: fc.Arbitrary<string> = fc
  .tuple(
    fc.array(
      fc.oneof(
        { weight: 6, arbitrary: fc.constantFrom(...LINES) },
        { weight: 1, arbitrary: fc.string({ maxLength: 12 }).map((s) => s.replace(/[\r\n]/g, ' ')) },
      ),
      { minLength: 1, maxLength: 30 },
    ),
    ENDINGS,
    fc.array(fc.nat(), { minLength: 30, maxLength: 30 }),
    fc.boolean(),
  )
  .map(
    ([lines, endings, picks, bom]) =>
      (bom ? '\uFEFF' : '') +
      lines.map((l, i) => l + (i === lines.length - 1 ? '' : endings[picks[i]! % endings.length]!)).join(''),
  );

/** Throws when `after` lost, doubled or reordered a line of `before` that no edit of `fix` covers. */
export function assertKeepsLines(before: readonly string[], fix: Fix, after: readonly string[], what: string): void {
  // The lines above the first edit and below the last stay exactly where they were; those between edits keep their order.
  const first = Math.min(...fix.edits.map((e) => e.range.startLine));
  const last = Math.max(...fix.edits.map((e) => e.range.endLine));
  const head = before.slice(0, first),
    tail = before.slice(last + 1);
  const sameHead = head.every((l, i) => after[i] === l);
  const sameTail =
    tail.every((l, i) => after[after.length - tail.length + i] === l) && after.length >= head.length + tail.length;
  if (!sameHead || !sameTail || !subsequence(untouched(before, fix), after))
    throw new Error(`${what} lost or reordered lines it did not edit`);
}

/** Lines not covered by any edit of a fix, in order. */
function untouched(lines: readonly string[], fix: Fix): string[] {
  const covered = new Set<number>();
  for (const e of fix.edits) for (let n = e.range.startLine; n <= e.range.endLine; n++) covered.add(n);
  return lines.filter((_l, i) => !covered.has(i));
}

/** True when `part` is a subsequence of `whole`. */
function subsequence(part: readonly string[], whole: readonly string[]): boolean {
  let j = 0;
  for (const line of whole) if (j < part.length && line === part[j]) j++;
  return j === part.length;
}

const sorted = (xs: readonly string[]): string => [...xs].sort().join('\n');
const errors = (text: string): number => lint(text).findings.filter((f) => f.severity === 'error').length;

/**
 * Every fix of every finding keeps the lines it does not mean to change (in order, none lost, none doubled); a
 * timeline sort only reorders lines; fix-all never adds an error and keeps each line's own ending and the BOM.
 */
export function checkFixes(raw: string): void {
  const source = decodeSource(new TextEncoder().encode(raw));
  const text = source.text;
  const lines = text.split('\n');
  const m = readModel(text);
  if (m.lineCount !== lines.length) throw new Error(`the model has ${m.lineCount} lines, the text ${lines.length}`);
  // The editor opens a file with one line ending (the most common; VS Code normalises mixed endings on load),
  // lints its text, and writes a fix's new lines in that ending: apply the fixes there, as it does.
  const eol = sourceText(raw).eol;
  const own = splitLines(raw.charCodeAt(0) === 0xfeff ? raw.slice(1) : raw).join(eol);
  for (const f of lint(own).findings) {
    for (const fix of [f.fix, ...(f.alternativeFixes ?? [])]) {
      if (!fix || fix.edits.length === 0) continue;
      const out = splitLines(
        applyEdits(
          own,
          fix.edits.map((e) => ({ range: e.range, newText: e.newText.replace(/\n/g, eol) })),
        ),
      );
      assertKeepsLines(lines, fix, out, `${f.ruleId} "${fix.title}"`);
      if (f.ruleId === 'PM013') {
        const e = fix.edits[0]!;
        const before = lines.slice(e.range.startLine, e.range.endLine + 1);
        const after = e.newText.split('\n');
        if (sorted(before) !== sorted(after)) throw new Error('the timeline sort lost, doubled or changed a line');
      }
    }
  }
  const fixed = fixAllText(text);
  if (errors(fixed.text) > errors(text))
    throw new Error(
      `fix-all added an error: ${lint(fixed.text)
        .findings.filter((x) => x.severity === 'error')
        .map((x) => x.message)
        .join('; ')}`,
    );
  const written = encodeThrough(source, fixed.steps);
  const back = decodeSource(new TextEncoder().encode(written));
  if (back.text !== fixed.text) throw new Error('the written file does not read back as the fixed text');
  if (back.bom !== source.bom) throw new Error('the BOM was not kept');
  const kinds = new Set(source.eols.filter(Boolean));
  for (const e of back.eols)
    if (e && kinds.size && !kinds.has(e)) throw new Error(`a line ending the file never had: ${JSON.stringify(e)}`);
  if (kinds.size === 1)
    for (const e of back.eols) if (e && !kinds.has(e)) throw new Error('a uniform file got another line ending');
}

/** Runs the property `numRuns` times. */
export function runFixProperties(numRuns: number, seed?: number): void {
  fc.assert(
    fc.property(documents, (t) => checkFixes(t)),
    seed === undefined ? { numRuns } : { numRuns, seed },
  );
}
