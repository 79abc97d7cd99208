// UTF-8 (RFC 3629) for the short byte strings of encoded-words and
// parameters, where calling TextDecoder costs more than decoding in place,
// and the offset of the first ill-formed sequence, for the error list.

/** Offset of the first byte that starts an ill-formed sequence (RFC 3629 §4). */
export function firstBadUtf8(bytes: Uint8Array): number {
  const n = bytes.length;
  let i = 0;
  while (i < n) {
    const lead = bytes[i]!;
    if (lead < 0x80) {
      i++;
      continue;
    }
    const trail = lead >= 0xc2 && lead <= 0xdf ? 1 : lead >= 0xe0 && lead <= 0xef ? 2 : lead >= 0xf0 && lead <= 0xf4 ? 3 : 0;
    if (trail === 0) return i;
    // The second byte's range excludes overlong forms, surrogates and code points past U+10FFFF.
    const lo = lead === 0xe0 ? 0xa0 : lead === 0xf0 ? 0x90 : 0x80;
    const hi = lead === 0xed ? 0x9f : lead === 0xf4 ? 0x8f : 0xbf;
    const second = bytes[i + 1] ?? -1;
    if (second < lo || second > hi) return i;
    for (let k = 2; k <= trail; k++) if (((bytes[i + k] ?? 0) & 0xc0) !== 0x80) return i;
    i += trail + 1;
  }
  return n;
}


/** Below this length a JavaScript loop beats a call to TextDecoder. */
export const SHORT_UTF8 = 256;
const units = new Uint16Array(SHORT_UTF8);

/**
 * Decodes bytes already known to be well-formed UTF-8 and at most
 * SHORT_UTF8 long; a leading BOM is dropped, as TextDecoder does.
 */
export function decodeShortUtf8(bytes: Uint8Array): string {
  const n = bytes.length;
  let i = n >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? 3 : 0;
  let u = 0;
  while (i < n) {
    const lead = bytes[i]!;
    if (lead < 0x80) {
      units[u++] = lead;
      i++;
    } else if (lead < 0xe0) {
      units[u++] = ((lead & 0x1f) << 6) | (bytes[i + 1]! & 63);
      i += 2;
    } else if (lead < 0xf0) {
      units[u++] = ((lead & 0x0f) << 12) | ((bytes[i + 1]! & 63) << 6) | (bytes[i + 2]! & 63);
      i += 3;
    } else {
      const cp = ((lead & 7) << 18) | ((bytes[i + 1]! & 63) << 12) | ((bytes[i + 2]! & 63) << 6) | (bytes[i + 3]! & 63);
      units[u++] = 0xd7c0 + (cp >> 10);
      units[u++] = 0xdc00 | (cp & 0x3ff);
      i += 4;
    }
  }
  return String.fromCharCode.apply(null, units.subarray(0, u) as unknown as number[]);
}
