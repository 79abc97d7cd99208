import { useId, useMemo, useState } from 'react';
import { parseMessage, type MimePart } from '../../core/mime/index';
import { headerAuthors } from '../../core/mime/received';
import { latin1String } from '../../core/codec/ascii';
import { showBidiControls } from '../../core/mime/bidi';
import type { CopyEnvelope } from '../../core/net/index';

/**
 * What the view knows of the envelope: the transaction's command lines as
 * seen on the wire, or only what a mailbox copy itself records (a copy
 * never knows the other RCPT TOs, so a Bcc recipient stays hidden).
 */
export type EnvelopeSource = { kind: 'wire'; lines: readonly string[] } | { kind: 'copy'; copy: CopyEnvelope };

type Props = {
  /** The message as delivered: headers, blank line, body. */
  content: Uint8Array;
  envelope: EnvelopeSource;
};

/** One message taken apart: the envelope, each header with the host that added it, the body, the MIME tree and the source. */
export function MessageView({ content, envelope }: Props) {
  const parsed = useMemo(() => parseMessage(content), [content]);
  const [raw, setRaw] = useState(false);
  const id = useId();
  const root = parsed.root;
  const addedBy = useMemo(() => headerAuthors(root.headers), [root]);
  const body = useMemo(() => bodyText(root), [root]);

  return (
    <div className="message-view">
      <section className="message-part envelope-panel" aria-labelledby={`${id}-envelope`}>
        <h4 id={`${id}-envelope`} className="part-envelope">
          Envelope
        </h4>
        <ul className="envelope-lines">
          {envelopeLines(envelope).map((line, i) => (
            <li key={i}>
              <code>{line}</code>
            </li>
          ))}
        </ul>
        {envelope.kind === 'copy' && (
          <p className="muted envelope-note">
            A mailbox copy knows only its own envelope. The whole transaction (every <code>RCPT TO</code>) is visible only on
            the wire: select its DATA in the event list.
          </p>
        )}
      </section>
      <section className="message-part headers-panel" aria-labelledby={`${id}-headers`}>
        <h4 id={`${id}-headers`} className="part-header">
          Headers
        </h4>
        <table>
          <colgroup>
            <col className="col-name" />
            <col />
            <col className="col-by" />
          </colgroup>
          <tbody>
            {root.headers.map((h, i) => (
              <tr key={i}>
                <th scope="row">{h.name}</th>
                <td>{h.decoded}</td>
                <td className="added-by">{addedBy[i]}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </section>
      <section className="message-part body-panel" aria-labelledby={`${id}-body`}>
        <h4 id={`${id}-body`} className="part-body">
          Body
        </h4>
        <pre>{body}</pre>
        {root.children.length > 0 && (
          <>
            <h5>MIME structure</h5>
            <MimeTree part={root} />
          </>
        )}
      </section>
      <button type="button" className="sim-button" aria-expanded={raw} onClick={() => setRaw(!raw)}>
        Raw source
      </button>
      {raw && <pre className="raw-source">{latin1String(parsed.source)}</pre>}
    </div>
  );
}

function envelopeLines(envelope: EnvelopeSource): readonly string[] {
  if (envelope.kind === 'wire') return envelope.lines;
  const { returnPath, deliveredTo, originalTo } = envelope.copy;
  return [
    `Return-Path: <${returnPath}>`,
    ...deliveredTo.map((to) => `Delivered-To: <${to}>`),
    ...(originalTo ? [`X-Original-To: <${originalTo}>`] : []),
  ];
}

function MimeTree({ part }: { part: MimePart }) {
  return (
    <ul className="mime-tree">
      <li>
        <code>{part.contentType}</code>
        {part.filename && ` “${showBidiControls(part.filename)}”`} · {part.transferEncoding} · {part.bodyEnd - part.bodyStart} octets
        {part.children.length > 0 && part.children.map((c, i) => <MimeTree key={i} part={c} />)}
      </li>
    </ul>
  );
}

function bodyText(root: MimePart): string {
  const find = (p: MimePart): MimePart | undefined =>
    p.children.length === 0 ? (p.contentType.startsWith('text/') ? p : undefined) : p.children.map(find).find(Boolean);
  const text = find(root)?.text();
  return text ?? '(no text part)';
}
