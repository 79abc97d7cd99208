// A part's headers, raw (unfolded) and decoded (RFC 2047 encoded-words).
// Hostile mail carries 100,000 header lines: past a few hundred, only the
// rows in view are drawn (drawing them all stalled the page for seconds).
import { useRef, type Ref } from 'react';
import { useVirtualizer } from '@tanstack/react-virtual';
import type { HeaderField } from '../../core';
import { headerAt, headerCount, headerFields, type HeaderList } from '../../store/headerList';
import { showBidiControls } from '../../core/mime/bidi';

/** Characters of one value drawn at most (hostile mail carries megabyte headers). */
const CELL_LIMIT = 2000;
/** More rows than this are drawn virtually. */
const VIRTUAL_FROM = 300;
/** A one-line row's height in pixels, until a drawn row is measured. */
const ROW_ESTIMATE = 30;

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

function VirtualHeaders({ headers }: { headers: HeaderList }) {
  const total = headerCount(headers);
  const box = useRef<HTMLDivElement>(null);
  const rows = useVirtualizer({ count: total, getScrollElement: () => box.current, estimateSize: () => ROW_ESTIMATE, overscan: 8 });
  const items = rows.getVirtualItems();
  const before = items[0]?.start ?? 0;
  const after = rows.getTotalSize() - (items[items.length - 1]?.end ?? 0);
  const count = total.toLocaleString('en');
  return (
    <div ref={box} className="pg-headers-box" role="region" aria-label={`Headers, ${count} fields`} tabIndex={0}>
      <table className="pg-headers" aria-rowcount={total + 1}>
        <caption>
          Headers <span className="pg-count">{count} fields; only those in view are drawn</span>
        </caption>
        <Head />
        <tbody>
          {before > 0 && <tr aria-hidden="true" style={{ height: before }} />}
          {items.map((item) => (
            <HeaderRow key={item.key} header={headerAt(headers, item.index)} index={item.index} ref={rows.measureElement} />
          ))}
          {after > 0 && <tr aria-hidden="true" style={{ height: after }} />}
        </tbody>
      </table>
    </div>
  );
}
