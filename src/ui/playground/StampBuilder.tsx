// The Received explorer's Encode side: write the stamp a relay adds
// (RFC 5321 §4.4), then prepend it to the headers as that relay would.
import { useState } from 'react';
import { useStore } from 'zustand';
import { formatReceived } from '../../core/mime/received';
import { playgroundStore, type StampForm } from '../../store/playgroundStore';

const FIELDS: { key: keyof StampForm; label: string; hint: string }[] = [
  { key: 'from', label: 'From', hint: 'the name the client gave in HELO/EHLO' },
  { key: 'fromInfo', label: 'TCP-info', hint: 'what the relay saw: reverse DNS and IP address' },
  { key: 'by', label: 'By', hint: 'the relay writing the stamp' },
  { key: 'with', label: 'With', hint: 'SMTP, ESMTP, ESMTPS (TLS), ESMTPA (AUTH), ESMTPSA, LMTP (RFC 3848)' },
  { key: 'id', label: 'ID', hint: 'the relay’s queue id, to find it in its logs' },
  { key: 'for', label: 'For', hint: 'the recipient of this transaction' },
];

export function StampBuilder() {
  const stamp = useStore(playgroundStore, (s) => s.stamp);
  // The page reads the clock once; the core formats what it is given.
  const [now] = useState(() => ({ time: Math.floor(Date.now() / 1000) * 1000, zone: -new Date().getTimezoneOffset() }));
  const header = `Received: ${formatReceived({ ...stamp, ...now })}`;
  const prepend = () => {
    const state = playgroundStore.getState();
    const rest = state.inputs.received.text;
    state.setText('received', rest ? `${header}\n${rest}` : header);
    state.setDirection('received', 'decode');
  };
  return (
    <div className="pg-sides">
      <form className="pg-side pg-builder" aria-label="Stamp fields" onSubmit={(e) => e.preventDefault()}>
        <div className="pg-side-head">
          <span className="pg-side-title">Input</span>
          <span className="pg-side-kind">what the relay knows</span>
        </div>
        {FIELDS.map((f) => (
          <label key={f.key} className="pg-field" title={f.hint}>
            <span>{f.label}</span>
            <input value={stamp[f.key]} onChange={(e) => playgroundStore.getState().setStamp({ [f.key]: e.target.value })} />
          </label>
        ))}
      </form>
      <div className="pg-side">
        <div className="pg-side-head">
          <span className="pg-side-title">Output</span>
          <span className="pg-side-kind">the stamp, dated now</span>
        </div>
        <pre className="pg-text pg-output" role="region" aria-label="Output" tabIndex={0}>
          {header}
        </pre>
        <p>
          <button type="button" className="pg-button" onClick={prepend}>
            Prepend to the headers, as the relay would
          </button>
        </p>
      </div>
    </div>
  );
}
