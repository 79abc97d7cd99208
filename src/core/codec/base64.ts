// Base64 (RFC 4648 §4, used by MIME as RFC 2045 §6.8 says).
//
// The decoder is lenient as RFC 2045 §6.8 asks: line breaks and white space
// are skipped silently, any other character outside the alphabet is skipped
// too but reported with its offset, and so are the padding mistakes a strict
// RFC 4648 decoder would reject (§3.2 padding, §3.3 data after padding,
// §3.5 non-zero pad bits).
import type { Decoded } from './types';
import { asciiString } from './ascii';
import { ErrorRuns } from './error-runs';
import { CODE, CRLF, fillWindow, INVALID, PAD, PAIR, SEXTET, sextetPairs, SPACE, WIN, WIN_VIEW } from './base64-tables';

// The hot loops read and write through DataViews: one unaligned 16- or
// 32-bit access replaces two to four byte accesses, and V8 compiles them to
// single machine loads and stores. They take their tables as locals, so
// the loops touch no module bindings.

/** The alphabet index of one character (for the explain path), or -1. */
export function base64Index(code: number): number {
  const t = SEXTET[code & 0xffff]!;
  return t >= 0 ? t : -1;
}

/**
 * Bytes encoded per chunk (a multiple of 12). Each chunk's characters go
 * through one small reused buffer that stays in cache and become one
 * string; the chunks are concatenated, not joined, so no megabyte-sized
 * buffer or copy is made here (the engine flattens the string once, when
 * and if something needs it flat).
 */
const CHUNK = 12288;
/** A chunk's characters, with room for a CRLF before every quantum (lineLength 4) and the padded one. */
const CHARS = new Uint8Array((CHUNK / 3) * 6 + 8);
const CHARS_VIEW = new DataView(CHARS.buffer);

export function base64Encode(data: Uint8Array, options?: { lineLength?: number }): string {
  const width = Math.floor(options?.lineLength ?? 0);
  if (!(width > 0)) return encodeLines(data, 0);
  // Lines of whole quanta break in the encoding loop; other widths (rare:
  // RFC 2045 §6.8 asks for 76) break the finished text.
  if (width % 4 === 0) return encodeLines(data, width / 4);
  const text = encodeLines(data, 0);
  if (text.length <= width) return text;
  const lines: string[] = [];
  for (let i = 0; i < text.length; i += width) lines.push(text.slice(i, i + width));
  return lines.join('\r\n');
}

/** Base64 of `data`, with CRLF between lines of `perLine` quanta (0: one line). */
function encodeLines(data: Uint8Array, perLine: number): string {
  const n = data.length;
  const whole = n - (n % 3);
  const input = new DataView(data.buffer, data.byteOffset, n);
  const [out, pair] = [CHARS_VIEW, PAIR];
  let text = '';
  /** Quanta on the current line. */
  let col = 0;
  let i = 0;
  let p = 0;
  while (i < whole) {
    const stop = Math.min(whole, i + CHUNK);
    p = 0;
    while (i < stop) {
      if (perLine > 0 && col === perLine) {
        out.setUint16(p, CRLF);
        p += 2;
        col = 0;
      }
      const lineEnd = perLine === 0 ? stop : Math.min(stop, i + (perLine - col) * 3);
      col += (lineEnd - i) / 3;
      // Four quanta at a time: 12 bytes as three big-endian words, each
      // 12 bits one look-up, 16 characters as four words.
      for (; i + 12 <= lineEnd; i += 12) {
        const a = input.getUint32(i);
        const b = input.getUint32(i + 4);
        const c = input.getUint32(i + 8);
        out.setUint32(p, (pair[a >>> 20]! << 16) | pair[(a >>> 8) & 4095]!);
        out.setUint32(p + 4, (pair[((a & 255) << 4) | (b >>> 28)]! << 16) | pair[(b >>> 16) & 4095]!);
        out.setUint32(p + 8, (pair[(b >>> 4) & 4095]! << 16) | pair[((b & 15) << 8) | (c >>> 24)]!);
        out.setUint32(p + 12, (pair[(c >>> 12) & 4095]! << 16) | pair[c & 4095]!);
        p += 16;
      }
      for (; i < lineEnd; i += 3) {
        const v = (data[i]! << 16) | (data[i + 1]! << 8) | data[i + 2]!;
        out.setUint32(p, (pair[v >>> 12]! << 16) | pair[v & 4095]!);
        p += 4;
      }
    }
    if (i === whole && whole < n) break; // the last chunk also takes the padded quantum
    text += asciiString(CHARS.subarray(0, p));
  }
  if (whole < n) {
    if (perLine > 0 && col === perLine) {
      out.setUint16(p, CRLF);
      p += 2;
    }
    if (n - whole === 1) {
      const v = data[whole]!;
      CHARS[p++] = CODE[v >>> 2]!;
      CHARS[p++] = CODE[(v & 3) << 4]!;
      CHARS[p++] = 61;
    } else {
      const v = (data[whole]! << 8) | data[whole + 1]!;
      CHARS[p++] = CODE[v >>> 10]!;
      CHARS[p++] = CODE[(v >>> 4) & 63]!;
      CHARS[p++] = CODE[(v & 15) << 2]!;
    }
    CHARS[p++] = 61;
    text += asciiString(CHARS.subarray(0, p));
  }
  return text;
}

