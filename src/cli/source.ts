// A file's text as the core reads it (no BOM, every line ending '\n'), and back to the file's own bytes after a fix.
import { commonLines } from './diff';

const BOM = '\uFEFF';

/** A decoded file: the text the core lints plus what it takes to write it back exactly. */
export interface SourceText {
  /** No BOM; CRLF, CR and LF all read as '\n' (as VS Code counts lines). */
  text: string;
  bom: boolean;
  /** The ending of each line of `text` as the file has it ('' after the last line). */
  eols: string[];
  /** False when the bytes are not valid UTF-8: the text has U+FFFD in their place and must never be written back. */
  utf8: boolean;
}

const strict = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });
const lenient = new TextDecoder('utf-8', { ignoreBOM: true });

/** Decodes a file's bytes. */
export function decodeSource(bytes: Uint8Array): SourceText {
  let raw: string;
  let utf8 = true;
  try {
    raw = strict.decode(bytes);
  } catch {
    raw = lenient.decode(bytes);
    utf8 = false;
  }
  const bom = raw.startsWith(BOM);
  if (bom) raw = raw.slice(1);
  const lines: string[] = [];
  const eols: string[] = [];
  let start = 0;
  for (let i = 0; i < raw.length; i++) {
    const c = raw.charCodeAt(i);
    if (c !== 10 && c !== 13) continue;
    lines.push(raw.slice(start, i));
    if (c === 13 && raw.charCodeAt(i + 1) === 10) {
      eols.push('\r\n');
      i++;
    } else {
      eols.push(c === 13 ? '\r' : '\n');
    }
    start = i + 1;
  }
  lines.push(raw.slice(start));
  eols.push('');
  return { text: lines.join('\n'), bom, eols, utf8 };
}

/**
 * The file content for `fixed` (a fix of `source.text`): the BOM as before; each line that is unchanged, moved, or edited
 * in place keeps its own ending; new lines take the file's most common ending.
 */
export function encodeSource(source: SourceText, fixed: string): string {
  const main = dominantEol(source.eols);
  const out = fixed.split('\n');
  const uniform = source.eols.every((e) => e === '' || e === main);
  const endings = uniform ? out.map(() => main) : mapEndings(source, out, main);
  // A CR ending followed by an empty line ending in LF would read back as one CR LF break: keep them two breaks.
  for (let j = 0; j + 1 < out.length; j++) {
    if ((endings[j] || main) === '\r' && out[j + 1] === '' && (endings[j + 1] || main).startsWith('\n'))
      endings[j + 1] = '\r';
  }
  let body = '';
  for (let j = 0; j < out.length; j++) {
    const last = j === out.length - 1;
    body += out[j]! + (last ? '' : endings[j] || main);
  }
  return (source.bom ? BOM : '') + body;
}

/**
 * The file content after several fix passes: each pass's lines take their endings from the pass before, so a line
 * edited in one pass and moved in the next keeps its own ending.
 */
export function encodeThrough(source: SourceText, steps: readonly string[]): string {
  let current = source;
  let out = encodeSource(source, source.text);
  for (const step of steps) {
    out = encodeSource(current, step);
    current = decodeSource(new TextEncoder().encode(out));
  }
  return out;
}

/** The ending each new line takes from the old ones, through a line diff. */
function mapEndings(source: SourceText, out: string[], main: string): string[] {
  const old = source.text.split('\n');
  const endings = new Array<string>(out.length).fill(main);
  // The changed blocks: old[from..to) became out[start..end).
  const blocks: Array<{ from: number; to: number; start: number; end: number }> = [];
  let i = 0,
    j = 0;
  for (const [pi, pj] of [...commonLines(old, out), [old.length, out.length] as [number, number]]) {
    if (i < pi || j < pj) blocks.push({ from: i, to: pi, start: j, end: pj });
    if (pi < old.length && pj < out.length) endings[pj] = source.eols[pi]!;
    i = pi + 1;
    j = pj + 1;
  }
  // A line that moved (removed in one place, the same text added in another) keeps its ending.
  const removed = new Map<string, number[]>();
  for (const b of blocks) {
    for (let k = b.from; k < b.to; k++) {
      const list = removed.get(old[k]!);
      if (list) list.push(k);
      else removed.set(old[k]!, [k]);
    }
  }
  const used = new Set<number>();
  const open: number[][] = blocks.map((b) => {
    const rest: number[] = [];
    for (let k = b.start; k < b.end; k++) {
      const from = removed.get(out[k]!)?.shift();
      if (from === undefined) rest.push(k);
      else {
        endings[k] = source.eols[from]!;
        used.add(from);
      }
    }
    return rest;
  });
  // The other added lines of a block take, in order, the endings of the lines it removed (a line edited in place keeps its own).
  blocks.forEach((b, n) => {
    let next = b.from;
    for (const k of open[n]!) {
      while (next < b.to && used.has(next)) next++;
      if (next >= b.to) break;
      endings[k] = source.eols[next++]!;
    }
  });
  return endings;
}

/** The most common line ending ('\n' when the text has none). */
function dominantEol(eols: readonly string[]): string {
  const count = { '\n': 0, '\r\n': 0, '\r': 0 } as Record<string, number>;
  for (const e of eols) if (e) count[e]!++;
  let best = '\n';
  for (const e of ['\r\n', '\r']) if (count[e]! > count[best]!) best = e;
  return best;
}
