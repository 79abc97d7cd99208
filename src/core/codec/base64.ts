// Base64 (RFC 4648 §4, used by MIME as RFC 2045 §6.8 says).
//
// The decoder is lenient as RFC 2045 §6.8 asks: line breaks and white space
// are skipped silently, any other character outside the alphabet is skipped
// too but reported with its offset, and so are the padding mistakes a strict
// RFC 4648 decoder would reject (§3.2 padding, §3.3 data after padding,
// §3.5 non-zero pad bits).
import type { CodecError, Decoded } from './types';
import { asciiString } from './ascii';

const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';

/** Alphabet index of each UTF-16 code unit, or one of the classes below. */
const INVALID = -1;
const SPACE = -2;
const PAD = -3;
const SEXTET = new Int8Array(65536).fill(INVALID);
for (let i = 0; i < 64; i++) SEXTET[ALPHABET.charCodeAt(i)] = i;
for (const c of ' \t\r\n') SEXTET[c.charCodeAt(0)] = SPACE;
SEXTET[61] = PAD;

const CODE = new Uint8Array(64);
for (let i = 0; i < 64; i++) CODE[i] = ALPHABET.charCodeAt(i);
/** Two characters for each 12 bits, laid out for a Uint16Array in this machine's byte order. */
const LITTLE_ENDIAN = new Uint8Array(Uint16Array.of(1).buffer)[0] === 1;
const PAIR = new Uint16Array(4096);
for (let v = 0; v < 4096; v++) {
  const first = CODE[v >>> 6]!;
  const second = CODE[v & 63]!;
  PAIR[v] = LITTLE_ENDIAN ? first | (second << 8) : (first << 8) | second;
}

/** The alphabet index of one character (for the explain path), or -1. */
export function base64Index(code: number): number {
  const t = SEXTET[code & 0xffff]!;
  return t >= 0 ? t : -1;
}

export function base64Encode(data: Uint8Array, options?: { lineLength?: number }): string {
  const n = data.length;
  const out = new Uint8Array(Math.ceil(n / 3) * 4);
  const pairs = new Uint16Array(out.buffer);
  const whole = n - (n % 3);
  let p = 0;
  for (let i = 0; i < whole; i += 3) {
    const v = (data[i]! << 16) | (data[i + 1]! << 8) | data[i + 2]!;
    pairs[p] = PAIR[v >>> 12]!;
    pairs[p + 1] = PAIR[v & 4095]!;
    p += 2;
  }
  const o = p * 2;
  if (n - whole === 1) {
    const v = data[whole]!;
    out[o] = CODE[v >>> 2]!;
    out[o + 1] = CODE[(v & 3) << 4]!;
    out[o + 2] = 61;
    out[o + 3] = 61;
  } else if (n - whole === 2) {
    const v = (data[whole]! << 8) | data[whole + 1]!;
    out[o] = CODE[v >>> 10]!;
    out[o + 1] = CODE[(v >>> 4) & 63]!;
    out[o + 2] = CODE[(v & 15) << 2]!;
    out[o + 3] = 61;
  }
  const lineLength = Math.floor(options?.lineLength ?? 0);
  return asciiString(lineLength > 0 ? breakLines(out, lineLength) : out);
}

/** Inserts CRLF after every `width` characters (RFC 2045 §6.8: lines of at most 76). */
function breakLines(chars: Uint8Array, width: number): Uint8Array {
  const lines = Math.ceil(chars.length / width);
  if (lines <= 1) return chars;
  const out = new Uint8Array(chars.length + (lines - 1) * 2);
  let o = 0;
  for (let i = 0; i < chars.length; i += width) {
    if (i > 0) {
      out[o++] = 13;
      out[o++] = 10;
    }
    const line = chars.subarray(i, i + width);
    out.set(line, o);
    o += line.length;
  }
  return out;
}

export function base64Decode(text: string): Decoded {
  const n = text.length;
  const r = new Base64Reader(new Uint8Array(Math.ceil(n / 4) * 3 + 3));
  const out = r.out;
  let i = 0;
  while (i < n) {
    if (r.idle()) {
      // The hot path: whole quanta of alphabet characters.
      let o = r.o;
      while (i + 4 <= n) {
        const a = SEXTET[text.charCodeAt(i)]!;
        const b = SEXTET[text.charCodeAt(i + 1)]!;
        const c = SEXTET[text.charCodeAt(i + 2)]!;
        const d = SEXTET[text.charCodeAt(i + 3)]!;
        if ((a | b | c | d) < 0) break;
        out[o] = (a << 2) | (b >>> 4);
        out[o + 1] = ((b & 15) << 4) | (c >>> 2);
        out[o + 2] = ((c & 3) << 6) | d;
        o += 3;
        i += 4;
      }
      r.o = o;
      if (i >= n) break;
    }
    r.feed(text, i++);
  }
  r.end(n);
  return { bytes: out.slice(0, r.o), errors: r.errors };
}

