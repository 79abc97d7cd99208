// windows-1252, the charset behind most mail labelled ISO-8859-1 or
// US-ASCII (WHATWG Encoding Standard, index-windows-1252). Decoded by table
// because Node's TextDecoder (v20) reads these labels as true ISO-8859-1.

/** The WHATWG index: ISO-8859-1 except 0x80–0x9F. */
const WINDOWS_1252 = new Uint16Array(256);
for (let b = 0; b < 256; b++) WINDOWS_1252[b] = b;
[0x20ac, 0x81, 0x201a, 0x192, 0x201e, 0x2026, 0x2020, 0x2021, 0x2c6, 0x2030, 0x160, 0x2039, 0x152, 0x8d, 0x17d, 0x8f,
 0x90, 0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014, 0x2dc, 0x2122, 0x161, 0x203a, 0x153, 0x9d, 0x17e, 0x178].forEach(
  (cp, i) => (WINDOWS_1252[0x80 + i] = cp),
);
/** Below this length, adding characters one by one beats building an array. */
const SHORT = 32;
/** Code units per String.fromCharCode.apply call, well under engines' argument limits. */
const CHUNK = 8192;

export function decodeWindows1252(bytes: Uint8Array): string {
  if (bytes.length <= SHORT) {
    let text = '';
    for (let i = 0; i < bytes.length; i++) text += String.fromCharCode(WINDOWS_1252[bytes[i]!]!);
    return text;
  }
  const units = new Uint16Array(Math.min(bytes.length, CHUNK));
  let text = '';
  for (let start = 0; start < bytes.length; start += CHUNK) {
    const end = Math.min(start + CHUNK, bytes.length);
    for (let i = start; i < end; i++) units[i - start] = WINDOWS_1252[bytes[i]!]!;
    text += String.fromCharCode.apply(null, units.subarray(0, end - start) as unknown as number[]);
  }
  return text;
}
