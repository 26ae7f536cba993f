// Trimming runs of given characters at the ends of a string, in linear time: `/[…]+$/` is quadratic on a long
// run of those characters that is not at the end (each start position scans the run again).

/** True for the characters `\s` matches in a regular expression. */
export function isSpace(c: number): boolean {
  return (
    c === 32 ||
    (c >= 9 && c <= 13) ||
    c === 0xa0 ||
    c === 0x1680 ||
    (c >= 0x2000 && c <= 0x200a) ||
    c === 0x2028 ||
    c === 0x2029 ||
    c === 0x202f ||
    c === 0x205f ||
    c === 0x3000 ||
    c === 0xfeff
  );
}

/** `text` without the characters of `chars` (and, with `spaces`, white space) at its end. */
export function trimEndOf(text: string, chars: string, spaces = false): string {
  let end = text.length;
  while (end > 0) {
    const c = text.charCodeAt(end - 1);
    if (!(spaces && isSpace(c)) && !chars.includes(text[end - 1]!)) break;
    end--;
  }
  return end === text.length ? text : text.slice(0, end);
}

/** `text` without the characters of `chars` (and, with `spaces`, white space) at its start. */
export function trimStartOf(text: string, chars: string, spaces = false): string {
  let start = 0;
  while (start < text.length) {
    const c = text.charCodeAt(start);
    if (!(spaces && isSpace(c)) && !chars.includes(text[start]!)) break;
    start++;
  }
  return start === 0 ? text : text.slice(start);
}

/**
 * Regex source for `text` in any case, without the `i` flag: each letter as a class of its two cases (`[Tt][Oo]`),
 * everything else escaped. A scan of a whole text with such a pattern runs about twice as fast as the same pattern
 * under `i` (irregexp can skip ahead on the explicit first characters).
 */
export function anyCase(text: string): string {
  let out = '';
  for (const ch of text) {
    const lower = ch.toLowerCase(),
      upper = ch.toUpperCase();
    out +=
      lower !== upper && lower.length === 1 && upper.length === 1
        ? `[${upper}${lower}]`
        : ch.replace(/[.*+?^${}()|[\]\\/-]/g, '\\$&');
  }
  return out;
}
