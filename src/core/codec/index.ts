// The codecs' public face: re-exported by src/core/index.ts.
export type { CodecError, Decoded, Range, ExplainStep, Explained } from './types';
export { ErrorRuns, ERROR_LIMIT, problemCount } from './error-runs';
export { base64Encode, base64Decode } from './base64';
export { explainBase64 } from './base64-explain';
export { qpEncode, qpDecode } from './quoted-printable';
export { explainQuotedPrintable } from './quoted-printable-explain';
export { decodeCharset, charsetEncoding, charsetLabel, autoCharset, AUTO_CHARSET } from './charset';
export { encodeCharset } from './charset-encode';
export { decodeEncodedWords } from './encoded-words';
export { encodeEncodedWord } from './encoded-word-encode';
export { explainEncodedWords } from './encoded-words-explain';
