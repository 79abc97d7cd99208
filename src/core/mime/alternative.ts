// Choosing what to show from a multipart/alternative (RFC 2046 §5.1.4):
// the parts come in increasing order of faithfulness to the original, so a
// reader shows the last one it can display.
import type { MimePart } from './types';

/** What a typical reader here can display: plain text, HTML, and nested multiparts. */
export const DEFAULT_ACCEPTED: readonly string[] = ['text/plain', 'text/html', 'multipart/*'];

function accepts(accepted: readonly string[], type: string): boolean {
  return accepted.some((a) => {
    const pattern = a.toLowerCase();
    return pattern.endsWith('/*') ? type.startsWith(pattern.slice(0, -1)) : type === pattern;
  });
}

/**
 * The last child of `part` whose type is in `accepted` (`type/*` patterns
 * allowed), or undefined when none is. A part that is not a multipart
 * has nothing to choose from.
 */
export function preferredAlternative(part: MimePart, accepted: readonly string[] = DEFAULT_ACCEPTED): MimePart | undefined {
  if (!part.contentType.startsWith('multipart/')) return undefined;
  for (let i = part.children.length - 1; i >= 0; i--) {
    const child = part.children[i]!;
    if (accepts(accepted, child.contentType)) return child;
  }
  return undefined;
}
