// Unit tests of what the preview and the export are made of: HTML rendering, the shell's CSP, link policy, export page.
import * as assert from 'assert';
import { createRenderer } from '../../src/core/index';
import { exportPage } from '../../src/extension/preview/exportPage';
import { previewCsp, previewShell } from '../../src/extension/preview/html';
import { classifyLink } from '../../src/extension/preview/linkPolicy';
import { isSafeSvg } from '../../src/extension/preview/svgGuard';
import { isWebviewMessage } from '../../src/shared/protocol';

const FLOW = 'flowchart TD\n  n0["a"]\n';

describe('preview: rendering', () => {
  const render = createRenderer();
  it('shows raw HTML as text and drops javascript: links', () => {
    const html = render(
      '# T\n\n<script>window.__pwned=1</script>\n\n<img src=x onerror="alert(1)">\n\n[x](javascript:alert(1)) <javascript:alert(1)>\n',
      '',
    );
    assert.doesNotMatch(html, /<script|<img|href="javascript/i);
    assert.match(html, /&lt;script&gt;/);
  });
  it("puts the flowchart after the title in a captioned figure, keeps authors' mermaid blocks as escaped source", () => {
    const html = render('# Title\n\nIntro\n\n```mermaid\ngraph TD\n  a["<b>x</b>"]\n```\n', FLOW);
    assert.match(
      html,
      /^<h1>Title<\/h1>\n<figure class="pm-generated pm-generated-flowchart">\n<pre class="pm-mermaid pm-flowchart" data-diagram="0">flowchart TD\n {2}n0\[&#34;a&#34;\]\n<\/pre>\n<figcaption class="pm-caption">Flowchart drawn from the timeline by Postmortem Writer \(not part of the document\)<\/figcaption>\n<\/figure>/,
    );
    assert.match(
      html,
      /<pre class="pm-mermaid" data-diagram="1">graph TD\n {2}a\[&#34;&#60;b&#62;x&#60;\/b&#62;&#34;\]\n<\/pre>/,
    );
  });
  it("puts the flowchart under the title of a new postmortem whose marker comment comes first, or under the author's Flowchart heading", () => {
    const fresh = render(
      '<!-- postmortem: alx-0x19 -->\n\n# Postmortem: checkout outage\n\n## Issue Summary\n\nText.\n',
      FLOW,
    );
    assert.match(fresh, /^<h1>Postmortem: checkout outage<\/h1>\n<figure class="pm-generated pm-generated-flowchart">/);
    const own = render('# T\n\n## Summary\n\nText.\n\n## Flowchart\n\n![mine](flow.png)\n', FLOW);
    assert.match(
      own,
      /<h2>Flowchart<\/h2>\n<figure class="pm-generated pm-generated-flowchart">\n<pre class="pm-mermaid pm-flowchart"[^>]*>[^<]*<\/pre>\n<figcaption[^>]*>[^<]*<\/figcaption>\n<\/figure>\n<p><img src="flow.png" alt="mine"><\/p>/,
    );
    const untitled = render('## Summary\n\nText.\n', FLOW);
    assert.match(untitled, /^<figure class="pm-generated pm-generated-flowchart">/);
  });
  it('puts the gantt, captioned, under the generated flowchart, or under an inserted one, and leaves it out when empty', () => {
    const GANTT = 'gantt\n  dateFormat HH:mm\n';
    const html = render('# T\n\ntext\n', FLOW, { gantt: GANTT });
    assert.match(
      html,
      /<\/figure>\n<figure class="pm-generated pm-generated-gantt">\n<pre class="pm-mermaid pm-gantt" data-diagram="1">gantt\n/,
    );
    assert.match(html, /The timeline to scale, drawn by Postmortem Writer/);
    const inserted = render(
      '# T\n\n<!-- postmortem:flowchart:start -->\n```mermaid\ngraph TD\n a\n```\n<!-- postmortem:flowchart:end -->\n\nafter\n',
      FLOW,
      { gantt: GANTT },
    );
    assert.match(
      inserted,
      /<pre class="pm-mermaid" data-diagram="0">graph TD\n a\n<\/pre>\n<figure class="pm-generated pm-generated-gantt">/,
    );
    assert.doesNotMatch(
      render('# T\n\n<!-- postmortem:gantt:start -->\n```mermaid\ngantt\n```\n<!-- postmortem:gantt:end -->\n', FLOW, {
        gantt: GANTT,
      }),
      /pm-generated-gantt/,
    );
    assert.doesNotMatch(render('# T\n', FLOW), /pm-gantt/);
  });
  it('puts the flowchart at its marker, hides comments, and leaves it out when the document holds an inserted one', () => {
    const atMarker = render('# T\n\ntext\n\n<!-- postmortem:flowchart -->\n\n<!-- a\nmultiline comment -->\n', FLOW);
    assert.match(
      atMarker,
      /<p>text<\/p>\n<figure class="pm-generated pm-generated-flowchart">\n<pre class="pm-mermaid pm-flowchart" data-diagram="0">/,
    );
    assert.doesNotMatch(atMarker, /&lt;!--|multiline/);
    const inserted = render(
      '# T\n\n<!-- postmortem:flowchart:start -->\n```mermaid\ngraph TD\n a\n```\n<!-- postmortem:flowchart:end -->\n',
      FLOW,
    );
    assert.doesNotMatch(inserted, /pm-flowchart/);
    assert.strictEqual(inserted.match(/pm-mermaid/g)?.length, 1);
  });
});

describe('preview: source lines and images (live preview only)', () => {
  const render = createRenderer();
  const doc =
    '# Title\n\nIntro line.\n\n- one\n- two\n\n```mermaid\ngraph TD\n  a\n```\n\n| a | b |\n|---|---|\n| 1 | 2 |\n\n> quoted\n';
  it('marks each block with its first source line (0-based) for scroll sync', () => {
    const html = render(doc, FLOW, { sourceLines: true });
    assert.match(html, /<h1 data-line="0">Title<\/h1>/);
    assert.match(html, /<p data-line="2">Intro line\.<\/p>/);
    assert.match(html, /<ul data-line="4">\n<li data-line="4">one<\/li>\n<li data-line="5">two<\/li>/);
    assert.match(html, /<pre class="pm-mermaid" data-diagram="1" data-line="7">graph TD/);
    assert.match(html, /<table data-line="12">/);
    assert.match(html, /<blockquote data-line="16">\n<p data-line="16">quoted/);
  });
  it("gives the generated flowchart its marker's line, and leaves data-line out of the export", () => {
    assert.match(
      render('# T\n\n<!-- postmortem:flowchart -->\n', FLOW, { sourceLines: true }),
      /<figure class="pm-generated pm-generated-flowchart">\n<pre class="pm-mermaid pm-flowchart" data-diagram="0" data-line="2">/,
    );
    assert.doesNotMatch(render(doc, FLOW), /data-line/);
  });
  it('maps relative and file: images through the host, keeps web and data images as written', () => {
    const seen: string[] = [];
    const imageSrc = (src: string): string => {
      seen.push(src);
      return `https://res.test/${encodeURIComponent(src)}`;
    };
    const html = render(
      '![a](diagram.png) ![b](./img/x.png?v=2) ![c](/abs/y.png) ![d](file:///tmp/z.png)\n\n' +
        '![e](https://example.com/e.png) ![f](data:image/png;base64,iVBORw0KGgo=) ![g](//cdn.example/g.png)\n',
      '',
      { imageSrc },
    );
    assert.deepStrictEqual(seen, ['diagram.png', './img/x.png?v=2', '/abs/y.png', 'file:///tmp/z.png']);
    assert.match(html, /<img src="https:\/\/res\.test\/diagram\.png" alt="a">/);
    assert.match(html, /<img src="https:\/\/example\.com\/e\.png" alt="e">/);
    assert.match(html, /<img src="data:image\/png;base64,iVBORw0KGgo=" alt="f">/);
    assert.doesNotMatch(html, /res\.test\/[^"]*(example|data|cdn)/);
  });
  it('keeps the src when the host cannot map it', () => {
    assert.match(render('![a](x.png)\n', '', { imageSrc: () => undefined }), /<img src="x\.png" alt="a">/);
  });
});

describe('preview: shell preloads Mermaid only when a diagram needs it', () => {
  const shell = (initial: Partial<Parameters<typeof previewShell>[0]['initial']>): string =>
    previewShell({
      cspSource: 'self',
      nonce: 'n1',
      scriptUri: 's.js',
      mermaidUri: 'm.js',
      styleUri: 's.css',
      initial: { uri: 'file:///a.md', version: 1, title: 'T', html: '', diagrams: [], ...initial },
    });
  const flowchart = { id: '0', kind: 'flowchart' as const, source: 'flowchart TD\n  a\n' };
  it("starts the download with the page's, under the nonce, when a diagram has no drawing yet", () => {
    assert.match(shell({ diagrams: [flowchart] }), /<link rel="preload" href="m\.js" as="script" nonce="n1">/);
  });
  it('does not when there is no diagram, or every diagram comes with its drawing', () => {
    assert.doesNotMatch(shell({}), /preload/);
    assert.doesNotMatch(
      shell({ diagrams: [flowchart], drawings: [{ key: 'default|f|14|\nflowchart TD\n  a\n', svg: '<svg></svg>' }] }),
      /preload/,
    );
  });
});

describe('preview: messages from the webview are checked', () => {
  const cases: Array<[unknown, boolean]> = [
    [{ type: 'ready' }, true],
    [{ type: 'revealLine', uri: 'file:///a.md', line: 3 }, true],
    [{ type: 'revealLine', uri: 'file:///a.md', line: -1 }, false],
    [{ type: 'revealLine', uri: 'file:///a.md', line: 1.5 }, false],
    [{ type: 'revealLine', uri: 'file:///a.md', line: '3' }, false],
    [{ type: 'revealLine', line: 3 }, false],
    [{ type: 'rendered', uri: 'file:///a.md', version: 2 }, true],
    [{ type: 'rendered', uri: 'file:///a.md' }, false],
    // The page no longer reports where it scrolled (that was for tests only).
    [{ type: 'scrolled', uri: 'file:///a.md', line: 3, topLine: 2, scrollY: 10 }, false],
    [{ type: 'scrollTo', uri: 'file:///a.md', line: 3 }, false],
    [{ type: 'openLink' }, false],
    [null, false],
  ];
  for (const [message, ok] of cases)
    it(`${JSON.stringify(message)} → ${ok}`, () => assert.strictEqual(isWebviewMessage(message), ok));
});

describe('preview: shell', () => {
  it('has the strict CSP with a nonce and no unsafe-eval', () => {
    const csp = previewCsp('https://x.vscode-cdn.net', 'abc123');
    assert.strictEqual(
      csp,
      "default-src 'none'; script-src 'nonce-abc123'; style-src https://x.vscode-cdn.net 'unsafe-inline'; " +
        'img-src https://x.vscode-cdn.net https: data:; font-src https://x.vscode-cdn.net',
    );
  });
  it('puts the initial content only in an escaped data attribute', () => {
    const html = previewShell({
      cspSource: 'self',
      nonce: 'n1',
      scriptUri: 's.js',
      mermaidUri: 'm.js',
      styleUri: 's.css',
      initial: {
        uri: 'file:///a"b.md',
        version: 1,
        title: '</title><script>x</script>',
        html: '<p>"\'&</p>',
        diagrams: [],
      },
    });
    assert.doesNotMatch(html, /<script>x|<\/title><script/);
    assert.strictEqual(html.match(/<script/g)?.length, 1);
    assert.match(html, /<script nonce="n1" src="s.js"><\/script>/);
    assert.match(
      html,
      /<main id="pm-root" data-state="[^"]*" data-mermaid="m.js">/,
      'the Mermaid bundle is named, not loaded',
    );
    const attr = /data-state="([^"]*)"/.exec(html)![1]!;
    const decoded = attr.replace(/&#(\d+);/g, (_, c: string) => String.fromCharCode(Number(c)));
    assert.strictEqual((JSON.parse(decoded) as { html: string }).html, '<p>"\'&</p>');
  });
});

describe('preview: links', () => {
  const cases: Array<[string, string]> = [
    ['https://example.com', 'external'],
    ['http://x', 'external'],
    ['file:///etc/hosts', 'file'],
    ['docs/a.md#x', 'relative'],
    ['javascript:alert(1)', 'blocked'],
    [' JavaScript:alert(1)', 'blocked'],
    ['command:workbench.action.quit', 'blocked'],
    ['data:text/html,x', 'blocked'],
    ['vscode://x', 'blocked'],
    ['//evil.example', 'blocked'],
    ['mailto:a@b', 'blocked'],
  ];
  for (const [href, kind] of cases) it(`${href} → ${kind}`, () => assert.strictEqual(classifyLink(href).kind, kind));
  it('decodes relative paths and keeps the fragment', () => {
    assert.deepStrictEqual(classifyLink('my%20notes.md?q=1#top'), {
      kind: 'relative',
      path: 'my notes.md',
      fragment: 'top',
    });
  });
});

describe('preview: export page', () => {
  const svgs = (entries: Array<[string, string]>): Map<string, { light?: string; dark?: string }> =>
    new Map(entries.map(([id, svg]) => [id, { light: svg }]));
  it('replaces each Mermaid block by its SVG, keeps failed ones as source, and carries no script', () => {
    const html =
      '<pre class="pm-mermaid pm-flowchart" data-diagram="0">a</pre>\n<p>x</p>\n<pre class="pm-mermaid" data-diagram="1">b</pre>\n';
    const page = exportPage({
      title: 'T<',
      html,
      svgs: svgs([['0', '<svg id="s1"></svg>']]),
      css: 'body{}</style><script>',
    });
    assert.match(
      page,
      /<figure class="pm-diagram pm-flowchart" data-diagram="0"><div class="pm-variant-light"><div class="pm-scroll"><div><svg id="s1"><\/svg><\/div><\/div><\/div><\/figure>/,
    );
    assert.match(page, /<pre class="pm-mermaid" data-diagram="1">b<\/pre>/);
    assert.match(
      page,
      /Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src https: data:; form-action 'none'; base-uri 'none'"/,
    );
    assert.strictEqual(page.match(/<\/style>/g)?.length, 1, 'the stylesheet cannot close its style element');
    assert.doesNotMatch(page.replace(/<style>[\s\S]*?<\/style>/, ''), /<script/);
    assert.match(page, /<title>T&#60;<\/title>/);
  });
  it('pairs SVGs with blocks by id: an empty mermaid block first shifts nothing', () => {
    const render = createRenderer();
    const html = render(
      '# T\n\n```mermaid\n```\n\n```mermaid\ngraph TD\n  a\n```\n\n```mermaid\npie\n  "x": 1\n```\n',
      FLOW,
    );
    assert.match(html, /<pre class="pm-mermaid-empty"><\/pre>/);
    const page = exportPage({
      title: 'T',
      html,
      svgs: svgs([
        ['0', '<svg id="flow"></svg>'],
        ['1', '<svg id="graph"></svg>'],
        ['2', '<svg id="pie"></svg>'],
      ]),
      css: '',
    });
    const order = [...page.matchAll(/<svg id="(\w+)"/g)].map((m) => m[1]);
    assert.deepStrictEqual(order, ['flow', 'graph', 'pie']);
    assert.match(page, /<pre class="pm-mermaid-empty"><\/pre>/);
  });
  const hostile: Array<[string, string]> = [
    ['a form', '<svg><foreignObject><form action="https://evil.example"><input name="q"></form></foreignObject></svg>'],
    ['a script', '<svg><script>alert(1)</script></svg>'],
    ['an event handler', '<svg><g onclick="alert(1)"></g></svg>'],
    ['a javascript: link', '<svg><a xlink:href="javascript:alert(1)"><text>x</text></a></svg>'],
    ['an encoded javascript: link', '<svg><a href="java&#x09;script&#58;alert(1)"><text>x</text></a></svg>'],
    [
      'a meta refresh',
      '<svg><foreignObject><meta http-equiv="refresh" content="0;url=https://evil.example"></foreignObject></svg>',
    ],
    ['an iframe', '<svg><foreignObject><iframe src="https://evil.example"></iframe></foreignObject></svg>'],
    ['not an SVG', '<div>x</div>'],
  ];
  for (const [what, svg] of hostile) {
    it(`leaves out an SVG with ${what} (the block keeps its source)`, () => {
      assert.strictEqual(isSafeSvg(svg), false);
      const page = exportPage({
        title: 'T',
        html: '<pre class="pm-mermaid" data-diagram="0">graph TD</pre>\n',
        svgs: svgs([['0', svg]]),
        css: '',
      });
      assert.match(page, /<pre class="pm-mermaid" data-diagram="0">graph TD<\/pre>/);
      assert.doesNotMatch(page, /<svg/);
    });
  }
  it('lets a sanitised Mermaid SVG through (labels, styles, https links)', () => {
    assert.ok(
      isSafeSvg(
        '<svg id="m" xmlns="http://www.w3.org/2000/svg"><style>#m .node rect{fill:#eee}</style><g class="node"><a xlink:href="https://example.com/runbook"><rect></rect></a><foreignObject><div xmlns="http://www.w3.org/1999/xhtml"><span class="nodeLabel"><p>Alert online</p></span></div></foreignObject></g></svg>',
      ),
    );
  });
});

describe('preview: export page themes, band, legend', () => {
  const light = '<svg id="l" viewBox="0 0 800 400"><g class="node"></g></svg>';
  const dark = '<svg id="d" viewBox="0 0 800 400"><g class="node"></g></svg>';
  const html =
    '<h1>T</h1>\n<pre class="pm-mermaid pm-flowchart" data-diagram="0">a</pre>\n<pre class="pm-mermaid pm-gantt" data-diagram="gantt">b</pre>\n';
  const page = exportPage({
    title: 'T',
    html,
    css: '',
    metrics: { ttd: 5, ttr: 185, impact: 175 },
    svgs: new Map([
      ['0', { light, dark }],
      ['gantt', { light: light.replace('id="l"', 'id="g"') }],
    ]),
    diagrams: [
      {
        id: '0',
        kind: 'flowchart',
        source: 'a',
        caption: 'How it went',
        legend: [{ phase: 'detection', label: 'Detection' }],
      },
      { id: 'gantt', kind: 'gantt', source: 'b' },
    ],
  });
  it("is a light page that turns dark with the reader's system, each diagram drawn for both", () => {
    assert.match(page, /<body class="pm-export">/);
    assert.match(page, /<meta name="color-scheme" content="light dark">/);
    assert.match(page, /@media \(prefers-color-scheme: dark\)[\s\S]*\.pm-variant-light \{ display: none; \}/);
    assert.match(
      page,
      /<div class="pm-variant-light">[\s\S]*?<svg id="l"[\s\S]*?<\/div><div class="pm-variant-dark pm-theme-dark">[\s\S]*?<svg id="d"/,
    );
    assert.doesNotMatch(page, /vscode-dark/);
  });
  it('keeps diagrams readable: shrinks to 0.875 of their size at most, then scrolls sideways', () => {
    assert.match(page, /<div class="pm-scroll"><div style="max-width:800px;min-width:700px"><svg id="l"/);
  });
  it('shows the time-scaled view, the metrics band, the legend and the caption', () => {
    assert.match(
      page,
      /<figure class="pm-diagram pm-gantt" data-diagram="gantt"><div class="pm-variant-light">[\s\S]*<svg id="g"/,
    );
    assert.match(
      page,
      /<ul class="pm-band" aria-label="Incident metrics"><li class="pm-chip" data-metric="ttd"[^>]*><abbr[^>]*>TTD<\/abbr> <span class="pm-chip-value">5 min<\/span>/,
    );
    assert.match(page, /data-metric="tta"[^>]*><abbr[^>]*>TTA<\/abbr> <span class="pm-chip-value">—<\/span>/);
    assert.match(page, /data-metric="ttr"[^>]*>[\s\S]*?3 h 5 min/);
    assert.match(page, /data-metric="impact"[\s\S]*?2 h 55 min/);
    assert.strictEqual(page.match(/<ul class="pm-legend"/g)?.length, 2, "a legend in each theme's variant");
    assert.match(page, /<span class="pm-swatch pm-phase-detection" aria-hidden="true"><\/span>Detection/);
    assert.match(page, /<figcaption class="pm-caption">How it went<\/figcaption>/);
  });
  it('shows no band without metrics', () => {
    assert.doesNotMatch(exportPage({ title: 'T', html, css: '', svgs: new Map() }), /pm-band/);
  });
});

describe('preview: task lists render as GitHub renders them', () => {
  const render = createRenderer();
  it('turns [ ] and [x] items into disabled checkboxes, and leaves links and other brackets alone', () => {
    const html = render(
      '- [ ] Add a CI job\n- [x] Patch the pool\n- [X] Done too\n- [link](https://x.example) item\n- [ ]not a task\n\n1. [ ] ordered task\n',
      '',
    );
    assert.match(
      html,
      /<ul class="contains-task-list">\n<li class="task-list-item"><input class="task-list-item-checkbox" type="checkbox" disabled> Add a CI job<\/li>/,
    );
    assert.match(
      html,
      /<li class="task-list-item"><input class="task-list-item-checkbox" type="checkbox" disabled checked> Patch the pool<\/li>/,
    );
    assert.match(html, /checked> Done too/);
    assert.match(html, /<li><a href="https:\/\/x\.example">link<\/a> item<\/li>/);
    assert.match(html, /<li>\[ \]not a task<\/li>/);
    assert.match(html, /<ol class="contains-task-list">\n<li class="task-list-item"><input[^>]*> ordered task/);
    assert.doesNotMatch(html, /\[ \] Add|\[x\]/);
  });
  it('keeps data-line on task items for scroll sync', () => {
    assert.match(render('- [ ] a\n', '', { sourceLines: true }), /<li data-line="0" class="task-list-item">/);
  });
});
