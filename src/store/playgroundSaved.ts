// What a saved Playground may hold back (localStorage, and this tab's
// shared explorer in sessionStorage): every field its own type, else
// dropped alone and reported (issue 11 §3.6); a number where the text should
// be would throw in the explorer at first render. And one explorer's part
// of the Playground, which is what a shared state replaces and what is set
// aside meanwhile.
import { base64Decode, base64Encode } from '../core/codec/base64';
import { isRecord, isString, oneOf, own, shape, type Check } from './savedState';
import type { BuilderFields, ExplorerId, ExplorerInput, ExplorerState, Explorers, MessageFile, StampForm } from './playgroundStore';

export const INPUT_CHECKS: { [K in keyof ExplorerInput]-?: Check<ExplorerInput[K]> } = {
  text: isString,
  direction: oneOf(['decode', 'encode'] as const),
  charset: isString,
  wordEncoding: oneOf(['B', 'Q'] as const),
  sample: isString,
};
export const BUILDER_CHECKS: { [K in keyof BuilderFields]: Check<string> } = { from: isString, to: isString, cc: isString, subject: isString, text: isString, html: isString };
export const STAMP_CHECKS: { [K in keyof StampForm]: Check<string> } = { from: isString, fromInfo: isString, by: isString, with: isString, id: isString, for: isString };

const isBuilder = shape<BuilderFields>(BUILDER_CHECKS);
const isStamp = shape<StampForm>(STAMP_CHECKS);

function inputOf(v: unknown): ExplorerInput | undefined {
  const { sample, ...rest } = INPUT_CHECKS;
  if (!shape<Omit<ExplorerInput, 'sample'>>(rest)(v)) return undefined;
  const s = own(v, 'sample');
  if (s !== undefined && !sample(s)) return undefined;
  return { text: v.text, direction: v.direction, charset: v.charset, wordEncoding: v.wordEncoding, ...(s !== undefined && { sample: s }) };
}

/** The fields a form has, and no others a hand edit added. */
function only<T extends object>(v: T, fields: { [K in keyof T]: unknown }): T {
  return Object.fromEntries(Object.keys(fields).map((k) => [k, v[k as keyof T]])) as T;
}

/** A message file as JSON: its name and its bytes as base64 (as a shared state carries it too). */
export type FileJson = { name: string; content: string };
const isFileJson = shape<FileJson>({ name: isString, content: isString });

/**
 * An explorer as JSON (this tab's shared explorer, kept across a reload):
 * a shared file's bytes as base64. A picked file, which only the worker
 * reads, is left out: a reload loses it, as it always has.
 */
export function explorerJson(e: ExplorerState): unknown {
  const { file, ...rest } = e;
  return file?.data instanceof Uint8Array ? { ...rest, file: { name: file.name, content: base64Encode(file.data) } satisfies FileJson } : rest;
}

/** A file's bytes from its JSON, or nothing when its base64 does not decode cleanly. */
export function messageFileOf(v: FileJson): MessageFile | undefined {
  const { bytes, errors } = base64Decode(v.content);
  return errors.length ? undefined : { name: v.name, size: bytes.length, data: bytes };
}

/** A whole explorer read back (its form where it has one, the MIME explorer's file), or nothing when any part is not of its shape. */
export function explorerStateOf(id: ExplorerId, v: unknown): ExplorerState | undefined {
  if (!isRecord(v)) return undefined;
  const input = inputOf(own(v, 'input'));
  const builder = own(v, 'builder');
  const stamp = own(v, 'stamp');
  const json = own(v, 'file');
  const file = id === 'mime' && isFileJson(json) ? messageFileOf(json) : undefined;
  if (!input || (id === 'mime' && !isBuilder(builder)) || (id === 'received' && !isStamp(stamp)) || (json !== undefined && !file)) return undefined;
  return {
    input,
    ...(id === 'mime' && { builder: only(builder as BuilderFields, BUILDER_CHECKS) }),
    ...(id === 'received' && { stamp: only(stamp as StampForm, STAMP_CHECKS) }),
    ...(file && { file }),
  };
}

/** One explorer as it stands in `s`: its input, the MIME builder's or the Received stamp's form, and the MIME explorer's file. */
export function explorerState(s: Explorers, id: ExplorerId): ExplorerState {
  return { input: s.inputs[id], ...(id === 'mime' && { builder: s.builder, ...(s.file && { file: s.file }) }), ...(id === 'received' && { stamp: s.stamp }) };
}
