// TCP as events (RFC 793 §3.4, §3.5): a three-way handshake before the
// server says anything (that is why the 220 comes after SYN, SYN-ACK, ACK),
// segments carrying the SMTP lines, FIN from each side at the end; a reset
// when no one listens on the port, silence and a time-out when the host is
// down.
import { latin1String } from '../../codec/ascii';
import { partAfterServerBytes, tagClientBytes } from '../observe/index';
import { findHost, type Action, type Cause, type Connection, type Job, type Side, type TaggedRange, type Tick } from '../world/index';

/** How long a client waits for a SYN-ACK before giving up (Postfix smtp_connect_timeout). */
const CONNECT_TIMEOUT = 30_000;

export function connect(t: Tick, job: Job, from: string, address: string, port = 25, messageId?: string): void {
  const client = t.host(from);
  const server = findHost(t.world, address);
  if (!client) return;
  const conn: Connection = {
    id: t.id('c'),
    client: from,
    server: server?.name ?? address,
    clientAddress: client.address,
    // RFC 6335 §6: clients pick their port from the dynamic range.
    clientPort: 49152 + Math.floor(t.random() * 16384),
    serverAddress: address,
    port,
    state: 'syn-sent',
    job,
    tls: false,
    part: 'command',
    finFrom: { client: false, server: false },
    finIn: { client: false, server: false },
    arrival: { client: 0, server: 0 },
    ...(messageId ? { messageId } : {}),
  };
  t.setConn(conn);
  t.later(t.delay(from, conn.server), { type: 'syn', conn: conn.id });
}

function tcpEvent(t: Tick, c: Connection, from: Side, kind: string, summary: string, explanation: string, rfc = 'RFC 793 §3.4'): void {
  t.record({
    from: from === 'client' ? c.client : c.server,
    to: from === 'client' ? c.server : c.client,
    layer: 'tcp',
    kind,
    summary: `${summary}  ${c.clientAddress}:${c.clientPort} ${from === 'client' ? '→' : '←'} ${c.serverAddress}:${c.port}`,
    explanation,
    rfc,
    connection: c.id,
    ...(c.messageId ? { messageId: c.messageId } : {}),
  });
}

export function onSyn(t: Tick, c: Connection): void {
  const server = t.host(c.server);
  if (!server || server.faults.down) {
    tcpEvent(t, c, 'client', 'syn', 'SYN (no answer)', `${c.server} is down: the SYN is lost and nothing comes back, so ${c.client} waits until its connect time-out.`);
    t.later(CONNECT_TIMEOUT, { type: 'connect-timeout', conn: c.id });
    return;
  }
  tcpEvent(t, c, 'client', 'syn', 'SYN', `${c.client} asks to open a connection to port ${c.port}: the first of the three-way handshake.`);
  if (!server.mta || c.port !== 25) t.later(t.delay(c.server, c.client), { type: 'rst', conn: c.id });
  else t.later(t.delay(c.server, c.client), { type: 'syn-ack', conn: c.id });
}

export function onSynAck(t: Tick, c: Connection): void {
  tcpEvent(t, c, 'server', 'syn-ack', 'SYN-ACK', `${c.server} accepts: the second step of the handshake.`);
  transmit(t, { ...c, state: 'open' }, 'client', { type: 'ack', conn: c.id });
  t.cause({ type: 'connected', conn: c.id });
}

export function onAck(t: Tick, c: Connection): void {
  tcpEvent(t, c, 'client', 'ack', 'ACK', `The handshake is complete. The server speaks first in SMTP: ${c.client} now waits for its 220 greeting.`, 'RFC 5321 §3.1');
  t.cause({ type: 'accepted', conn: c.id });
}

export function onReset(t: Tick, c: Connection): void {
  tcpEvent(t, c, 'server', 'rst', 'RST', `Nothing listens on port ${c.port} of ${c.server}: it answers the SYN with a reset and the connection is refused.`, 'RFC 793 §3.4');
  t.dropConn(c.id);
  t.cause({ type: 'job-failed', job: c.job, reason: 'refused', text: `connect to ${c.server}[${c.serverAddress}]:${c.port}: Connection refused` });
}

export function onConnectTimeout(t: Tick, c: Connection): void {
  t.record({
    from: c.client,
    to: c.client,
    layer: 'tcp',
    kind: 'timeout',
    summary: `connect to ${c.server}[${c.serverAddress}]:${c.port}: Connection timed out`,
    explanation: `No SYN-ACK came back within ${CONNECT_TIMEOUT / 1000} s, so ${c.client} gives up on this host.`,
    rfc: 'RFC 5321 §4.5.3.2',
    connection: c.id,
    ...(c.messageId ? { messageId: c.messageId } : {}),
  });
  t.dropConn(c.id);
  t.cause({ type: 'job-failed', job: c.job, reason: 'timeout', text: `connect to ${c.server}[${c.serverAddress}]:${c.port}: Connection timed out` });
}

