// What a handler causes at once, in the same step, in another concept: it
// records the cause on the tick and the one dispatcher (net/dispatch.ts)
// routes it to its handler, so no room of the world calls into another and
// the import graph has no circle.
import type { DnsAnswer, DnsQuestion } from '../../dns/index';
import type { ShellInput } from '../../shell/types';
import type { ClientReport } from '../../smtp/client/types';
import type { TranscriptRecord } from '../../smtp/types';
import type { Job, Purpose, Side } from './actions';
import type { Connection } from './connection';

/**
 * Caused at once, inside the step that causes it, in the order caused: the
 * same order the handlers ran in when they called each other directly, so
 * the event log is the same byte for byte.
 */
export type Cause =
  /** Ask DNS on behalf of a host (the cache first, else a query to the name server). */
  | { type: 'resolve'; host: string; question: DnsQuestion; purpose: Purpose }
  /** A DNS answer is in (from the cache or the name server): whoever asked goes on, by purpose. */
  | { type: 'answered'; purpose: Purpose; question: DnsQuestion; answer: DnsAnswer }
  /** Find the job's next address and open its TCP connection. */
  | { type: 'start-job'; job: Job }
  /** Bytes one side puts on the wire; `typed`: a line a person typed, which arrives within this step when nothing is in flight before it. */
  | { type: 'send'; conn: string; from: Side; bytes: Uint8Array; records: TranscriptRecord[]; typed?: boolean }
  /** Bytes that reach the other end within this step (a typed line): the segment's one event. */
  | { type: 'arrived'; conn: string; from: Side; bytes: Uint8Array; records: TranscriptRecord[] }
  /** One side closes its half of the connection. */
  | { type: 'close'; conn: string; side: Side }
  /** The one event of a segment's arrival, `conn` as the receiving end saw it. */
  | { type: 'record-segment'; conn: Connection; from: Side; bytes: Uint8Array; records: TranscriptRecord[]; note?: { text: string; rfc: string } }
  /** The SYN-ACK reached the client. */
  | { type: 'connected'; conn: string }
  /** The handshake is complete at the server. */
  | { type: 'accepted'; conn: string }
  /** The server's FIN reached the client. */
  | { type: 'peer-closed'; conn: Connection }
  /** The job's connection could not be opened. */
  | { type: 'job-failed'; job: Job; reason: 'refused' | 'timeout' | 'no-address'; text: string }
  /** The client machine is done with the job's transaction. */
  | { type: 'job-done'; conn: Connection; report: ClientReport }
  /** Tell a host's shell something. */
  | { type: 'tell-shell'; host: string; input: ShellInput };
