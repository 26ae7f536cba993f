// Maps source lines to positions in the preview and back, by the blocks' data-line (as VS Code's Markdown preview does).

interface Block {
  line: number;
  el: HTMLElement;
}

/** The blocks that carry their first source line, in document order. */
function blocks(root: HTMLElement): Block[] {
  return [...root.querySelectorAll<HTMLElement>('[data-line]')]
    .map((el) => ({ line: Number(el.dataset['line']), el }))
    .filter((b) => Number.isFinite(b.line));
}

/** The page offset of an element's top edge. */
const topOf = (el: HTMLElement): number => el.getBoundingClientRect().top + window.scrollY;

/**
 * Scrolls so that source `line` (0-based, may be fractional) is at the top: at the block that starts there, or
 * interpolated between the blocks before and after it.
 */
export function scrollToLine(root: HTMLElement, line: number): void {
  let previous: Block | undefined;
  let next: Block | undefined;
  for (const b of blocks(root)) {
    if (b.line <= line) {
      if (!previous || b.line > previous.line) previous = b;
    } else if (!next || b.line < next.line) {
      next = b;
    }
  }
  if (!previous || line <= 0) {
    // The editor at its first line: the preview at its very top (above the first block's margin).
    window.scrollTo(0, 0);
    return;
  }
  const start = topOf(previous.el);
  const y = next
    ? start + ((line - previous.line) / (next.line - previous.line)) * (topOf(next.el) - start)
    : start + previous.el.getBoundingClientRect().height * (line - Math.floor(line));
  window.scrollTo(0, Math.max(0, Math.round(y)));
}

/** The source line of the block holding `target` (undefined outside any). */
export function lineAt(target: EventTarget | null): number | undefined {
  const block = (target as Element | null)?.closest?.<HTMLElement>('[data-line]');
  const line = Number(block?.dataset['line']);
  return block && Number.isInteger(line) ? line : undefined;
}
