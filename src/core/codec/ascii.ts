// Bytes ↔ strings where every character is one byte: the encoders' ASCII
// output, and the "binary strings" a learner pastes. Built in chunks, never
// one character at a time, because encoders produce megabytes.

const UTF8 = new TextDecoder('utf-8');
/** Below this size String.fromCharCode beats the TextDecoder call overhead. */
const SMALL = 64;
/** Arguments per String.fromCharCode.apply call, well under engines' limits. */
const CHUNK = 8192;

/**
 * The string whose code units are these bytes, which must all be below 0x80:
 * for ASCII, UTF-8 decoding is the identity and engines run it natively.
 */
export function asciiString(bytes: Uint8Array): string {
  if (bytes.length > SMALL) return UTF8.decode(bytes);
  return latin1String(bytes);
}

/** The string whose code units are these bytes (each byte one U+0000–U+00FF). */
export function latin1String(bytes: Uint8Array): string {
  if (bytes.length <= CHUNK) return String.fromCharCode.apply(null, bytes as unknown as number[]);
  const parts: string[] = [];
  for (let i = 0; i < bytes.length; i += CHUNK) {
    parts.push(String.fromCharCode.apply(null, bytes.subarray(i, i + CHUNK) as unknown as number[]));
  }
  return parts.join('');
}

/**
 * The bytes as text, one character a byte (Latin-1), and whether any byte is
 * 8-bit. ASCII read as UTF-8 is itself, and the engine decodes that natively:
 * one character a byte and no U+FFFD. Any byte of 0x80 or more either joins
 * a sequence (fewer characters than bytes) or becomes U+FFFD, and then the
 * bytes are read as Latin-1 instead. Text is what protocol code searches:
 * a string search costs far less than one on a Uint8Array.
 */
export function octetText(bytes: Uint8Array): { text: string; eightBit: boolean } {
  if (bytes.length > SMALL) {
    const text = UTF8.decode(bytes);
    if (text.length === bytes.length && text.indexOf('\uFFFD') < 0) return { text, eightBit: false };
    return { text: latin1String(bytes), eightBit: true };
  }
  const text = latin1String(bytes);
  // Short: a look at each character of the string just made.
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) > 0x7f) return { text, eightBit: true };
  return { text, eightBit: false };
}
