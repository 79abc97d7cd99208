// The explain path of base64: one step per quantum (four characters → three
// bytes, RFC 4648 §4), per run of skipped white space, and per rejected
// character. It runs the same reader as the fast path, so it tolerates and
// reports exactly what base64Decode does.
import type { Explained, ExplainStep } from './types';
import { Base64Reader, base64Index, type Fed } from './base64';
import { byteNote } from './notes';

export function explainBase64(text: string): Explained & { bytes: Uint8Array } {
  const n = text.length;
  const r = new Base64Reader(new Uint8Array(Math.ceil(n / 4) * 3 + 3));
  const steps: ExplainStep[] = [];
  /** Where the open step began, in the input and in the output. */
  let start = 0;
  let outStart = 0;
  let open: Fed | undefined;

  const close = (end: number, kind: Fed) => {
    if (end > start) steps.push(describe(text, start, end, outStart, r, kind));
    start = end;
    outStart = r.o;
  };

  for (let i = 0; i < n; i++) {
    const fed = r.feed(text, i);
    if (fed === 'reopened') {
      // "TW=F": the early-closed quantum ends before this character.
      close(i, 'completed');
      open = 'held';
      continue;
    }
    if (fed === 'space' || fed === 'rejected') {
      if (open !== fed) close(i, open ?? fed);
      open = fed;
      continue;
    }
    if (open === 'space' || open === 'rejected') close(i, open);
    open = 'held';
    if (fed === 'completed') {
      close(i + 1, 'completed');
      open = undefined;
    }
  }
  r.end(n);
  close(n, open === 'held' ? 'completed' : (open ?? 'space'));
  return { steps, errors: r.errors.list(), bytes: r.out.slice(0, r.o) };
}

function describe(text: string, start: number, end: number, outStart: number, r: Base64Reader, kind: Fed): ExplainStep {
  const input = { start, end };
  const output = { start: outStart, end: r.o };
  const chars = text.slice(start, end);
  if (kind === 'space') return { input, output, kind: 'whitespace', note: 'white space and line breaks: skipped (RFC 2045 §6.8)' };
  if (kind === 'rejected') {
    return { input, output, kind: 'error', note: `${JSON.stringify(chars)}: not base64, skipped (RFC 2045 §6.8)` };
  }
  const indices: number[] = [];
  let pads = 0;
  for (let i = 0; i < chars.length; i++) {
    const c = chars.charCodeAt(i);
    if (c === 61) pads++;
    else if (base64Index(c) >= 0) indices.push(base64Index(c));
  }
  const bits = indices.length * 6;
  const bytes = r.out.subarray(outStart, r.o);
  if (bytes.length === 0) {
    return { input, output, kind: 'error', note: `${JSON.stringify(chars)}: ${bits} bits, not enough for a byte; dropped` };
  }
  const shown = chars.replace(/[\r\n\t ]+/g, '');
  const padding = pads ? ` + ${'='.repeat(pads)} padding` : '';
  const used = bits === bytes.length * 8 ? `${bits} bits` : `${bits} bits, ${bytes.length * 8} used`;
  return {
    input,
    output,
    kind: 'quantum',
    note: `${shown} → indices ${indices.join(' ')}${padding} → ${used} → ${byteNote(bytes)}`,
  };
}
