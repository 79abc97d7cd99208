import type { ReactNode } from 'react';
import { COMMANDS, replyCatalogue } from '../../core/smtp/index';
import { MEDIA_TYPES } from '../../core/mime/media-types';
import { rfcUrl } from './rfcLink';

function Rfc({ cite }: { cite: string }) {
  const url = rfcUrl(cite);
  return url ? (
    <a href={url} target="_blank" rel="noreferrer">
      {cite}
    </a>
  ) : (
    <>{cite}</>
  );
}

function Table({ caption, head, children }: { caption: string; head: string[]; children: ReactNode }) {
  return (
    <details className="ref-block">
      <summary>{caption}</summary>
      <div className="ref-scroll">
        <table className="ref-table">
          <caption>{caption}</caption>
          <thead>
            <tr>
              {head.map((h) => (
                <th key={h} scope="col">
                  {h}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>{children}</tbody>
        </table>
      </div>
    </details>
  );
}

/** Replies, commands and media types, rendered from the engine's own catalogues so the reference cannot disagree with it. */
export function Reference() {
  return (
    <section aria-labelledby="ref-title" className="reference">
      <h2 id="ref-title">Reference</h2>
      <p>The replies, commands and media types this simulator uses, each with the RFC section that defines it.</p>
      <Table caption={`Replies (${replyCatalogue.length})`} head={['Code', 'Enhanced', 'Meaning', 'RFC']}>
        {replyCatalogue.map((r) => (
          <tr key={r.key}>
            <td><code>{r.code}</code></td>
            <td><code>{r.enhanced ?? ''}</code></td>
            <td>{r.meaning}</td>
            <td><Rfc cite={r.rfc} /></td>
          </tr>
        ))}
      </Table>
      <Table caption={`Commands (${COMMANDS.length})`} head={['Command', 'Syntax', 'Meaning', 'RFC']}>
        {COMMANDS.map((c) => (
          <tr key={c.verb}>
            <td><code>{c.verb}</code></td>
            <td><code>{c.syntax}</code></td>
            <td>{c.meaning}</td>
            <td><Rfc cite={c.rfc} /></td>
          </tr>
        ))}
      </Table>
      <Table caption={`Media types (${MEDIA_TYPES.length})`} head={['Type', 'Meaning', 'RFC']}>
        {MEDIA_TYPES.map((m) => (
          <tr key={m.type}>
            <td><code>{m.type}</code></td>
            <td>{m.description}</td>
            <td><Rfc cite={m.rfc} /></td>
          </tr>
        ))}
      </Table>
    </section>
  );
}
