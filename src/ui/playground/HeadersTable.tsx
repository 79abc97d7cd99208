// A part's headers, raw (unfolded) and decoded (RFC 2047 encoded-words).
// Hostile mail carries 100,000 header lines: past a few hundred, only the
// rows in view are drawn (drawing them all stalled the page for seconds).
import { memo, useRef, type Ref } from 'react';
import type { HeaderField } from '../../core';
import { headerAt, headerCount, headerFields, type HeaderList } from '../../store/headerList';
import { showBidiControls } from '../../core/mime/bidi';
import { useVirtualRows } from './useVirtualRows';

/** Characters of one value drawn at most (hostile mail carries megabyte headers). */
const CELL_LIMIT = 2000;
/** More rows than this are drawn virtually. */
const VIRTUAL_FROM = 300;
/** A row's height in pixels until it is drawn and measured: one line at 100 % text. */
const ROW_ESTIMATE = 34;
/** Rows drawn beyond each edge of the view, so a scroll by the wheel lands on drawn rows. */
const OVERSCAN = 8;

function cut(full: string): string {
  const text = showBidiControls(full);
  return text.length > CELL_LIMIT ? `${text.slice(0, CELL_LIMIT)} … (${(text.length - CELL_LIMIT).toLocaleString('en')} more characters)` : text;
}

type RowProps = { header: HeaderField; index?: number; ref?: Ref<HTMLTableRowElement> };

function HeaderRow({ header: h, index, ref }: RowProps) {
  return (
    <tr ref={ref} data-index={index} aria-rowindex={index === undefined ? undefined : index + 2}>
      <th scope="row">{h.name}</th>
      <td>
        <code>{cut(h.value)}</code>
      </td>
      <td className={h.decoded !== h.value ? 'pg-changed' : undefined}>{h.decoded !== h.value ? cut(h.decoded) : <span className="pg-same">same</span>}</td>
    </tr>
  );
}

function Head() {
  return (
    <thead>
      <tr>
        <th scope="col">Name</th>
        <th scope="col">Raw value</th>
        <th scope="col">Decoded</th>
      </tr>
    </thead>
  );
}

export function HeadersTable({ headers }: { headers: HeaderList }) {
  const count = headerCount(headers);
  if (count === 0) return <p className="pg-hint">This part has no headers: the defaults of RFC 2045 §5.2 apply.</p>;
  if (count > VIRTUAL_FROM) return <VirtualHeaders headers={headers} />;
  return (
    <table className="pg-headers">
      <caption>Headers</caption>
      <Head />
      <tbody>
        {headerFields(headers).map((h, i) => (
          <HeaderRow key={i} header={h} />
        ))}
      </tbody>
    </table>
  );
}

/** Row `index` of a long list, drawn again only when it scrolls in anew. */
const ListRow = memo(function ListRow({ list, index, ref }: { list: HeaderList; index: number; ref: Ref<HTMLTableRowElement> }) {
  return <HeaderRow header={headerAt(list, index)} index={index} ref={ref} />;
});

function VirtualHeaders({ headers }: { headers: HeaderList }) {
  const total = headerCount(headers);
  const box = useRef<HTMLDivElement>(null);
  const { first, end, before, after, measure } = useVirtualRows(box, headers, total, ROW_ESTIMATE, OVERSCAN);
  const count = total.toLocaleString('en');
  const drawn: number[] = [];
  for (let i = first; i < end; i++) drawn.push(i);
  return (
    <div ref={box} className="pg-headers-box" role="region" aria-label={`Headers, ${count} fields`} tabIndex={0}>
      <table className="pg-headers" aria-rowcount={total + 1}>
        <caption>
          Headers <span className="pg-count">{count} fields; only those in view are drawn</span>
        </caption>
        <Head />
        <tbody>
          {before > 0 && <tr aria-hidden="true" style={{ height: before }} />}
          {drawn.map((i) => (
            <ListRow key={i} list={headers} index={i} ref={measure} />
          ))}
          {after > 0 && <tr aria-hidden="true" style={{ height: after }} />}
        </tbody>
      </table>
    </div>
  );
}
