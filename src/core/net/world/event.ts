// One record of the event log, the value every view of the Simulator
// renders from (DESIGN.md "Core contracts"): the animation, the terminal
// transcript, the timeline and the inspector are four views of these.
import { latin1String } from '../../codec/ascii';

/** `config`: a fault or policy switched on a node by a person, one event a switch. */
export type Layer = 'tcp' | 'dns' | 'smtp' | 'delivery' | 'ua' | 'config';

/** Every layer, in the order a view lists them. */
export const LAYERS: readonly Layer[] = ['tcp', 'dns', 'smtp', 'delivery', 'ua', 'config'];

/** Which part of a message some bytes are: the envelope (MAIL/RCPT), the header section or the body (RFC 5321 §2.3.1). */
export type Part = 'envelope' | 'header' | 'body';

/** A half-open byte range [start, end) of `bytes`, tagged with its part. */
export type TaggedRange = { start: number; end: number; part: Part };

export type WorldEvent = {
  /** 1 for the first event; `seek(n)` gives the world right after event n. */
  seq: number;
  /** Simulated time, milliseconds since the epoch. */
  time: number;
  /** Host names; equal when something happens inside one host. */
  from: string;
  to: string;
  layer: Layer;
  /** What happened: 'syn', 'segment', 'query', 'append', 'bounce', 'shell-input' … */
  kind: string;
  /** The exact bytes on the wire (or written to a mailbox), empty when nothing travelled. */
  bytes: Uint8Array;
  ranges: TaggedRange[];
  /** One line for the timeline. */
  summary: string;
  /** For learners: what this means, in a sentence or two. */
  explanation: string;
  /** Where the standard says so: 'RFC 5321 §4.1.1.1'. */
  rfc: string;
  /** The Message-ID (or queue id) of the message the event belongs to. */
  messageId?: string;
  /** The TCP connection the event travels on. */
  connection?: string;
  /** True once the connection runs over (simulated) TLS: an observer sees only ciphertext. */
  encrypted?: boolean;
};

/**
 * One JSON line for the event. Bytes are written as a latin1 string, which
 * maps each octet to one code point, so the line is exact and readable.
 */
export function eventJson(e: WorldEvent): string {
  return JSON.stringify({ ...e, bytes: latin1String(e.bytes) });
}
