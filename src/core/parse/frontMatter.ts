// Reads YAML-style front matter: `key: value` lines between `---` fences on the very first line.

/** Front matter: where it ends (the line after the closing fence) and its top-level `key: value` pairs. */
export interface FrontMatter {
  end: number;
  data: Readonly<Record<string, string>>;
}

const KEY = /^([A-Za-z_][\w.-]*)[ \t]*:(.*)$/;
const YAMLISH = /^(?:[A-Za-z_][\w.-]*[ \t]*:|[ \t-]|#|$)/;

/** Front matter at line 0 (a first line that is exactly `---`), else undefined; prose between fences is not front matter. */
export function readFrontMatter(lines: readonly string[]): FrontMatter | undefined {
  if (lines[0]?.trimEnd() !== '---') return undefined;
  const limit = Math.min(lines.length, 400);
  const data: Record<string, string> = {};
  for (let i = 1; i < limit; i++) {
    const l = lines[i]!;
    const t = l.trimEnd();
    if (t === '---' || t === '...') return { end: i + 1, data };
    if (!YAMLISH.test(l)) return undefined;
    const m = KEY.exec(l);
    if (m && !Object.prototype.hasOwnProperty.call(data, m[1]!))
      data[m[1]!] = m[2]!.trim().replace(/^(['"])(.*)\1$/, '$2');
  }
  return undefined;
}
