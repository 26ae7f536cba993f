// Structural checks of generated Mermaid flowcharts (mermaidParse.test.ts runs Mermaid's own parser on them too).
import * as assert from 'assert';

// Inside quotes: anything but a quote, `<`, a backtick, `%%` or a raw entity (`#…;` / `&…;` only as our escapes).
const LABEL = String.raw`"(?:[^"<\`\n#&%]|#(?:quot|lt|amp|\d+);|#(?![A-Za-z0-9]+;)|&(?!#?[A-Za-z0-9]+;)|%(?!%))*"`;
const NODE = new RegExp(
  String.raw`^(\w+)(?:\(\[${LABEL}\]\)|\[\[${LABEL}\]\]|\[${LABEL}\]|\{\{${LABEL}\}\}|\(${LABEL}\)|>${LABEL}\])$`,
);
const EDGE = new RegExp(String.raw`^(\w+) (?:-->|-\.->|==>|~~~)(?:\|${LABEL}\|)? (\w+)$`);
const SUBGRAPH = new RegExp(String.raw`^subgraph (\w+) \[${LABEL}\]$`);

/** Asserts every line is a known statement, labels are quoted and escaped, edges join declared nodes. */
export function assertValidFlowchart(src: string, expectedNodes: number, direction: 'TD' | 'LR' = 'TD'): void {
  const lines = src.trimEnd().split('\n');
  assert.strictEqual(lines[0], `flowchart ${direction}`);
  const nodes = new Set<string>();
  const edges: Array<[string, string]> = [];
  let depth = 0;
  for (const raw of lines.slice(1)) {
    const line = raw.trim();
    let m: RegExpExecArray | null;
    if ((m = NODE.exec(line))) {
      assert.ok(!nodes.has(m[1]!), `node ${m[1]} declared twice`);
      nodes.add(m[1]!);
    } else if ((m = EDGE.exec(line))) edges.push([m[1]!, m[2]!]);
    else if (SUBGRAPH.test(line)) depth++;
    else if (line === 'end') depth--;
    else if (/^direction (?:TB|LR)$/.test(line)) assert.strictEqual(depth, 1, 'direction inside a subgraph');
    else
      assert.match(
        line,
        /^(accTitle: Incident flowchart|classDef \w+ [\w#:,.\- ]+|class [\w,]+ \w+)$/,
        `unexpected line: ${line}`,
      );
    assert.ok(depth >= 0 && depth <= 1, 'subgraphs balanced and not nested');
  }
  assert.strictEqual(depth, 0, 'every subgraph ends');
  assert.strictEqual(nodes.size, expectedNodes, 'node count');
  for (const [from, to] of edges)
    assert.ok(nodes.has(from) && nodes.has(to), `edge ${from} → ${to} joins declared nodes`);
}
