// Multipart boundaries that cannot occur in the parts they separate
// (RFC 2046 §5.1.1), derived from the content so that the same message
// always gets the same boundary and no randomness is needed.
import { utf8Bytes } from './bytes';

/** FNV-1a, 32 bits, continuing from `seed`. */
function fnv1a(bytes: Uint8Array, seed: number): number {
  let h = seed >>> 0;
  for (let i = 0; i < bytes.length; i++) {
    h ^= bytes[i]!;
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

function hex8(n: number): string {
  return n.toString(16).padStart(8, '0');
}

/** True if `needle` occurs anywhere in `hay`. */
export function containsBytes(hay: Uint8Array, needle: Uint8Array): boolean {
  const first = needle[0];
  if (first === undefined) return true;
  const last = hay.length - needle.length;
  for (let i = hay.indexOf(first); i !== -1 && i <= last; i = hay.indexOf(first, i + 1)) {
    let k = 1;
    while (k < needle.length && hay[i + k] === needle[k]) k++;
    if (k === needle.length) return true;
  }
  return false;
}

/**
 * A boundary for these encoded parts. It starts with `=_`, which neither
 * base64 nor quoted-printable can produce (RFC 2045 §6.7: `=` is followed
 * by hex or a line break), and is checked against the parts anyway; on a
 * collision the next candidate is derived from the previous hash.
 */
export function makeBoundary(parts: readonly Uint8Array[]): string {
  let a = 0x811c9dc5;
  let b = 0x01000193;
  for (const p of parts) {
    a = fnv1a(p, a);
    b = fnv1a(p, b ^ a);
  }
  for (;;) {
    const boundary = `=_smtplab_${hex8(a)}${hex8(b)}`;
    const needle = utf8Bytes(boundary);
    if (!parts.some((p) => containsBytes(p, needle))) return boundary;
    a = Math.imul(a ^ b, 0x01000193) >>> 0;
    b = (b + 0x9e3779b9) >>> 0;
  }
}
