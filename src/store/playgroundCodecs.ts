// The codec explorers' view model: one input and a direction become an
// encoded side, a decoded side and the core's explain steps that link them.
// Steps always run over the encoded text, whichever way the learner went, so
// the same source map serves Decode and Encode.
import {
  AUTO_CHARSET,
  autoCharset,
  base64Encode,
  decodeCharset,
  encodeCharset,
  encodeEncodedWord,
  explainBase64,
  explainEncodedWords,
  explainQuotedPrintable,
  qpEncode,
  type CodecError,
  type ExplainStep,
  type Range,
} from '../core';
import { hasHighBytes } from '../core/mime/bytes';
import type { Direction } from './playgroundStore';

export type CodecId = 'base64' | 'quoted-printable' | 'encoded-words';

export type CodecRequest = {
  codec: CodecId;
  direction: Direction;
  /** What the learner typed (encoded text when decoding, plain text when encoding). */
  text: string;
  /** Bytes of a picked file, when encoding a file instead of text. */
  file?: Uint8Array;
  charset: string;
  wordEncoding: 'B' | 'Q';
};

export type CodecView = {
  /** The encoded text: the input when decoding, the output when encoding. */
  encoded: string;
  /** The decoded side as bytes (for encoded-words: the UTF-8 of the text). */
  bytes: Uint8Array;
  /** The decoded side as text, in the chosen charset. */
  text: string;
  /** Step outputs count bytes (base64, QP) or UTF-16 units of `text` (encoded-words). */
  unit: 'byte' | 'char';
  steps: ExplainStep[];
  /** What a strict decoder would reject, offsets into `encoded`. */
  errors: CodecError[];
  /** The decoded bytes are not text in the charset: show hex. */
  binary: boolean;
  /** The charset `text` was read in: the request's, or for Auto the one chosen. */
  charset: string;
  /** For Auto, when the other choice reads the bytes differently: that reading (text cut at OTHER_LIMIT). */
  otherReading?: { charset: string; text: string };
};

/** Charsets a learner can pick; the decoders accept any TextDecoder label. Auto lets the bytes decide. */
export const CHARSETS = [AUTO_CHARSET, 'utf-8', 'iso-8859-1', 'iso-8859-15', 'windows-1252', 'us-ascii'] as const;

/** Bytes of the other reading Auto offers: a glimpse, not a second full output. */
const OTHER_LIMIT = 64 * 1024;

/** Control bytes other than TAB, CR, LF, or U+FFFD in the decoding, mean binary. */
export function looksBinary(bytes: Uint8Array, text: string): boolean {
  for (let i = 0; i < bytes.length; i++) {
    const b = bytes[i]!;
    if ((b < 0x20 && b !== 9 && b !== 10 && b !== 13) || b === 0x7f) return true;
  }
  return text.includes('\uFFFD');
}

export function runCodec(req: CodecRequest): CodecView {
  if (req.codec === 'encoded-words') {
    const encoded =
      req.direction === 'decode' ? req.text : encodeEncodedWord(req.text, { encoding: req.wordEncoding, charset: req.charset });
    const explained = explainEncodedWords(encoded);
    const bytes = new TextEncoder().encode(explained.text);
    return {
      encoded,
      bytes,
      text: explained.text,
      unit: 'char',
      steps: explained.steps,
      errors: req.direction === 'decode' ? explained.errors : [],
      binary: false,
      charset: 'utf-8',
    };
  }
  const explain = req.codec === 'base64' ? explainBase64 : explainQuotedPrintable;
  let encoded = req.text;
  if (req.direction === 'encode') {
    // A character the charset lacks is written as '?', as mail clients do.
    // Auto writes UTF-8, which holds every character (RFC 6532 mail is UTF-8 too).
    const data = req.file ?? encodeCharset(req.text, req.charset === AUTO_CHARSET ? 'utf-8' : req.charset).bytes;
    // RFC 2045 §6.8: 76-character lines, as in a message body.
    encoded = req.codec === 'base64' ? base64Encode(data, { lineLength: 76 }) : qpEncode(data, { binary: req.file !== undefined });
  }
  const explained = explain(encoded);
  const auto = req.charset === AUTO_CHARSET;
  const charset = auto ? autoCharset(explained.bytes) : req.charset;
  const text = decodeCharset(explained.bytes, charset).text;
  const view: CodecView = {
    encoded,
    bytes: explained.bytes,
    text,
    unit: 'byte',
    steps: explained.steps,
    errors: req.direction === 'decode' ? explained.errors : [],
    binary: looksBinary(explained.bytes, text),
    charset,
  };
  if (auto && hasHighBytes(explained.bytes)) {
    const other = charset === 'utf-8' ? 'windows-1252' : 'utf-8';
    view.otherReading = { charset: other, text: decodeCharset(explained.bytes.subarray(0, OTHER_LIMIT), other).text };
  }
  return view;
}

/** The union of the ranges on the other side of the steps that overlap `range`. */
export function linkedRange(steps: readonly ExplainStep[], range: Range, from: 'input' | 'output'): Range | undefined {
  const to = from === 'input' ? 'output' : 'input';
  let start = Infinity;
  let end = -Infinity;
  for (const step of steps) {
    const r = step[from];
    const overlaps = range.start === range.end ? r.start <= range.start && range.start < r.end : r.start < range.end && range.start < r.end;
    if (!overlaps) continue;
    start = Math.min(start, step[to].start);
    end = Math.max(end, step[to].end);
  }
  return start <= end ? { start, end } : undefined;
}