/** Where decodeRun stopped in WIN (a module variable, not a property: see decodeRun). */
let stopped = 0;

/**
 * Decodes, from WIN[j] up to at most WIN[last + 3], whole quanta of
 * alphabet characters and the white space between them (which the reader
 * would skip without a trace), into `view` from `o` on. Stops at anything
 * else; returns the output position and leaves the input one in `stopped`.
 * No property access after the loop: V8 compiles the loop during its first
 * long run, before such an access has ever run, and deoptimized there on
 * every call.
 */
function decodeRun(view: DataView, o: number, j: number, last: number): number {
  const [t, sextet, win, input] = [sextetPairs(), SEXTET, WIN, WIN_VIEW];
  const last16 = last - 12;
  for (;;) {
    // Four quanta at a time, two characters a look-up, 12 bytes as three words.
    if (j <= last16) {
      const q0 = (t[input.getUint16(j, true)]! << 12) | t[input.getUint16(j + 2, true)]!;
      const q1 = (t[input.getUint16(j + 4, true)]! << 12) | t[input.getUint16(j + 6, true)]!;
      const q2 = (t[input.getUint16(j + 8, true)]! << 12) | t[input.getUint16(j + 10, true)]!;
      const q3 = (t[input.getUint16(j + 12, true)]! << 12) | t[input.getUint16(j + 14, true)]!;
      if ((q0 | q1 | q2 | q3) >= 0) {
        view.setUint32(o, (q0 << 8) | (q1 >>> 16));
        view.setUint32(o + 4, (q1 << 16) | (q2 >>> 8));
        view.setUint32(o + 8, (q2 << 24) | q3);
        o += 12;
        j += 16;
        continue;
      }
    }
    // One quantum, or one white-space character (line breaks end up here).
    if (j > last) break;
    const v = (t[input.getUint16(j, true)]! << 12) | t[input.getUint16(j + 2, true)]!;
    if (v < 0) {
      // A table, not a chain of comparisons: a comparison first reached
      // at the final '=' would cost a deoptimization on every call.
      if (sextet[win[j]!] !== SPACE) break;
      j++;
      continue;
    }
    view.setUint16(o, v >>> 8);
    view.setUint8(o + 2, v);
    o += 3;
    j += 4;
  }
  stopped = j;
  return o;
}

export function base64Decode(text: string): Decoded {
  const n = text.length;
  const r = new Base64Reader(new Uint8Array(Math.ceil(n / 4) * 3 + 3));
  const view = new DataView(r.out.buffer);
  /** The window holds text[base, end). */
  let base = 0;
  let end = 0;
  let i = 0;
  while (i < n) {
    if (r.idle()) {
      if (i + 4 > end && end < n) {
        base = i;
        end = fillWindow(text, i);
      }
      r.o = decodeRun(view, r.o, i - base, end - base - 4);
      i = base + stopped;
      // Out of window: read on; otherwise something unusual, or the last
      // few characters, for the reader.
      if (i + 4 > end && end < n) continue;
      if (i >= n) break;
    }
    r.feed(text, i++);
  }
  r.end(n);
  // Line breaks make the buffer a few percent too long: a view of it saves
  // copying megabytes. Copy only when an eighth or more would be held for
  // nothing (much of the input was not base64).
  const waste = r.out.length - r.o;
  return { bytes: waste * 8 <= r.out.length ? r.out.subarray(0, r.o) : r.out.slice(0, r.o), errors: r.errors.list() };
}

/**
 * What one character did to the reader (the explain path draws steps from
 * it): skipped as white space, rejected (outside the alphabet, or an '='
 * with nothing to pad), held in the open quantum, completed it, or closed it
 * early ("TW=F") and opened a new one.
 */
export type Fed = 'space' | 'rejected' | 'held' | 'completed' | 'reopened';

/**
 * The character-at-a-time decoder: the fast path falls back to it at
 * anything but whole quanta and white space between them (padding, junk, a
 * quantum cut by a line break), and the explain path runs on it alone, so
 * both tolerate and report exactly the same things.
 */
export class Base64Reader {
  readonly out: Uint8Array;
  readonly errors = new ErrorRuns();
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
