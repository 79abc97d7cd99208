import { useMemo } from 'react';
import { MAX_LINE } from '../../core/mime/index';
import { wireLines, type TaggedRange } from '../../core/net/index';

const ENDING_GLYPHS = { CRLF: 'CR LF', CR: 'CR', LF: 'LF', '': '' } as const;
const ENDING_NAMES = { CRLF: 'CR LF', CR: 'bare CR', LF: 'bare LF', '': 'no line ending' } as const;
const MAX_SHOWN = 400;

/** The exact bytes of an event, line by line, with the invisible made visible. */
export function WireBytes({ bytes, ranges }: { bytes: Uint8Array; ranges: readonly TaggedRange[] }) {
  const lines = useMemo(() => wireLines(bytes, ranges), [bytes, ranges]);
  if (bytes.length === 0) return <p className="wire-empty">Nothing travelled on the wire for this event.</p>;
  return (
    // Focusable so a keyboard can scroll a long line sideways.
    <div className="wire" role="group" aria-label="Bytes on the wire" tabIndex={0}>
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
                {l.runs.map((r, j) => {
                  const text = l.stuffed && j === 0 ? r.text.slice(1) : r.text;
                  return (
                    <span key={j} className={r.part ? `part-${r.part}` : undefined}>
                      {text}
                    </span>
                  );
                })}
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
