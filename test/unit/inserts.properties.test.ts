// Property: every core insert (timeline entry, section, flowchart) leaves the rest of the document reading as before,
// on generated postmortems in every style people write and on corpus-like fixtures (as written and mutated).
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import * as fc from 'fast-check';
import { INSERTS, checkInsert, generatedPostmortem } from './helpers/inserts';
import { mutated } from './helpers/properties';

const ROOT = path.resolve(__dirname, '../../..');
const FIXTURES = ['test/fixtures/inserts', 'test/fixtures/lint', 'test/fixtures/seed', 'samples'].flatMap((dir) =>
  fs
    .readdirSync(path.join(ROOT, dir))
    .filter((f) => f.endsWith('.md'))
    .map((f) => ({ name: `${dir}/${f}`, text: fs.readFileSync(path.join(ROOT, dir, f), 'utf8') })),
);

/** "Now": while the incident runs (minutes after its last entry) or long after it. */
const moment = (span: [number, number] | undefined): fc.Arbitrary<Date> =>
  fc.oneof(
    fc
      .integer({ min: 0, max: 300 })
      .map((after) => new Date(Date.UTC(2024, 2, 5) + ((span?.[1] ?? 0) + after) * 60000)),
    fc.integer({ min: 1, max: 900 }).map((days) => new Date(Date.UTC(2024, 2, 5 + days, 20, 4))),
  );
const typed = fc.record({ hour: fc.integer({ min: 0, max: 23 }), minute: fc.integer({ min: 0, max: 59 }) });

describe('inserts read the same (property)', function () {
  this.timeout(120000);

  for (const [name, insert] of Object.entries(INSERTS)) {
    it(`${name}: on generated postmortems of every style, never refused, the rest reads the same`, () => {
      fc.assert(
        fc.property(
          generatedPostmortem.chain((g) => fc.tuple(fc.constant(g), moment(g.span), fc.nat(), typed)),
          ([g, now, n, t]) => {
            const lines = g.text.split('\n').length;
            insert.run(g.text, { now, line: n % lines, ...t }, true);
          },
        ),
        { numRuns: 80 },
      );
    });

    it(`${name}: on corpus-like fixtures${insert.perLine ? ', the cursor at lines all through them' : ''}, the rest reads the same`, () => {
      for (const f of FIXTURES) {
        const lines = insert.perLine ? f.text.split(/\r?\n/).length : 1;
        for (let line = 0; line < lines; line += Math.max(3, Math.ceil(lines / 6))) {
          try {
            insert.run(f.text, { now: new Date(Date.UTC(2026, 10, 27, 20, 4)), line, hour: 9, minute: 5 }, false);
          } catch (e) {
            throw new Error(`${f.name}, cursor on line ${line}: ${(e as Error).message}`, { cause: e });
          }
        }
      }
    });
  }

  // Mutated documents (lines deleted, duplicated, swapped) are not what anyone writes: the outline's guesses about
  // them may shift with any new line, so only the timeline command, which reads the result and backs off, is held here.
  it('on mutated fixtures, a timeline entry that is planned reads the same', () => {
    fc.assert(
      fc.property(mutated(FIXTURES.map((f) => f.text)), fc.nat(), typed, (text, n, t) => {
        const r = { now: new Date(Date.UTC(2026, 10, 27, 20, 4)), line: n % text.split('\n').length, ...t };
        INSERTS['timeline entry (cursor)']!.run(text, r, false);
      }),
      { numRuns: 50 },
    );
  });

  it('the check itself catches an insert that changes how existing lines read, and lets inserted lines be', () => {
    const text =
      'Postmortem: Q\nIssue Summary\nThe queue stalled for 40 minutes.\nTimeline\n09:00 UTC - Alert.\n09:40 UTC - Restored.\nRoot cause and resolution\nA renamed key.\nCorrective and preventative measures\n- Validate keys\n';
    const at = (line: number, newText: string) => ({
      range: { startLine: line, startColumn: 0, endLine: line, endColumn: 0 },
      newText,
    });
    // A heading that takes the second entry out of the Timeline.
    assert.throws(
      () => checkInsert(text, at(5, '## Other\n'), { sections: 1 }, 'heading'),
      /changed how the document reads/,
    );
    // An underline that turns the first entry into a setext title.
    assert.throws(() => checkInsert(text, at(5, '---\n'), {}, 'underline'), /changed how the document reads/);
    // A new plain-line entry after the last one, and text added to a section: what was inserted is not held.
    assert.doesNotThrow(() =>
      checkInsert(text, at(6, '09:45 UTC - Checked.\n'), { entries: 1, ignoreTimelineText: true }, 'entry'),
    );
    assert.doesNotThrow(() => checkInsert(text, at(8, 'It was renamed twice.\n'), {}, 'inserted text'));
  });
});
