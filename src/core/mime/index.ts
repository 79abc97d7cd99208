// MIME's public face: re-exported by src/core/index.ts.
export type { HeaderField, MimePart, ParseOptions, ParsedMessage, Attachment, MessageSpec } from './types';
export { parseMessage, DEFAULT_MAX_DEPTH, DEFAULT_MAX_HEADER_BYTES, MAX_DEPTH_LIMIT } from './parse';
export { showBidiControls, removeBidiControls, hasBidiControls } from './bidi';
export { buildMessage, explainTransferEncodings, type PartEncoding } from './build';
export { readHeaderBlock, type HeaderBlock } from './header-block';
export { unfold, foldHeader, FOLD_AT, MAX_LINE } from './fold';
export { parseParams, formatParam, formatParams, type ParamValue } from './params';
export { MEDIA_TYPES, mediaTypeInfo, defaultContentType, type MediaTypeInfo } from './media-types';
export { preferredAlternative, DEFAULT_ACCEPTED } from './alternative';
export { scanWire, type WireReport, type WireIssue, type WireIssueKind } from './wire';
export { chooseTransferEncoding, checkWire, type TransferEncoding, type TransferChoice, type ChoiceOptions } from './transfer-choice';
export { downgradeTo7bit, type Downgraded } from './downgrade';
