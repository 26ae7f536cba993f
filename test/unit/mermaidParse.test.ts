// Every diagram the extension generates (flowchart, gantt) parses with the bundled Mermaid's own parser — the
// version pinned in package.json, the one GitHub renders (11.17) — whatever the entry text holds.
import * as assert from 'assert';
import * as fc from 'fast-check';
import * as fs from 'fs';
import * as path from 'path';
import { buildFlowchart, buildGantt, readModel } from '../../src/core/index';
import type { PostmortemModel } from '../../src/core/types';

const ROOT = path.resolve(__dirname, '../../..');

interface MermaidLike {
  initialize(config: object): void;
  parse(text: string): Promise<{ diagramType: string }>;
}

/** A real dynamic import (TypeScript's CommonJS output would turn `import()` into `require`, and Mermaid is ESM only). */
// eslint-disable-next-line @typescript-eslint/no-implied-eval -- a constant source: the one way to keep a real import()
const importEsm = new Function('specifier', 'return import(specifier)') as (
  specifier: string,
) => Promise<{ default: unknown }>;

/**
 * Mermaid in plain Node. Its flowchart parser sanitises labels with DOMPurify, which needs a DOM to do anything;
 * without one DOMPurify has no hooks, so it is given pass-through ones (sanitising is not what is tested here).
 */
async function loadMermaid(): Promise<MermaidLike> {
  const purify = (await importEsm('dompurify')).default as {
    addHook?: unknown;
    sanitize?: unknown;
    isSupported?: boolean;
  };
  if (!purify.isSupported) Object.assign(purify, { addHook: () => undefined, sanitize: (t: unknown) => String(t) });
  const mermaid = (await importEsm('mermaid')).default as MermaidLike;
  mermaid.initialize({ startOnLoad: false, securityLevel: 'strict' });
  return mermaid;
}

const HOSTILE = [
  '"Quoted" alert fired <script>window.__pwned=1</script>',
  '[brackets] {braces} (parens) |pipes| ; semi # hash % pct & amp',
  '`code` and ```fences``` and %%{init: {"securityLevel": "loose"}}%%',
  '%% a comment? and %%',
  'click n0 call alert(1) end subgraph x direction LR',
  '<img src=x onerror="window.__pwned=1"> style n0 fill:#f00; classDef x fill:#f00;',
  'entities #35; #quot; &amp; &#60; &lt;b&gt; #9829;',
  'emoji 🔥🚨✅ and RTL \u202e and NUL \u0000 and tab\tdone',
  'Service restored -->|x| n99 ==> n0 -.-> n1 ~~~ n2 --o n3 --x n4',
  'A@{ shape: circle } and :::className and &nbsp; and \\" backslash',
  'a: b; c: d -- e --- f ---> g',
  'word '.repeat(120),
  'x'.repeat(400),
];

/** A postmortem with these timeline texts (times on the first ones), tasks and a root cause. */
function hostileDoc(texts: string[], withTimes = true): string {
  const timeline = texts.map((t, i) =>
    withTimes
      ? `- ${String(9 + Math.floor(i / 6)).padStart(2, '0')}:${String((i * 7) % 60).padStart(2, '0')} UTC - ${t}`
      : `- ${t}`,
  );
  return [
    '# Incident "quoted" <b>title</b>',
    '',
    '## Issue Summary',
    '',
    'From 08:50 to 11:30 UTC (2 h 40 min) 40% of users saw errors; the root cause was a bad `config` %% value.',
    '',
    '## Timeline',
    '',
    '- 08:55 UTC - Pager alert fired for errors',
    ...timeline,
    '- 11:30 UTC - Full service restored, incident closed',
    '',
    '## Root cause and resolution',
    '',
    `The root cause was ${texts[1]}.`,
    '',
    '## Corrective and preventative measures',
    '',
    ...texts.slice(0, 6).map((t) => `- [ ] ${t}`),
    '',
  ].join('\n');
}

/** Every document the tests draw: the samples, the fixtures, and hostile ones. */
function documents(): Array<[string, string]> {
  const dirs = [
    'samples',
    'test/fixtures/lint',
    'test/fixtures/seed',
    'test/fixtures/preview',
    'test/fixtures/hostile',
  ];
  const files: Array<[string, string]> = dirs.flatMap((d) =>
    fs
      .readdirSync(path.join(ROOT, d))
      .filter((f) => f.endsWith('.md'))
      .map((f): [string, string] => [`${d}/${f}`, fs.readFileSync(path.join(ROOT, d, f), 'utf8')]),
  );
  return [
    ...files,
    ['hostile timeline', hostileDoc(HOSTILE)],
    ['hostile untimed timeline', hostileDoc(HOSTILE, false)],
    ['hostile dated timeline', hostileDoc(HOSTILE).replace('## Timeline\n', '## Timeline\n\n### 2024-03-02\n')],
  ];
}

describe('generated diagrams parse with the bundled Mermaid', function () {
  this.timeout(60000);
  let mermaid: MermaidLike;
  before(async () => {
    mermaid = await loadMermaid();
  });

  it("is Mermaid 11.17.2, pinned exactly (GitHub renders 11.17; VS Code's preview bundles ^11.17)", () => {
    const pkg = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as {
      devDependencies: Record<string, string>;
    };
    assert.strictEqual(pkg.devDependencies['mermaid'], '11.17.2');
    const installed = JSON.parse(fs.readFileSync(path.join(ROOT, 'node_modules/mermaid/package.json'), 'utf8')) as {
      version: string;
    };
    assert.strictEqual(installed.version, '11.17.2');
  });

  it('rejects a broken diagram (the parser is really checking)', async () => {
    await assert.rejects(mermaid.parse('flowchart TD\n  a["unclosed\n'));
    await assert.rejects(mermaid.parse('gantt\n  dateFormat HH:mm\n  Broken :a1, 25:99, nonsense\n  section\n'));
  });

  for (const [name, text] of documents()) {
    it(`flowchart and gantt of ${name}`, async () => {
      const model: PostmortemModel = readModel(text);
      const drawn: string[] = [
        buildFlowchart(model),
        buildFlowchart(model, { direction: 'LR', labelLength: 400 }),
        buildGantt(model),
        buildGantt(model, { title: true }),
      ];
      for (const src of drawn.filter(Boolean)) {
        const r = await mermaid.parse(src).catch((e: Error) => assert.fail(`${e.message}\n--- source ---\n${src}`));
        assert.match(r.diagramType, /^(?:flowchart-v2|gantt)$/);
      }
    });
  }

  it('the hostile documents draw both diagrams (so the tests above parse something)', () => {
    const model = readModel(hostileDoc(HOSTILE));
    assert.ok(buildFlowchart(model).includes('Root cause'), 'root cause drawn');
    assert.match(buildGantt(model), /^gantt\n/);
  });

  it('any entry text yields a flowchart Mermaid parses (property, 150 cases)', async () => {
    const text = fc.oneof(
      fc.string({ maxLength: 80 }),
      fc.string({ unit: 'grapheme', maxLength: 40 }),
      fc.constantFrom(...HOSTILE),
    );
    await fc.assert(
      fc.asyncProperty(fc.array(text, { minLength: 1, maxLength: 6 }), async (texts) => {
        const src = buildFlowchart(readModel(hostileDoc(texts)));
        await mermaid.parse(src).catch((e: Error) => assert.fail(`${e.message}\n--- source ---\n${src}`));
      }),
      { numRuns: 150 },
    );
  });
});
