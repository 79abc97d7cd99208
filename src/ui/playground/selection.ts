// Where the page's text selection falls inside an element, as character
// offsets of that element's text (so a selection in the output can be
// mapped back to the input through the steps).
import type { Range } from '../../core';

export function selectionIn(container: HTMLElement): Range | undefined {
  const sel = container.ownerDocument.getSelection();
  if (!sel || sel.rangeCount === 0 || sel.isCollapsed) return undefined;
  const range = sel.getRangeAt(0);
  if (!container.contains(range.startContainer) || !container.contains(range.endContainer)) return undefined;
  const before = container.ownerDocument.createRange();
  before.selectNodeContents(container);
  before.setEnd(range.startContainer, range.startOffset);
  const start = before.toString().length;
  return { start, end: start + range.toString().length };
}
