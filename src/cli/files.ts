// Reads regular files only (a pipe or a device would hang the CLI) and writes fixed files atomically, mode kept.
import * as crypto from 'node:crypto';
import * as fs from 'node:fs';
import * as path from 'node:path';

/** A file's bytes and what it was when read (to notice a change before writing). */
export interface ReadFile {
  bytes: Buffer;
  stat: fs.Stats;
}

/** Reads `abs`; throws "Cannot read <name>: <why>" for anything but a readable regular file. */
export function readRegularFile(abs: string, name: string): ReadFile {
  let fd: number;
  try {
    // Non-blocking open: opening a FIFO with no writer would otherwise wait forever before fstat can say what it is.
    fd = fs.openSync(abs, fs.constants.O_RDONLY | (fs.constants.O_NONBLOCK ?? 0));
  } catch (e) {
    throw new Error(`Cannot read ${name}: ${why(e, abs)}`, { cause: e });
  }
  try {
    const stat = fs.fstatSync(fd);
    if (!stat.isFile()) throw new Error(`Cannot read ${name}: not a regular file`);
    return { bytes: fs.readFileSync(fd), stat };
  } finally {
    fs.closeSync(fd);
  }
}

/**
 * Replaces the file behind `abs` (through symbolic links) with `data`: written to a temporary file in the same folder with
 * the same mode (and owner, where allowed), flushed, then renamed over it. Refuses when the file changed since `read`.
 */
export function writeFileAtomic(abs: string, name: string, data: Uint8Array, read: fs.Stats): void {
  let real: string, now: fs.Stats;
  try {
    real = fs.realpathSync(abs);
    now = fs.statSync(real);
  } catch (e) {
    throw new Error(`Cannot write ${name}: ${why(e, abs)}`, { cause: e });
  }
  if (now.mtimeMs !== read.mtimeMs || now.size !== read.size || now.ino !== read.ino) {
    throw new Error(`${name} changed while it was being fixed; it was not written`);
  }
  const mode = now.mode & 0o7777;
  const tmp = path.join(path.dirname(real), `.${path.basename(real)}.${crypto.randomBytes(6).toString('hex')}.tmp`);
  const fd = fs.openSync(tmp, 'wx', mode);
  try {
    try {
      fs.writeFileSync(fd, data);
      fs.fchmodSync(fd, mode); // the umask narrowed the mode given to open
      try {
        fs.fchownSync(fd, now.uid, now.gid);
      } catch {
        // Only root may give a file away; a file of our own keeps its owner anyway.
      }
      fs.fsyncSync(fd);
    } finally {
      fs.closeSync(fd);
    }
    fs.renameSync(tmp, real);
  } catch (e) {
    fs.rmSync(tmp, { force: true });
    throw new Error(`Cannot write ${name}: ${why(e, tmp)}`, { cause: e });
  }
}

/** A short reason for an fs error. */
function why(e: unknown, file: string): string {
  const code = (e as NodeJS.ErrnoException).code;
  if (code === 'ENOENT') {
    try {
      if (fs.lstatSync(file).isSymbolicLink()) return 'broken symbolic link';
    } catch {
      // fall through
    }
    return 'no such file';
  }
  if (code === 'EACCES' || code === 'EPERM') return 'permission denied';
  if (code === 'EISDIR') return 'is a directory';
  return e instanceof Error ? e.message : String(e);
}
