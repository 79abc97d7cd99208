// The client side of a connection: the engine's client machine for MTAs and
// user agents, or a person's terminal for telnet and nc. When the next hop
// turns out not to offer 8BITMIME, 8-bit content is converted here, before
// MAIL FROM, as RFC 6152 §3 asks of a relay.
import { latin1String } from '../../codec/ascii';
import { startClient, stepClient } from '../../smtp/client/session';
import { newTransaction } from '../../smtp/client/transaction';
import type { ClientSession, ClientStep } from '../../smtp/client/types';
import { stepSession } from '../../smtp/server/session';
import type { TranscriptRecord } from '../../smtp/types';
import { downgradeTo7bit } from '../../mime/downgrade';
import { jobContent, type Cause, type Connection, type Tick } from '../world/index';

/** The SYN-ACK is in: the client machine starts and waits for the 220; a terminal says "Connected". */
export function clientConnected(t: Tick, id: string): void {
  const c = t.conn(id);
  if (!c) return;
  if (c.job.type === 'terminal') {
    t.cause({ type: 'tell-shell', host: c.job.host, input: { type: 'connected', conn: id } });
    return;
  }
  const host = t.host(c.client);
  const what = jobContent(t, c.job);
  if (!host || !what) return;
  const smarthost = host.mta?.smarthost === c.server;
  const step = startClient({
    heloName: host.name,
    envelope: what.envelope,
    content: what.content,
    usePipelining: true,
    startTls: host.faults.starttls ? 'if-offered' : 'never',
    ...(smarthost && host.mta?.auth ? { auth: host.mta.auth } : {}),
  });
  t.setConn({ ...c, clientSession: step.state });
}

const EIGHTBIT = /^250[ -]8BITMIME\s*$/im;

/** RFC 6152 §3: seen in the EHLO (or HELO) answer that the next hop cannot take 8-bit data, convert it now. */
function downgradeIfNeeded(s: ClientSession, bytes: Uint8Array, content: Uint8Array | undefined): { session: ClientSession; note?: string } {
  const waiting = s.awaiting[0]?.kind;
  if ((waiting !== 'ehlo' && waiting !== 'helo') || !s.transaction.eightBit || !content) return { session: s };
  const text = latin1String(bytes);
  if (!/^250 /m.test(text) || EIGHTBIT.test(text)) return { session: s };
  const down = downgradeTo7bit(content);
  if (!down.changed) return { session: s };
  const note = `The next hop does not offer 8BITMIME, so the 8-bit content is converted before sending: ${down.notes.join('; ')}.`;
  return { session: { ...s, transaction: newTransaction(s.transaction.envelope, down.bytes) }, note };
}

/** `mail --debug-level=2` shows the user agent's side of the dialogue. */
function showDialogue(t: Tick, c: Connection, prefix: 'C' | 'S', bytes: Uint8Array): void {
  if (c.job.type !== 'submit' || !c.job.debug || !c.job.shell || bytes.length === 0) return;
  for (const line of latin1String(bytes).split('\r\n').slice(0, -1)) t.cause({ type: 'tell-shell', host: c.job.host, input: { type: 'dialogue', text: `${prefix}: ${line}` } });
}

function afterStep(t: Tick, id: string, step: ClientStep): void {
  const c = t.conn(id);
  if (!c) return;
  showDialogue(t, c, 'C', step.output);
  t.setConn({ ...c, clientSession: step.state });
  t.cause({ type: 'send', conn: id, from: 'client', bytes: step.output, records: step.records.filter((r) => r.from === 'client') });
  for (const e of step.effects) {
    if (e.type === 'start-tls') t.later(t.delay(c.client, c.server), { type: 'tls-handshake', conn: id });
    else t.cause({ type: 'close', conn: id, side: 'client' });
  }
  if (step.report) t.cause({ type: 'job-done', conn: c, report: step.report });
}

export function clientReceives(t: Tick, c: Connection, bytes: Uint8Array, sent: TranscriptRecord[]): void {
  if (c.job.type === 'terminal' || !c.clientSession) {
    t.cause({ type: 'record-segment', conn: c, from: 'server', bytes, records: sent });
    if (c.job.type === 'terminal') t.cause({ type: 'tell-shell', host: c.job.host, input: { type: 'data', conn: c.id, bytes } });
    return;
  }
  const { session, note } = downgradeIfNeeded(c.clientSession, bytes, jobContent(t, c.job)?.content);
  const step = stepClient(session, { type: 'bytes', bytes });
  t.cause({ type: 'record-segment', conn: c, from: 'server', bytes, records: sent, ...(note ? { note: { text: note, rfc: 'RFC 6152 §3' } } : {}) });
  showDialogue(t, c, 'S', bytes);
  afterStep(t, c.id, step);
}

/** The server's FIN (or a reset) reached the client. */
export function clientClosed(t: Tick, { conn: c }: Cause & { type: 'peer-closed' }): void {
  if (c.job.type === 'terminal') {
    t.cause({ type: 'tell-shell', host: c.job.host, input: { type: 'closed', conn: c.id } });
    return;
  }
  if (c.clientSession && c.clientSession.phase !== 'done') afterStep(t, c.id, stepClient(c.clientSession, { type: 'closed' }));
}

/** Both machines learn that the (simulated) TLS hand-shake is done (RFC 3207 §4). */
export function tlsEstablished(t: Tick, c: Connection): void {
  t.record({
    from: c.client,
    to: c.server,
    layer: 'tcp',
    kind: 'tls',
    summary: `TLS hand-shake ${c.client} ⇄ ${c.server}`,
    explanation: 'From here on an observer on this link sees only that these two addresses speak on port 25: everything else is encrypted.',
    rfc: 'RFC 3207 §4',
    connection: c.id,
    encrypted: true,
    ...(c.messageId ? { messageId: c.messageId } : {}),
  });
  const server = c.session ? stepSession(c.session, { type: 'tls-established', now: t.now }) : undefined;
  t.setConn({ ...c, tls: true, ...(server ? { session: server.state } : {}) });
  if (server) t.cause({ type: 'send', conn: c.id, from: 'server', bytes: server.output, records: server.records.filter((r) => r.from === 'server') });
  if (c.clientSession) afterStep(t, c.id, stepClient(c.clientSession, { type: 'tls-established' }));
  else if (c.job.type === 'terminal') t.cause({ type: 'tell-shell', host: c.job.host, input: { type: 'tls', conn: c.id } });
}
