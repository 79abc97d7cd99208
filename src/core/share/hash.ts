// FNV-1a, 64-bit (Fowler, Noll, Vo; draft-eastlake-fnv §2): the one hash of
// the share format, for the digest of a replayed log and the hash of a
// scenario's data. Not cryptographic: it tells an honest replay from a
// changed one, which is all a link needs. Streaming, so the digest of every
// prefix of a log comes with no extra pass. Computed on two 32-bit halves:
// BigInt would cost a hundred times more per byte.
import { utf8Bytes } from '../mime/bytes';

/** The running state of FNV-1a 64 as its high and low 32-bit halves. */
export type Fnv = { hi: number; lo: number };

/** The offset basis 0xcbf29ce484222325. */
export const FNV_START: Fnv = { hi: 0xcbf29ce4, lo: 0x84222325 };

/** The state after `bytes`: xor each octet in, then multiply by the prime 2^40 + 0x1b3. */
export function fnvBytes(state: Fnv, bytes: Uint8Array): Fnv {
  let { hi, lo } = state;
  for (let i = 0; i < bytes.length; i++) {
    lo ^= bytes[i]!;
    // (hi·2^32 + lo)·(2^40 + 0x1b3) mod 2^64: lo·0x1b3 carries into hi, and
    // lo·2^40 lands in hi as lo << 8. Every partial product stays under 2^53.
    const low = (lo >>> 0) * 0x1b3;
    const carry = Math.floor(low / 0x1_0000_0000);
    hi = (hi * 0x1b3 + carry + ((lo << 8) >>> 0)) >>> 0;
    lo = low >>> 0;
  }
  return { hi, lo };
}

export function fnvText(state: Fnv, text: string): Fnv {
  return fnvBytes(state, utf8Bytes(text));
}

/** Sixteen lowercase hex digits. */
export function fnvHex(state: Fnv): string {
  return state.hi.toString(16).padStart(8, '0') + state.lo.toString(16).padStart(8, '0');
}

/** The hash of a string (as UTF-8) in hex. */
export function hashText(text: string): string {
  return fnvHex(fnvText(FNV_START, text));
}
