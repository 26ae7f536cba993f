// The one owner of lines: splits text into lines exactly as VS Code counts them (CR LF, CR and LF all end a line).

/** A text split into lines, with each line's own terminator and the byte-order mark, so edits can keep them. */
export interface SourceText {
  /** The lines, without terminators (a text ending in a newline has an empty last line, as in VS Code). */
  readonly lines: readonly string[];
  /** Each line's terminator: '\r\n', '\n', '\r', or '' for the last line. */
  readonly eols: readonly string[];
  /** The most common terminator ('\n' when the text has none). */
  readonly eol: string;
  /** True when the text started with U+FEFF (removed from `lines`, as VS Code shows it). */
  readonly bom: boolean;
}

/** Splits text into lines: the only line splitter of the core (edits, rules and the CLI all use it). */
export function splitLines(text: string): string[] {
  return text.split(/\r\n|\r|\n/);
}

/** Splits text into lines and terminators, dropping a leading byte-order mark. */
export function sourceText(text: string): SourceText {
  const bom = text.charCodeAt(0) === 0xfeff;
  const body = bom ? text.slice(1) : text;
  const lines: string[] = [];
  const eols: string[] = [];
  const counts = { '\r\n': 0, '\n': 0, '\r': 0 };
  let start = 0;
  // indexOf, not a regex: no match array per line (a 1 MB document has tens of thousands of lines).
  let cr = body.indexOf('\r');
  let lf = body.indexOf('\n');
  while (cr >= 0 || lf >= 0) {
    const isCr = cr >= 0 && (lf < 0 || cr < lf);
    const at = isCr ? cr : lf;
    const e = isCr ? (body.charCodeAt(cr + 1) === 10 ? '\r\n' : '\r') : '\n';
    lines.push(body.slice(start, at));
    eols.push(e);
    counts[e]++;
    start = at + e.length;
    if (cr >= 0 && cr < start) cr = body.indexOf('\r', start);
    if (lf >= 0 && lf < start) lf = body.indexOf('\n', start);
  }
  lines.push(body.slice(start));
  eols.push('');
  let eol = '\n';
  if (counts['\r\n'] > counts['\n'] && counts['\r\n'] >= counts['\r']) eol = '\r\n';
  else if (counts['\r'] > counts['\n'] && counts['\r'] > counts['\r\n']) eol = '\r';
  return { lines, eols, eol, bom };
}

/** Joins lines back with their own terminators (the inverse of sourceText, BOM included). */
export function joinSource(src: SourceText): string {
  let out = src.bom ? '\uFEFF' : '';
  for (let i = 0; i < src.lines.length; i++) out += src.lines[i]! + (src.eols[i] ?? '');
  return out;
}

/** The text with every line ending as LF and no BOM: what markdown-it and the rules read. */
export function normalizedText(src: SourceText): string {
  return src.lines.join('\n');
}
