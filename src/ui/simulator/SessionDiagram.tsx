import { nextCommands, type ServerSession, type SessionPhase } from '../../core/smtp/index';

// How each phase of the server's session reads, and the command that leads
// out of it along the main path (RFC 5321 §3.3, §4.1.4).
const PHASES: readonly { phase: SessionPhase; label: string; next?: string }[] = [
  { phase: 'connected', label: 'connected', next: 'HELO / EHLO' },
  { phase: 'greeted', label: 'greeted', next: 'MAIL' },
  { phase: 'mail', label: 'sender given', next: 'RCPT' },
  { phase: 'rcpt', label: 'recipients given', next: 'DATA' },
  { phase: 'data', label: 'receiving the message', next: '.' },
  { phase: 'closed', label: 'closed' },
];

const AWAITING = {
  content: <>Every line is now message content until a line holding only &ldquo;.&rdquo;.</>,
  'sasl-response': <>The server waits for the next base64 line of the AUTH exchange, or &ldquo;*&rdquo; to cancel it.</>,
  'tls-handshake': <>Nothing until the TLS hand-shake is done; then the session starts over from EHLO.</>,
};

/** The server's session at this moment, as its machine stands: the phase lit, and what it would take up next. */
export function SessionDiagram({ session, server }: { session: ServerSession; server: string }) {
  const { phase, allowed, awaiting } = nextCommands(session);
  return (
    <section className="session-diagram" aria-label={`SMTP session state on ${server}`}>
      <h3>
        Session on <code>{server}</code>
        {session.tls && <span className="badge">TLS</span>}
      </h3>
      <ol className="states">
        {PHASES.map((s) => (
          <li key={s.phase} className={s.phase === phase ? 'state lit' : 'state'} aria-current={s.phase === phase ? 'step' : undefined}>
            <span className="state-name">{s.label}</span>
            {s.next && <span className="state-next">{s.next} →</span>}
          </li>
        ))}
      </ol>
      <p className="allowed">
        {awaiting ? (
          AWAITING[awaiting]
        ) : phase === 'closed' ? (
          <>The server has closed the session: nothing more can be sent on this connection.</>
        ) : (
          <>
            Allowed next:{' '}
            {allowed.map((c, i) => (
              <span key={c.verb}>
                {i > 0 && ' '}
                <code title={`${c.meaning} (${c.rfc})`}>{c.verb}</code>
              </span>
            ))}
          </>
        )}
      </p>
    </section>
  );
}
