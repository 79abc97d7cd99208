import { Fragment, useLayoutEffect, useMemo, useRef, useState } from 'react';
import { flushSync } from 'react-dom';
import { wrapRuns } from './wrapRuns';
import { MAX_LINE } from '../../core/mime/index';
import { wireLines, type TaggedRange } from '../../core/net/index';

const ENDING_GLYPHS = { CRLF: 'CR LF', CR: 'CR', LF: 'LF', '': '' } as const;
const ENDING_NAMES = { CRLF: 'CR LF', CR: 'bare CR', LF: 'bare LF', '': 'no line ending' } as const;
const MAX_SHOWN = 400;

/** The exact bytes of an event, line by line, with the invisible made visible. */
export function WireBytes({ bytes, ranges }: { bytes: Uint8Array; ranges: readonly TaggedRange[] }) {
  const lines = useMemo(() => wireLines(bytes, ranges), [bytes, ranges]);
  const { ref, columns } = useColumns(bytes.length > 0);
  if (bytes.length === 0) return <p className="wire-empty">Nothing travelled on the wire for this event.</p>;
  return (
    // Focusable so a keyboard can scroll a long line sideways.
    <div className="wire" role="group" aria-label="Bytes on the wire" tabIndex={0} ref={ref}>
      <span className="wire-measure" aria-hidden="true">
        0000000000
      </span>
      <table>
        <tbody>
          {lines.slice(0, MAX_SHOWN).map((l, i) => (
            <tr key={i} className={l.tooLong ? 'too-long' : undefined}>
              <td className="wire-text">
                {l.stuffed && (
                  <mark className="stuffed" title="This dot was added by dot-stuffing (RFC 5321 §4.5.2)">
                    .
                  </mark>
                )}
                {wrapRuns(l.stuffed ? unstuffed(l.runs) : l.runs, columns - (l.stuffed ? 1 : 0)).map((row, k) => (
                  <Fragment key={k}>
                    {k > 0 && (
                      <>
                        <br />
                        <span className="wrap-mark" title="The line goes on: wrapped here to fit, not a line break on the wire">
                          ↪
                        </span>
                      </>
                    )}
                    {row.map((r, j) => (
                      <span key={j} className={r.part ? `part-${r.part}` : undefined}>
                        {r.text}
                      </span>
                    ))}
                  </Fragment>
                ))}
                <abbr className={`eol eol-${l.ending || 'none'}`} title={ENDING_NAMES[l.ending]}>
                  {ENDING_GLYPHS[l.ending]}
                </abbr>
              </td>
              <td className="wire-len">
                {l.length}
                {l.tooLong && <span className="warn"> &gt; {MAX_LINE}</span>}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      {lines.length > MAX_SHOWN && <p className="wire-more">… {lines.length - MAX_SHOWN} more lines</p>}
      <p className="wire-key">
        {bytes.length} octets.
        {lines.some((l) => l.ending) && (
          <>
            {' '}
            <span className="eol eol-CRLF">CR LF</span> ends every SMTP line (RFC 5321 §2.3.8); a bare CR or LF is marked in
            red. The number is the line&rsquo;s length without its ending.
          </>
        )}
        {lines.some((l) => l.stuffed) && ' A marked dot was added by dot-stuffing (RFC 5321 §4.5.2) and is removed by the receiver.'}
      </p>
    </div>
  );
}

/** The runs of a dot-stuffed line without the added dot, which is drawn marked before them. */
function unstuffed(runs: readonly { text: string; part?: string }[]) {
  return runs.map((r, j) => (j === 0 ? { ...r, text: r.text.slice(1) } : r));
}

// The continuation mark's own column, and one to spare for rounding.
const RESERVED_CHARS = 2;

// The width last measured. The bytes view opens on every event with bytes
// (a link opens on one, the eavesdropper's view replaces it): the panel
// keeps its width meanwhile, so a view that opens starts at that width and
// its first frame needs no layout forced to learn it. The observer corrects
// it when the panel or the text size changed while no bytes were shown.
let known: number | undefined;

/** How many monospace characters a row of the bytes has room for, following the panel's width and the text size. */
function useColumns(shown: boolean) {
  const ref = useRef<HTMLDivElement>(null);
  const [columns, setColumns] = useState(known ?? 76);
  useLayoutEffect(() => {
    const el = ref.current;
    const probe = el?.querySelector<HTMLElement>('.wire-measure');
    if (!el || !probe) return;
    const measure = () => {
      const ch = probe.getBoundingClientRect().width / 10;
      // The bytes' own cell: the table's layout is fixed, so its width does not depend on what is in it.
      const cell = el.querySelector<HTMLElement>('td.wire-text');
      const room = cell ? cell.clientWidth - parseFloat(getComputedStyle(cell).paddingLeft) - parseFloat(getComputedStyle(cell).paddingRight) : el.clientWidth;
      if (ch > 0 && room > 0) setColumns((known = Math.max(16, Math.floor(room / ch) - RESERVED_CHARS)));
    };
    // Measured when the observer reports, just after the browser's own
    // layout (the probe's size follows the text size), rather than here,
    // where reading a size would force a layout of the whole page into the
    // task that rendered the event (a long task when that is a paste's first
    // line, or a link opened mid-session). flushSync: the columns are right
    // before that frame is painted.
    const observer = new ResizeObserver(() => flushSync(measure));
    observer.observe(el);
    observer.observe(probe);
    return () => observer.disconnect();
  }, [shown]);
  return { ref, columns };
}
