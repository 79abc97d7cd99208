// Where the multipart delimiter lines of a message are (RFC 2046 §5.1.1).
// Every line that starts with `--` is indexed once, by the boundary it
// would delimit, so that each multipart finds its own delimiters by look-up
// instead of scanning its whole body: a scan per level made nested
// multiparts quadratic in their depth.
import { CR, DASH, HT, LF, SP, lineEnd, utf8Bytes } from './bytes';
import { latin1String } from '../codec/ascii';

export type Delimiter = { at: number; close: boolean; next: number };

/**
 * If the line at `at` is a delimiter for `delim` (`--boundary`), returns
 * whether it closes and where the next line starts; otherwise undefined.
 * After the boundary only `--` and transport padding may follow
 * (RFC 2046 §5.1.1), so a longer boundary sharing the prefix never matches.
 */
function delimiterAt(src: Uint8Array, at: number, end: number, delim: Uint8Array): Delimiter | undefined {
  if (at + delim.length > end) return undefined;
  for (let k = 0; k < delim.length; k++) if (src[at + k] !== delim[k]) return undefined;
  let i = at + delim.length;
  const close = src[i] === DASH && src[i + 1] === DASH && i + 1 < end;
  if (close) i += 2;
  while (i < end && (src[i] === SP || src[i] === HT)) i++;
  if (i < end && src[i] !== CR && src[i] !== LF) return undefined;
  if (src[i] === CR && i + 1 < end && src[i + 1] !== LF) return undefined;
  const lf = lineEnd(src, i, end);
  return { at, close, next: lf < end ? lf + 1 : end };
}

/** The starts of the `--` lines of a source, by the boundary they could delimit. */
export class DelimiterIndex {
  readonly #src: Uint8Array;
  #lines: Map<string, number[]> | undefined;

  constructor(src: Uint8Array) {
    this.#src = src;
  }

  /** Built on first use: a message without multiparts never pays for it. */
  #build(): Map<string, number[]> {
    const src = this.#src;
    const lines = new Map<string, number[]>();
    const add = (key: string, at: number) => {
      const list = lines.get(key);
      if (list) list.push(at);
      else lines.set(key, [at]);
    };
    for (let at = 0; at < src.length; ) {
      const lf = lineEnd(src, at, src.length);
      if (src[at] === DASH && src[at + 1] === DASH) {
        let stop = lf > at && src[lf - 1] === CR ? lf - 1 : lf;
        while (stop > at + 2 && (src[stop - 1] === SP || src[stop - 1] === HT)) stop--;
        // Bytes as Latin-1: one character each, so the key matches the boundary's UTF-8 bytes.
        const key = latin1String(src.subarray(at + 2, stop));
        add(key, at);
        if (key.endsWith('--') && key.length > 2) add(key.slice(0, -2), at);
      }
      at = lf + 1;
    }
    return lines;
  }

  /** The delimiter lines of `boundary` that start in [from, end), in order. */
  find(boundary: string, from: number, end: number): Delimiter[] {
    this.#lines ??= this.#build();
    const delim = utf8Bytes(`--${boundary}`);
    const list = this.#lines.get(latin1String(delim.subarray(2)));
    if (!list) return [];
    let lo = 0;
    let hi = list.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (list[mid]! < from) lo = mid + 1;
      else hi = mid;
    }
    const found: Delimiter[] = [];
    for (let i = lo; i < list.length && list[i]! < end; i++) {
      const d = delimiterAt(this.#src, list[i]!, end, delim);
      if (d) found.push(d);
    }
    return found;
  }
}
