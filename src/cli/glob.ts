// Expands file arguments: plain paths, directories (their *.md files) and globs (*, **, ?, {a,b}).
import * as fs from 'node:fs';
import * as path from 'node:path';

const SKIP_DIRS = new Set(['node_modules', '.git', 'out', 'dist', '.vscode-test']);

/** Converts a glob to a regular expression over '/'-separated relative paths. */
export function globToRegExp(glob: string): RegExp {
  let re = '';
  for (let i = 0; i < glob.length; i++) {
    const c = glob[i]!;
    if (c === '*' && glob[i + 1] === '*') {
      const slash = glob[i + 2] === '/';
      re += slash ? '(?:.*/)?' : '.*';
      i += slash ? 2 : 1;
    } else if (c === '*') re += '[^/]*';
    else if (c === '?') re += '[^/]';
    else if (c === '{') {
      const end = glob.indexOf('}', i);
      if (end < 0) re += '\\{';
      else {
        re += `(?:${glob
          .slice(i + 1, end)
          .split(',')
          .map((p) => p.replace(/[.+^$()|[\]\\]/g, '\\$&').replace(/\*/g, '[^/]*'))
          .join('|')})`;
        i = end;
      }
    } else re += /[.+^$()|[\]\\]/.test(c) ? `\\${c}` : c;
  }
  return new RegExp(`^${re}$`);
}

/** True when the argument holds glob characters. */
export function isGlob(arg: string): boolean {
  return /[*?{]/.test(arg);
}

// Lists files under `dir` recursively, in name order (skipping node_modules, .git, build output). Symbolic links are
// followed, each directory walked once (no loops); anything but a directory is listed, so that reading a pipe or a
// broken link says what it is.
function walk(dir: string, out: string[], seen: Set<string>): void {
  let entries: fs.Dirent[];
  try {
    const real = fs.realpathSync(dir);
    if (seen.has(real)) return;
    seen.add(real);
    entries = fs
      .readdirSync(dir, { withFileTypes: true })
      .sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  } catch {
    return;
  }
  for (const e of entries) {
    const p = path.join(dir, e.name);
    if (e.isDirectory() || (e.isSymbolicLink() && isDirectory(p))) {
      if (!SKIP_DIRS.has(e.name)) walk(p, out, seen);
    } else if (!e.isDirectory()) out.push(p);
  }
}

function isDirectory(p: string): boolean {
  try {
    return fs.statSync(p).isDirectory();
  } catch {
    return false;
  }
}

function isLink(p: string): boolean {
  try {
    return fs.lstatSync(p).isSymbolicLink();
  } catch {
    return false;
  }
}

const MARKDOWN = /\.(md|markdown)$/i;

/** Expands one argument to files; throws with a clear message when nothing matches (an empty directory too). */
export function expand(arg: string, cwd: string): string[] {
  if (!isGlob(arg)) {
    const abs = path.resolve(cwd, arg);
    let st: fs.Stats;
    try {
      st = fs.statSync(abs);
    } catch {
      throw new Error(`${isLink(abs) ? 'Broken symbolic link' : 'No such file or directory'}: ${arg}`);
    }
    if (!st.isDirectory()) return [abs];
    const files: string[] = [];
    walk(abs, files, new Set());
    const hits = files.filter((f) => MARKDOWN.test(f)).sort();
    if (!hits.length) throw new Error(`No Markdown files (*.md, *.markdown) in directory: ${arg}`);
    return hits;
  }
  const norm = arg.replace(/\\/g, '/');
  const parts = norm.split('/');
  const baseParts: string[] = [];
  while (parts.length > 1 && !isGlob(parts[0]!)) baseParts.push(parts.shift()!);
  const base = path.resolve(cwd, baseParts.join('/') || '.');
  const re = globToRegExp(parts.join('/'));
  const files: string[] = [];
  walk(base, files, new Set());
  const hits = files.filter((f) => re.test(path.relative(base, f).split(path.sep).join('/'))).sort();
  if (!hits.length) throw new Error(`No files match the pattern: ${arg}`);
  return hits;
}
