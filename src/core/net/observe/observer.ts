// What someone tapping a link sees of an event: without STARTTLS, every
// byte; after STARTTLS, only that two addresses talked on port 25 and how
// much (RFC 3207 §6); with an end-to-end encrypted body (OpenPGP, RFC 4880
// §6.2), the envelope and headers in clear but not what the body says.
import { latin1String } from '../../codec/ascii';
import type { WorldEvent } from '../world/index';

export type Observation = {
  sees: 'everything' | 'envelope-and-headers' | 'connection-only' | 'nothing';
  /** The bytes the observer captures; for TLS, a stand-in of the same length. */
  bytes: Uint8Array;
  note: string;
};

const PGP = '-----BEGIN PGP MESSAGE-----';

/** Whether the event travelled on the link between hosts a and b (either way). */
export function onLink(e: WorldEvent, a: string, b: string): boolean {
  return (e.from === a && e.to === b) || (e.from === b && e.to === a);
}

/** A deterministic stand-in for ciphertext: the observer learns the length, nothing else. */
function ciphertext(length: number, seq: number): Uint8Array {
  const out = new Uint8Array(length);
  let x = (seq * 2654435761) >>> 0 || 1;
  for (let i = 0; i < length; i++) {
    x ^= x << 13;
    x ^= x >>> 17;
    x ^= x << 5;
    out[i] = x & 0xff;
  }
  return out;
}

export function observe(e: WorldEvent): Observation {
  if (e.from === e.to) return { sees: 'nothing', bytes: new Uint8Array(0), note: `This happens inside ${e.from}; nothing crosses a link.` };
  if (e.encrypted) {
    return {
      sees: 'connection-only',
      bytes: e.kind === 'segment' ? ciphertext(e.bytes.length, e.seq) : e.bytes,
      note: `TLS: the observer sees that ${e.from} and ${e.to} talk on port 25 and that ${e.bytes.length} bytes went by, but not the envelope, the headers or the body.`,
    };
  }
  if (e.ranges.some((r) => r.part === 'body' && latin1String(e.bytes.subarray(r.start, r.end)).includes(PGP))) {
    return { sees: 'envelope-and-headers', bytes: e.bytes, note: 'No TLS on this hop: the envelope and the headers (From, To, Subject …) are readable, but the body is an OpenPGP block only the recipient can decrypt.' };
  }
  return { sees: 'everything', bytes: e.bytes, note: e.layer === 'smtp' ? 'No TLS on this hop: the observer reads every byte, envelope, headers and body.' : 'Sent in clear: the observer reads every byte.' };
}
