// FNV-1a, 64-bit (Fowler, Noll, Vo; draft-eastlake-fnv §2): the one hash of
// the share format, for the digest of a replayed log and the hash of a
// scenario's data. Not cryptographic: it tells an honest replay from a
// changed one, which is all a link needs. Streaming, so the digest of every
// prefix of a log comes with no extra pass.

/** The running state of FNV-1a 64 as its high and low 32-bit halves. */
export type Fnv = { hi: number; lo: number };

/** The offset basis 0xcbf29ce484222325. */
export const FNV_START: Fnv = { hi: 0xcbf29ce4, lo: 0x84222325 };

/**
 * The state after the first `length` octets of `bytes`: xor each in, then
 * multiply by the prime 2^40 + 0x1b3 mod 2^64. Computed on four 16-bit
 * limbs (a the lowest) held in locals, where every product is a small
 * integer: BigInt would cost a hundred times more per byte, 32-bit halves a
 * float division per byte. Times 0x1b3 limb by limb; times 2^40 is two limbs
 * up and 8 bits left, so a lands in c and b in d; then the carries.
 */
function fnvOctets(state: Fnv, bytes: Uint8Array, length: number): Fnv {
  let a = state.lo & 0xffff;
  let b = state.lo >>> 16;
  let c = state.hi & 0xffff;
  let d = state.hi >>> 16;
  for (let i = 0; i < length; i++) {
    const x = a ^ bytes[i]!;
    const na = x * 0x1b3;
    const nb = b * 0x1b3 + (na >>> 16);
    const nc = c * 0x1b3 + (x << 8) + (nb >>> 16);
    d = (d * 0x1b3 + (b << 8) + (nc >>> 16)) & 0xffff;
    c = nc & 0xffff;
    b = nb & 0xffff;
    a = na & 0xffff;
  }
  return { hi: ((d << 16) | c) >>> 0, lo: ((b << 16) | a) >>> 0 };
}

export function fnvBytes(state: Fnv, bytes: Uint8Array): Fnv {
  return fnvOctets(state, bytes, bytes.length);
}

const ENCODER = new TextEncoder();
// A log's digest hashes a line of JSON per event: its UTF-8 is written here,
// reused, rather than into a new array each time. UTF-8 is at most 3 bytes
// per UTF-16 unit; a longer text (a whole link) gets an array of its own,
// so this one stays small.
const SCRATCH = new Uint8Array(64 * 1024);

/** The state after the text's UTF-8 (as TextEncoder writes it: a lone surrogate is U+FFFD). */
export function fnvText(state: Fnv, text: string): Fnv {
  const into = text.length * 3 <= SCRATCH.length ? SCRATCH : new Uint8Array(text.length * 3);
  return fnvOctets(state, into, ENCODER.encodeInto(text, into).written);
}

/** Sixteen lowercase hex digits. */
export function fnvHex(state: Fnv): string {
  return state.hi.toString(16).padStart(8, '0') + state.lo.toString(16).padStart(8, '0');
}

/** The hash of a string (as UTF-8) in hex. */
export function hashText(text: string): string {
  return fnvHex(fnvText(FNV_START, text));
}
