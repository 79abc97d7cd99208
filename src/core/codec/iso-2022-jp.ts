// ISO-2022-JP (RFC 1468) as mail writes it. Encoders often switch back to
// ASCII and at once out again (`ESC ( B ESC $ B`), at a line end, a word
// end or a quoted-printable soft break. RFC 1468 allows it; the WHATWG
// decoder, built for web pages, makes an escape sequence right after
// another an error and writes U+FFFD (Encoding Standard §12.2.1, the
// "output flag"), so `（買物）` would read `（�買物�）`. An escape sequence
// followed at once by another changes nothing, so it is dropped first.

const ESC = 0x1b;

/** The escape sequences of RFC 1468 (and JIS X 0201 katakana, which WHATWG reads), all three bytes. */
function escapeAt(bytes: Uint8Array, i: number): boolean {
  if (bytes[i] !== ESC) return false;
  const a = bytes[i + 1];
  const b = bytes[i + 2];
  if (a === 0x28) return b === 0x42 || b === 0x4a || b === 0x49;
  if (a === 0x24) return b === 0x40 || b === 0x42;
  return false;
}

/** The bytes without escape sequences that another follows at once (see above). */
export function dropIdleEscapes(bytes: Uint8Array): Uint8Array {
  let first = bytes.indexOf(ESC);
  while (first !== -1 && !(escapeAt(bytes, first) && escapeAt(bytes, first + 3))) first = bytes.indexOf(ESC, first + 1);
  if (first === -1) return bytes;
  const out = new Uint8Array(bytes.length);
  out.set(bytes.subarray(0, first));
  let o = first;
  for (let i = first; i < bytes.length; ) {
    if (escapeAt(bytes, i) && escapeAt(bytes, i + 3)) {
      i += 3;
      continue;
    }
    out[o++] = bytes[i++]!;
  }
  return out.subarray(0, o);
}
