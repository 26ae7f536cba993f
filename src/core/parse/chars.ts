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