/** Schedules what one side sends; TCP delivers in order, so nothing overtakes what went before (RFC 793 §1.5). */
function transmit(t: Tick, c: Connection, from: Side, action: Action): Connection {
  const [a, b] = from === 'client' ? [c.client, c.server] : [c.server, c.client];
  const at = Math.max(t.now + t.delay(a, b), c.arrival[from]);
  t.later(at - t.now, action);
  const next = { ...c, arrival: { ...c.arrival, [from]: at } };
  t.setConn(next);
  return next;
}

/** Puts bytes on the wire from one side; they arrive one link delay later. */
export function sendSegment(t: Tick, { conn: id, from, bytes, records, typed }: Cause & { type: 'send' }): void {
  const c = t.conn(id);
  if (!c || bytes.length === 0 || c.finFrom[from]) return;
  // A line a person typed is one event, the SMTP line on the wire (issue 10 §2): it reaches
  // the server within the step of the input, unless earlier bytes are still in flight before it.
  if (typed && !t.recorded && c.arrival[from] <= t.now) t.cause({ type: 'arrived', conn: id, from, bytes, records });
  else transmit(t, c, from, { type: 'segment', conn: id, from, bytes, records });
}

function clientSummary(bytes: Uint8Array): string {
  const nl = bytes.indexOf(0x0a);
  const first = latin1String(bytes.subarray(0, Math.min(nl < 0 ? bytes.length : nl, 160))).replace(/\r$/, '');
  return `C: ${first}${nl >= 0 && nl < bytes.length - 1 ? ' …' : ''}`;
}

/** The last line of each reply (RFC 5321 §4.2.1: "code SP text" ends a reply), so a 451 in a pipelined batch shows on the timeline. */
function serverSummary(bytes: Uint8Array): string {
  const text = latin1String(bytes.subarray(0, 2048));
  const finals = text.split('\r\n').filter((l) => /^\d{3}( |$)/.test(l));
  const first = text.slice(0, Math.max(0, text.indexOf('\r\n'))) || text.slice(0, 160);
  const shown = finals.length > 1 ? finals.join(' · ') : first;
  return `S: ${shown.length > 160 ? `${shown.slice(0, 159)}…` : shown}`;
}

/** Records a segment's arrival, with its envelope/header/body ranges, and moves the stream's place on. */
export function recordSegment(t: Tick, { conn: c, from, bytes, records, note }: Cause & { type: 'record-segment' }): void {
  let ranges: TaggedRange[] = [];
  let part = c.part;
  if (from === 'client') ({ ranges, part } = tagClientBytes(c.part, bytes));
  else part = partAfterServerBytes(c.part, bytes);
  t.setConn({ ...c, part });
  const lines = records.filter((r) => r.from === from);
  const summary = from === 'client' ? clientSummary(bytes) : serverSummary(bytes);
  t.record({
    from: from === 'client' ? c.client : c.server,
    to: from === 'client' ? c.server : c.client,
    layer: 'smtp',
    kind: 'segment',
    bytes,
    ranges,
    summary,
    explanation: [...lines.map((r) => r.explanation.meaning).filter((m, i, all) => all.indexOf(m) === i).slice(0, 4), ...(note ? [note.text] : [])].join(' ') || 'Bytes on an open SMTP connection.',
    rfc: note?.rfc ?? lines[0]?.explanation.rfc ?? 'RFC 5321 §2.3.8',
    connection: c.id,
    ...(c.tls ? { encrypted: true } : {}),
    ...(c.messageId ? { messageId: c.messageId } : {}),
  });
}

/** One side closes: its FIN goes out after anything it already sent. */
export function close(t: Tick, id: string, side: Side): void {
  const c = t.conn(id);
  if (!c || c.finFrom[side]) return;
  transmit(t, { ...c, state: 'closing', finFrom: { ...c.finFrom, [side]: true } }, side, { type: 'fin', conn: id, from: side });
}

export function onFin(t: Tick, c: Connection, from: Side): void {
  const other: Side = from === 'client' ? 'server' : 'client';
  tcpEvent(t, c, from, 'fin', 'FIN', `${from === 'client' ? c.client : c.server} has nothing more to send and closes its half of the connection.`, 'RFC 793 §3.5');
  const next = { ...c, finIn: { ...c.finIn, [from]: true } };
  if (next.finIn[other]) {
    t.dropConn(c.id);
    return;
  }
  t.setConn(next);
  if (other === 'client') t.cause({ type: 'peer-closed', conn: next });
  close(t, c.id, other);
}
