// A part's headers, raw (unfolded) and decoded (RFC 2047 encoded-words).
import type { HeaderField } from '../../core';
import { showBidiControls } from '../../core/mime/bidi';

/** Characters of one value drawn at most (hostile mail carries megabyte headers). */
const CELL_LIMIT = 2000;

function cut(full: string): string {
  const text = showBidiControls(full);
  return text.length > CELL_LIMIT ? `${text.slice(0, CELL_LIMIT)} … (${(text.length - CELL_LIMIT).toLocaleString('en')} more characters)` : text;
}

export function HeadersTable({ headers }: { headers: HeaderField[] }) {
  if (headers.length === 0) return <p className="pg-hint">This part has no headers: the defaults of RFC 2045 §5.2 apply.</p>;
  return (
    <table className="pg-headers">
      <caption>Headers</caption>
      <thead>
        <tr>
          <th scope="col">Name</th>
          <th scope="col">Raw value</th>
          <th scope="col">Decoded</th>
        </tr>
      </thead>
      <tbody>
        {headers.map((h, i) => (
          <tr key={i}>
            <th scope="row">{h.name}</th>
            <td>
              <code>{cut(h.value)}</code>
            </td>
            <td className={h.decoded !== h.value ? 'pg-changed' : undefined}>{h.decoded !== h.value ? cut(h.decoded) : <span className="pg-same">same</span>}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
