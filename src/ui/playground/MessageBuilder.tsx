// The builder: fields and files become a message through the core's
// buildMessage, shown as the .eml it becomes with each part's transfer
// encoding and the reason the core gave for it.
import { useMemo, useState } from 'react';
import { useStore } from 'zustand';
import { buildMessage, explainTransferEncodings, type Attachment, type MessageSpec } from '../../core';
import { formatDateTime } from '../../core/mime/received';
import { playgroundStore, type BuilderFields } from '../../store/playgroundStore';
import { FilePicker } from './FilePicker';
import { download } from './download';
import { formatSize } from './size';

const list = (s: string) => s.split(',').map((a) => a.trim()).filter(Boolean);

const FIELDS: { key: keyof BuilderFields; label: string; multiline?: boolean }[] = [
  { key: 'from', label: 'From' },
  { key: 'to', label: 'To' },
  { key: 'cc', label: 'Cc' },
  { key: 'subject', label: 'Subject' },
  { key: 'text', label: 'Text body', multiline: true },
  { key: 'html', label: 'HTML body (optional)', multiline: true },
];

/** A type for a picked file from its name; the builder needs one per attachment. */
function typeOf(name: string): string {
  const ext = name.toLowerCase().split('.').pop() ?? '';
  const known: Record<string, string> = { pdf: 'application/pdf', png: 'image/png', jpg: 'image/jpeg', jpeg: 'image/jpeg', gif: 'image/gif', txt: 'text/plain', json: 'application/json', html: 'text/html' };
  return known[ext] ?? 'application/octet-stream';
}

export function MessageBuilder() {
  const fields = useStore(playgroundStore, (s) => s.builder);
  const [attachments, setAttachments] = useState<Attachment[]>([]);
  // Fixed once per visit, so the same fields always give the same bytes.
  const [stamp] = useState(() => {
    const now = new Date();
    return { date: formatDateTime(now.getTime(), -now.getTimezoneOffset()), messageId: `<${now.getTime().toString(36)}.playground@smtp-lab.example>` };
  });
  const spec: MessageSpec = useMemo(
    () => ({
      from: fields.from,
      to: list(fields.to),
      cc: list(fields.cc),
      subject: fields.subject,
      date: stamp.date,
      messageId: stamp.messageId,
      text: fields.text,
      ...(fields.html.trim() ? { html: fields.html } : {}),
      attachments,
      mailer: 'SMTP Lab playground',
    }),
    [fields, attachments, stamp],
  );
  const eml = useMemo(() => buildMessage(spec), [spec]);
  const encodings = useMemo(() => explainTransferEncodings(spec), [spec]);
  const text = useMemo(() => new TextDecoder('utf-8').decode(eml.subarray(0, 200_000)), [eml]);

  return (
    <div className="pg-sides">
      <form className="pg-side pg-builder" onSubmit={(e) => e.preventDefault()} aria-label="Message fields">
        <div className="pg-side-head">
          <span className="pg-side-title">Input</span>
          <span className="pg-side-kind">fields and files</span>
        </div>
        {FIELDS.map((f) => (
          <label key={f.key} className="pg-field">
            <span>{f.label}</span>
            {f.multiline ? (
              <textarea value={fields[f.key]} rows={f.key === 'text' ? 5 : 3} onChange={(e) => playgroundStore.getState().setBuilder({ [f.key]: e.target.value })} />
            ) : (
              <input value={fields[f.key]} onChange={(e) => playgroundStore.getState().setBuilder({ [f.key]: e.target.value })} />
            )}
          </label>
        ))}
        <FilePicker label="Attach a file…" onFile={(content, filename) => setAttachments((a) => [...a, { filename, content, contentType: typeOf(filename) }])} />
        {attachments.length > 0 && (
          <ul className="pg-attachments">
            {attachments.map((a, i) => (
              <li key={i}>
                {a.filename} · {a.contentType} · {formatSize(a.content.length)}{' '}
                <button type="button" className="pg-link" onClick={() => setAttachments((all) => all.filter((_, k) => k !== i))}>
                  Remove
                </button>
              </li>
            ))}
          </ul>
        )}
      </form>
      <div className="pg-side">
        <div className="pg-side-head">
          <span className="pg-side-title">Output</span>
          <span className="pg-side-kind">the .eml · {formatSize(eml.length)}</span>
          <button type="button" className="pg-link" onClick={() => download(eml, 'message.eml', 'message/rfc822')}>
            Download
          </button>
        </div>
        <pre className="pg-text pg-output" role="region" aria-label="Output" tabIndex={0}>
          {text}
        </pre>
        <table className="pg-headers pg-encodings">
          <caption>Transfer encoding of each part, and why</caption>
          <thead>
            <tr>
              <th scope="col">Part</th>
              <th scope="col">Encoding</th>
              <th scope="col">Why</th>
            </tr>
          </thead>
          <tbody>
            {encodings.map((e, i) => (
              <tr key={i}>
                <th scope="row">
                  {e.part} <span className="pg-hint">{e.contentType}</span>
                </th>
                <td>
                  <code>{e.encoding}</code>
                </td>
                <td>{e.reason}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </div>
  );
}