/**
 * What one character did to the reader (the explain path draws steps from
 * it): skipped as white space, rejected (outside the alphabet, or an '='
 * with nothing to pad), held in the open quantum, completed it, or closed it
 * early ("TW=F") and opened a new one.
 */
export type Fed = 'space' | 'rejected' | 'held' | 'completed' | 'reopened';

/**
 * The character-at-a-time decoder: the fast path falls back to it at line
 * breaks and anything unusual, and the explain path runs on it alone, so
 * both tolerate and report exactly the same things.
 */
export class Base64Reader {
  readonly out: Uint8Array;
  readonly errors: CodecError[] = [];
  o = 0;
  acc = 0;
  /** Sextets held in the open quantum, and '=' seen after them. */
  held = 0;
  pads = 0;
  /** A padded quantum just ended: more data is reported (RFC 4648 §3.3). */
  padded = false;

  constructor(out: Uint8Array) {
    this.out = out;
  }

  idle(): boolean {
    return this.held === 0 && this.pads === 0 && !this.padded;
  }

  feed(text: string, i: number): Fed {
    const t = SEXTET[text.charCodeAt(i)]!;
    let fed: Fed = 'held';
    if (t >= 0) {
      if (this.pads > 0) {
        this.errors.push({ offset: i, message: "data after '=' inside a quantum: expected a second '='" });
        this.flush(i);
        fed = 'reopened';
      } else if (this.padded) {
        this.errors.push({ offset: i, message: 'data after the padding that ended the base64 text (RFC 4648 §3.3)' });
      }
      this.padded = false;
      this.acc = (this.acc << 6) | t;
      if (++this.held < 4) return fed;
      const acc = this.acc;
      this.out[this.o] = acc >>> 16;
      this.out[this.o + 1] = (acc >>> 8) & 255;
      this.out[this.o + 2] = acc & 255;
      this.o += 3;
      this.acc = 0;
      this.held = 0;
      return 'completed';
    }
    if (t === PAD) {
      if (this.held < 2) {
        const message = this.held === 0 ? "stray '=': no quantum to pad" : "'=' after a single character: a quantum needs at least two";
        this.errors.push({ offset: i, message });
        return this.held === 0 ? 'rejected' : 'held';
      }
      if (this.held === 3 || ++this.pads === 2) {
        this.flush(i);
        this.padded = true;
        return 'completed';
      }
      return 'held';
    }
    if (t === INVALID) {
      this.errors.push({ offset: i, message: `'${text[i]}' is not in the base64 alphabet (RFC 4648 §4)` });
      return this.held + this.pads === 0 ? 'rejected' : 'held';
    }
    return this.held + this.pads === 0 ? 'space' : 'held';
  }

  /** At the end of the text: finishes or drops the open quantum. */
  end(n: number): void {
    if (this.held === 1) {
      this.errors.push({ offset: n, message: 'a lone final character holds only 6 bits, not a byte; dropped' });
    } else if (this.held > 1) {
      if (this.pads === 0) this.errors.push({ offset: n, message: "missing '=' padding at the end (RFC 4648 §3.2)" });
      else this.errors.push({ offset: n, message: "missing the second '=' at the end (RFC 4648 §3.2)" });
      this.flush(n);
    }
    this.acc = 0;
    this.held = 0;
    this.pads = 0;
  }

  /** Writes the 1 or 2 bytes of a short quantum of 2 or 3 sextets. */
  private flush(offset: number): void {
    const acc = this.acc;
    const spare = this.held === 2 ? acc & 15 : acc & 3;
    if (spare) this.errors.push({ offset, message: 'non-zero bits after the last byte (RFC 4648 §3.5)' });
    if (this.held === 2) {
      this.out[this.o++] = acc >>> 4;
    } else {
      this.out[this.o++] = acc >>> 10;
      this.out[this.o++] = (acc >>> 2) & 255;
    }
    this.acc = 0;
    this.held = 0;
    this.pads = 0;
  }
}
