// The raw message with the selected part's headers and body highlighted.
// Only a window around the part is drawn: a 50 MB message stays one click.
// And the window a screenful at first, growing as the person scrolls: laying
// out the whole window was half the time a 5 MB message took to show.
import { useLayoutEffect, useMemo, useRef, useState } from 'react';
import type { CodecError } from '../../core';
import type { PartView } from '../../store/playgroundMime';
import { HighlightedText, type Highlight } from './HighlightedText';
import { charAt } from './offsets';

/** Bytes drawn at first, and added at each scroll to the end: more than the box shows. */
const SCREEN = 4 * 1024;
/** Bytes drawn at most. */
const WINDOW = 16 * 1024;

/** Where to start drawing: the start of the line two lines above the part (its boundary), within 256 bytes. */
function contextStart(source: Uint8Array, start: number): number {
  let lines = 0;
  for (let i = start - 1; i >= Math.max(0, start - 256); i--) {
    if (source[i] === 0x0a && ++lines === 3) return i + 1;
  }
  return start - 256 <= 0 ? 0 : start;
}

export function RawSource({ source, part, errors }: { source: Uint8Array; part: PartView; errors: CodecError[] }) {
  const pre = useRef<HTMLPreElement>(null);
  // The part's marks start within 256 bytes of the top (contextStart), so
  // showing them is scrolling to the top, and only a box scrolled away needs
  // it. Asking where a mark is would lay out the page inside the commit,
  // before the tree a person waits for is on screen.
  const scrolled = useRef(false);
  useLayoutEffect(() => {
    if (!scrolled.current || !pre.current) return;
    pre.current.scrollTop = 0;
    scrolled.current = false;
  }, [part]);
  const [grown, setGrown] = useState({ part, bytes: SCREEN });
  const drawn = grown.part === part ? grown.bytes : SCREEN;
  const from = contextStart(source, part.start);
  const to = Math.min(source.length, Math.max(part.end, part.start + 1) + 256, from + drawn);
  const onScroll = (box: HTMLElement) => {
    scrolled.current = box.scrollTop > 0;
    if (drawn < WINDOW && to < source.length && box.scrollTop + 2 * box.clientHeight > box.scrollHeight) {
      setGrown({ part, bytes: Math.min(WINDOW, drawn + SCREEN) });
    }
  };
  const slice = useMemo(() => source.subarray(from, to), [source, from, to]);
  const text = useMemo(() => new TextDecoder('utf-8').decode(slice), [slice]);
  const at = (byte: number) => charAt(slice, 'utf-8', Math.min(Math.max(byte - from, 0), slice.length));
  const marks: Highlight[] = [
    { start: at(part.start), end: at(part.bodyStart), className: 'hl-headers' },
    { start: at(part.bodyStart), end: at(part.bodyEnd), className: 'hl-body' },
  ];
  for (const e of errors) {
    if (e.offset >= from && e.offset < to) marks.push({ start: at(e.offset), end: at(e.offset) + 1, className: 'hl-error' });
  }
  return (
    <section className="pg-raw" aria-labelledby="pg-raw-title">
      <h2 id="pg-raw-title">
        Raw source <span className="pg-legend hl-headers">headers</span> <span className="pg-legend hl-body">body</span>
        <span className="pg-count">
          bytes {part.start.toLocaleString('en')}–{part.end.toLocaleString('en')} of {source.length.toLocaleString('en')}
        </span>
      </h2>
      {part.source && (
        <p className="pg-hint">
          These are the decoded bytes of a transfer-encoded message/rfc822 (RFC 2046 §5.2.1 forbids encoding it); offsets count from their start.
        </p>
      )}
      <pre ref={pre} className="pg-text pg-output" role="region" aria-label="Raw source" tabIndex={0} onScroll={(e) => onScroll(e.currentTarget)}>
        {from > 0 && <span className="pg-more">{`… ${from.toLocaleString('en')} bytes before\n`}</span>}
        <HighlightedText text={text} highlights={marks} />
        {to < source.length && <span className="pg-more">{`\n… ${(source.length - to).toLocaleString('en')} bytes after`}</span>}
      </pre>
    </section>
  );
}
