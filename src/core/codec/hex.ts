// Hex digits as quoted-printable (RFC 2045 §6.7 rule 1) and the Q encoding
// (RFC 2047 §4.2) write them: upper case when encoding; either case is read,
// and the decoder reports lower case as a deviation.

export const HEX_DIGITS = '0123456789ABCDEF';

const VALUE = new Int8Array(128).fill(-1);
for (let i = 0; i < 16; i++) {
  VALUE[HEX_DIGITS.charCodeAt(i)] = i;
  VALUE[HEX_DIGITS.toLowerCase().charCodeAt(i)] = i;
}

/** The value of a hex digit's UTF-16 code unit, either case, or -1 (also for NaN, past the end of a string). */
export function hexValue(code: number): number {
  return code < 128 ? VALUE[code]! : -1;
}
