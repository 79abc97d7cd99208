import { COMMANDS, SMTP_STATES, smtpState, type ServerSession, type SmtpState } from '../../core/smtp/index';

// How each state of the server's session reads, and the command that leads
// out of it along the main path (RFC 5321 §3.3, §4.1.4).
const STATES: Record<SmtpState | 'data', { label: string; next?: string }> = {
  connected: { label: 'connected', next: 'HELO / EHLO' },
  greeted: { label: 'greeted', next: 'MAIL' },
  mail: { label: 'sender given', next: 'RCPT' },
  rcpt: { label: 'recipients given', next: 'DATA' },
  data: { label: 'receiving the message', next: '.' },
};

/** The server's session at this moment: its state lit on the main path, and what the client may send next. */
export function SessionDiagram({ session, server }: { session: ServerSession; server: string }) {
  const state = smtpState(session);
  const lit: SmtpState | 'data' = session.mode === 'data' ? 'data' : state;
  const allowed = session.mode === 'data' ? [] : COMMANDS.filter((c) => c.states.includes(state));
  return (
    <section className="session-diagram" aria-label={`SMTP session state on ${server}`}>
      <h3>
        Session on <code>{server}</code>
        {session.tls && <span className="badge">TLS</span>}
        {session.mode === 'closed' && <span className="badge">closed</span>}
      </h3>
      <ol className="states">
        {[...SMTP_STATES, 'data' as const].map((s) => (
          <li key={s} className={s === lit ? 'state lit' : 'state'} aria-current={s === lit ? 'step' : undefined}>
            <span className="state-name">{STATES[s].label}</span>
            {STATES[s].next && <span className="state-next">{STATES[s].next} →</span>}
          </li>
        ))}
      </ol>
      <p className="allowed">
        {session.mode === 'data' ? (
          <>Every line is now message content until a line holding only &ldquo;.&rdquo;.</>
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
