// npm run bench (part): lint and the flowchart on generated hostile inputs, each family at 10 KB and 100 KB.
// Targets (issue "Nothing lost, nothing hangs"): time grows about linearly (100 KB / 10 KB ratio near 10, at most 20),
// and no 100 KB document takes over 200 ms. A regex with super-linear backtracking shows up here as a ratio of 100.
import { build } from 'esbuild';
import { mkdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
mkdirSync(join(root, '.bench'), { recursive: true });
const outfile = join(root, '.bench', 'core-adversarial.cjs');
await build({ entryPoints: [join(root, 'src/core/index.ts')], bundle: true, platform: 'node', format: 'cjs', outfile, logLevel: 'error' });
const core = createRequire(import.meta.url)(outfile);

const HEAD = '# Postmortem: probe\n\n## Issue Summary\n\n';
const TIMELINE = '\n\n## Timeline\n\n';
const REST = '\n\n## Root cause and resolution\n\nA cause.\n\n## Corrective and preventative measures\n\n- [ ] A task\n';
const fill = (unit, bytes) => unit.repeat(Math.max(1, Math.ceil(bytes / unit.length))).slice(0, bytes);

/** [name, (bytes) => text]: one long line or many lines of one pattern, where the readers look. */
const families = [
  ['summary: spaces then "-" and ":"', (n) => `${HEAD}${fill(' ', n)}a - b: c${TIMELINE}- 10:00 UTC - x${REST}`],
  ['summary: "users users …"', (n) => `${HEAD}${fill('users ', n)}${TIMELINE}- 10:00 UTC - x${REST}`],
  ['summary: "_" run', (n) => `${HEAD}${fill('_', n)}${TIMELINE}${REST}`],
  ['summary: "*" run', (n) => `${HEAD}${fill('*', n)}${TIMELINE}${REST}`],
  ['summary: "[" run', (n) => `${HEAD}${fill('[', n)}${TIMELINE}${REST}`],
  ['summary: "<" run', (n) => `${HEAD}${fill('<', n)}${TIMELINE}${REST}`],
  ['summary: "(" run', (n) => `${HEAD}${fill('(', n)}${TIMELINE}${REST}`],
  ['summary: "5 " digits and spaces', (n) => `${HEAD}${fill('5 ', n)}${TIMELINE}${REST}`],
  ['heading: long run of spaces', (n) => `# ${fill(' ', n)}x\n\n## ${fill('Timeline ', n)}\n${REST}`],
  ['heading: "**" run', (n) => `${fill('**', n)}\n\n${REST}`],
  ['timeline: repeated "2024-01-01 12:34"', (n) => `${HEAD}x${TIMELINE}- ${fill('2024-01-01 12:34 ', n)}${REST}`],
  ['timeline: one 100 KB entry', (n) => `${HEAD}x${TIMELINE}- 10:00 UTC - ${fill('word ', n)}\n- 10:05 UTC - restored${REST}`],
  ['timeline: many entries', (n) => `${HEAD}x${TIMELINE}${fill('- 10:00 UTC - checked the logs\n', n)}${REST}`],
  // The story reads each entry in its timeline's context: a walk or a slice per entry would be quadratic.
  ['timeline: a run of restarts', (n) => `${HEAD}x${TIMELINE}${fill('- 10:00 UTC - restarted nginx\n', n)}${REST}`],
  ['timeline: no detection, only onsets', (n) => `${HEAD}x${TIMELINE}${fill('- 10:00 UTC - the deploy started\n', n)}${REST}`],
  // Story cues added for unseen writing: quoted log lines, "for N minutes" after a calm word, names after a contact verb.
  ['timeline: entries of quotes and calm words', (n) => `${HEAD}x${TIMELINE}${fill('- 10:00 UTC - "a " stable stays flat for for zero errors for over Called Ana ping me\n', n)}${REST}`],
  ['timeline: one entry of quotes', (n) => `${HEAD}x${TIMELINE}- 10:00 UTC - ${fill('"still ', n)}\n- 10:05 UTC - restored${REST}`],
  ['timeline: pasted log with [INFO]', (n) => `${HEAD}x${TIMELINE}${fill('[INFO] 2024-01-01T12:34:56Z worker=3 msg="retry" status=500\n', n)}${REST}`],
  ['timeline: ":" run', (n) => `${HEAD}x${TIMELINE}- 10:00 ${fill(':', n)}${REST}`],
  ['task: "by by …"', (n) => `${HEAD}x${TIMELINE}- 10:00 UTC - x\n\n## Corrective and preventative measures\n\n- [ ] Fix the config by ${fill('by ', n)}\n`],
  ['task: spaces after "by"', (n) => `${HEAD}x${TIMELINE}- 10:00 UTC - x\n\n## Corrective and preventative measures\n\n- [ ] Fix the config by${fill(' ', n)}\n`],
  ['placeholders: "[insert" run', (n) => `${HEAD}${fill('[insert ', n)}${REST}`],
  ['code spans: "`" runs', (n) => `${HEAD}${fill('`a ``b ', n)}${REST}`],
  ['HTML: unclosed tags', (n) => `${HEAD}${fill('<span ', n)}${REST}`],
  // Blameless language (PM027): phrase starts that never complete, subjects looked for before each one, quotes.
  ['blameless: "should have " run', (n) => `${HEAD}x${TIMELINE}- 10:00 UTC - x\n\n## Root cause and resolution\n\n${fill('We should have ', n)}${REST}`],
  ['blameless: "forgot to " run', (n) => `${HEAD}x${TIMELINE}- 10:00 UTC - x\n\n## Root cause and resolution\n\n${fill('Ana forgot to ', n)}${REST}`],
  ['blameless: "the wrong " after names', (n) => `${HEAD}x${TIMELINE}- 10:00 UTC - x\n\n## Root cause and resolution\n\n${fill('John Smith deployed the wrong ', n)}${REST}`],
  ['blameless: unclosed quotes and brackets', (n) => `${HEAD}x${TIMELINE}- 10:00 UTC - x\n\n## Root cause and resolution\n\n${fill('" ]( < `obviously ', n)}${REST}`],
  ['blameless: "human error" without a cause', (n) => `${HEAD}${fill('human error reports ', n)}${TIMELINE}- 10:00 UTC - x${REST}`],
  // Action items (PM018, PM028, PM029): long items, owners and deadlines that never end, vague openings, tables.
  ['tasks: "owner: " run', (n) => `${HEAD}x${TIMELINE}- 10:00 UTC - x\n\n## Corrective and preventative measures\n\n- [ ] Improve ${fill('owner: ', n)}\n`],
  ['tasks: "due: next " run', (n) => `${HEAD}x${TIMELINE}- 10:00 UTC - x\n\n## Corrective and preventative measures\n\n- [ ] Ensure ${fill('due: next ', n)}\n`],
  ['tasks: many checkbox items', (n) => `${HEAD}x${TIMELINE}- 10:00 UTC - x\n\n## Corrective and preventative measures\n\n${fill('- [ ] Improve monitoring (owner: @ana, due: 2020-01-01)\n', n)}`],
  ['tasks: a wide table row', (n) => `${HEAD}x${TIMELINE}- 10:00 UTC - x\n\n## Corrective and preventative measures\n\n| Action | Owner | Deadline | Status |\n| --- | --- | --- | --- |\n| ${fill('Improve | ', n)} |\n`],
];

const median = (xs) => [...xs].sort((a, b) => a - b)[xs.length >> 1];
function time(fn) {
  fn();
  const samples = [];
  const start = performance.now();
  while (samples.length < 3 || (performance.now() - start < 300 && samples.length < 30)) {
    const t = performance.now();
    fn();
    samples.push(performance.now() - t);
  }
  return median(samples);
}

console.log('family'.padEnd(40), '10 KB ms'.padStart(9), '100 KB ms'.padStart(10), 'ratio'.padStart(7), '  flowchart 100 KB ms');
let failed = 0;
for (const [name, make] of families) {
  const small = make(10 * 1024), big = make(100 * 1024);
  const options = { today: '2026-06-01' };
  const a = time(() => core.lint(small, options)), b = time(() => core.lint(big, options));
  const model = core.readModel(big);
  const f = time(() => core.buildFlowchart(model));
  const ratio = b / Math.max(a, 0.05);
  const ok = (ratio <= 20 || b < 20) && b <= 200 && f <= 200;
  if (!ok) failed++;
  console.log(name.padEnd(40), a.toFixed(2).padStart(9), b.toFixed(2).padStart(10), ratio.toFixed(1).padStart(7), f.toFixed(2).padStart(12), ok ? '' : '  MISSED');
}
// Unbounded arrays spread into calls overflow the stack: 200,000 timeline entries through every rule.
const many = `${HEAD}From 10:00 to 11:00 UTC (1 hour).${TIMELINE}${'- 10:00 UTC - x\n'.repeat(200_000)}${REST}`;
let manyOk = true;
try {
  const t = performance.now();
  core.lint(many);
  const ms = performance.now() - t;
  // About 2–3 s when linear; a walk or a slice per entry makes it minutes.
  if (ms > 20_000) manyOk = false;
  console.log(`200,000 timeline entries: ${ms.toFixed(0)} ms, no stack overflow${ms > 20_000 ? ', but over 20 s: MISSED' : ''}`);
} catch (e) {
  manyOk = false;
  console.log(`200,000 timeline entries: FAILED (${e.message})`);
}
console.log(`\nadversarial families: ${families.length - failed}/${families.length} linear and under 200 ms at 100 KB${failed || !manyOk ? '  MISSED' : '  OK'}`);
