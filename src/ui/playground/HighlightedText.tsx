// Text with highlighted ranges as <mark> segments. Content is always a React
// text child, never markup: a message's bytes are data (DESIGN.md, Safety).
import type { Range } from '../../core';

export type Highlight = Range & { className: string };

/** Characters drawn at most; beyond this the DOM would stall the tab. */
const DRAW_LIMIT = 200_000;

export function HighlightedText({ text, highlights, limit = DRAW_LIMIT }: { text: string; highlights: Highlight[]; limit?: number }) {
  const shown = text.length > limit ? text.slice(0, limit) : text;
  const cuts = new Set([0, shown.length]);
  for (const h of highlights) {
    if (h.end <= h.start && h.className !== 'hl-error') continue;
    cuts.add(Math.min(Math.max(h.start, 0), shown.length));
    cuts.add(Math.min(Math.max(h.end, h.start + 1, 0), shown.length));
  }
  const points = [...cuts].sort((a, b) => a - b);
  const segments = [];
  for (let i = 0; i + 1 < points.length; i++) {
    const [a, b] = [points[i]!, points[i + 1]!];
    const classes = highlights.filter((h) => h.start < b && Math.max(h.end, h.start + 1) > a).map((h) => h.className);
    const piece = shown.slice(a, b);
    segments.push(
      classes.length ? (
        <mark key={a} className={classes.join(' ')} data-start={a}>
          {piece}
        </mark>
      ) : (
        piece
      ),
    );
  }
  return (
    <>
      {segments}
      {text.length > limit && <span className="pg-more">{`\n… ${(text.length - limit).toLocaleString('en')} more characters not drawn`}</span>}
    </>
  );
}
