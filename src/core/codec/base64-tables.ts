// Lookup tables and scratch buffers for base64 (RFC 4648 §4). They trade
// about 400 KB for fewer operations per character in the hot loops of
// base64.ts, which handle megabytes of attachments. The biggest, the
// decoder's 256 KB pair table, is made on the first decode, so that a page
// that only loads the core (or only encodes) does not pay for it.

const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';

/** Alphabet index of each UTF-16 code unit, or one of the classes below. */
export const INVALID = -1;
export const SPACE = -2;
export const PAD = -3;
export const SEXTET = new Int8Array(65536).fill(INVALID);
for (let i = 0; i < 64; i++) SEXTET[ALPHABET.charCodeAt(i)] = i;
for (const c of ' \t\r\n') SEXTET[c.charCodeAt(0)] = SPACE;
SEXTET[61] = PAD;

let pairs: Int32Array | undefined;
/**
 * The decoder's table: the 12 bits of each pair of characters, indexed by
 * the two bytes read as one little-endian 16-bit number (first character in
 * the low byte), or -1 if either is outside the alphabet. A quantum is then
 * `(pairs[first two] << 12) | pairs[last two]`, and one sign test says
 * whether all four characters were in the alphabet.
 */
export function sextetPairs(): Int32Array {
  if (pairs) return pairs;
  const t = new Int32Array(65536).fill(-1);
  for (let a = 0; a < 64; a++) {
    for (let b = 0; b < 64; b++) t[ALPHABET.charCodeAt(a) | (ALPHABET.charCodeAt(b) << 8)] = (a << 6) | b;
  }
  return (pairs = t);
}

/** The character of each sextet, as an ASCII byte. */
export const CODE = new Uint8Array(64);
for (let i = 0; i < 64; i++) CODE[i] = ALPHABET.charCodeAt(i);

/**
 * The encoder's table: two characters for each 12 bits, the first in the
 * high byte, written big-endian through a DataView, so 3 bytes become 4
 * characters with two look-ups and one store.
 */
export const PAIR = new Uint16Array(4096);
for (let v = 0; v < 4096; v++) PAIR[v] = (CODE[v >>> 6]! << 8) | CODE[v & 63]!;
/** CR LF as one big-endian 16-bit store (RFC 2045 §6.8 line breaks). */
export const CRLF = (13 << 8) | 10;

/**
 * Characters of input the decoder reads at a time, as bytes: TextEncoder
 * copies a run of ASCII into it natively, and the loop then reads two
 * characters per access instead of one charCodeAt each.
 */
const WINDOW = 65536;
export const WIN = new Uint8Array(WINDOW);
export const WIN_VIEW = new DataView(WIN.buffer);
const ENCODER = new TextEncoder();

/** Copies text[from, from + WINDOW) into WIN as bytes, anything not ASCII as 255 (not base64); returns where it ends. */
export function fillWindow(text: string, from: number): number {
  const to = Math.min(text.length, from + WINDOW);
  const copied = ENCODER.encodeInto(from === 0 && to === text.length ? text : text.substring(from, to), WIN);
  // Every character took one byte only if all of them are ASCII.
  if (copied.read !== to - from || copied.written !== to - from) {
    for (let j = from; j < to; j++) {
      const c = text.charCodeAt(j);
      WIN[j - from] = c < 128 ? c : 255;
    }
  }
  return to;
}
