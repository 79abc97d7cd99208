// The explain path of quoted-printable: the one decoder, run with a sink
// that turns each token into a step a learner can read (RFC 2045 §6.7).
import type { Explained, ExplainStep } from './types';
import { readQuotedPrintable, type QpToken } from './quoted-printable';
import { byteNote, hex } from './notes';
import { decodeWindows1252 } from './windows-1252';

/** Literal runs longer than this are summed up, not spelled out. */
const LONG = 24;

export function explainQuotedPrintable(text: string): Explained & { bytes: Uint8Array } {
  const steps: ExplainStep[] = [];
  const tokens: [QpToken, number, number, number, number][] = [];
  const { bytes, errors } = readQuotedPrintable(text, (token, start, end, outStart, outEnd) => {
    tokens.push([token, start, end, outStart, outEnd]);
  });
  for (const [token, start, end, outStart, outEnd] of tokens) {
    const source = text.slice(start, end);
    steps.push({
      input: { start, end },
      output: { start: outStart, end: outEnd },
      kind: token,
      note: noteFor(token, source, bytes.subarray(outStart, outEnd)),
    });
  }
  return { steps, errors, bytes };
}

function noteFor(token: QpToken, source: string, out: Uint8Array): string {
  switch (token) {
    case 'literal':
      if (source.length > LONG) return `${source.length} characters → themselves, ${out.length} bytes (rule 2)`;
      return `${JSON.stringify(source)} → itself, ${byteNote(out)} (rule 2)`;
    case 'escape': {
      const byte = out[0]!;
      return `${source} → byte 0x${hex(byte).toUpperCase()} → ${meaning(byte)} (rule 1)`;
    }
    case 'soft-break':
      return `${JSON.stringify(source)}: soft line break, removed (rule 5)`;
    case 'line-break':
      return `${JSON.stringify(source)}: line break, kept (rule 4)`;
    case 'whitespace':
      return `${JSON.stringify(source)}: white space at the end of a line, removed (rule 3)`;
    case 'error':
      return `'=' not followed by two hex digits or a line break: kept as text (RFC 2045 §6.7)`;
  }
}

/** What a byte reads as: ASCII, or its ISO-8859-1 (as browsers read it, windows-1252) character. */
function meaning(byte: number): string {
  if (byte < 0x20 || byte === 0x7f) return `control character U+${hex(byte).toUpperCase().padStart(4, '0')}`;
  if (byte < 0x80) return `'${String.fromCharCode(byte)}'`;
  const latin = decodeWindows1252(Uint8Array.of(byte));
  const utf8 = byte >= 0xc2 && byte <= 0xf4 ? ', or the start of a UTF-8 sequence' : byte < 0xc0 ? ', or part of a UTF-8 sequence' : '';
  return `'${latin}' in ISO-8859-1${utf8}`;
}
