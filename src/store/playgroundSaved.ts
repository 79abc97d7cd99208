// What a saved Playground may hold back (localStorage, and this tab's
// shared explorer in sessionStorage): every field its own type, else
// dropped alone and reported (issue 11 §3.6); a number where the text should
// be would throw in the explorer at first render. And one explorer's part
// of the Playground, which is what a shared state replaces and what is set
// aside meanwhile.
import { isRecord, isString, oneOf, own, shape, type Check } from './savedState';
import type { BuilderFields, ExplorerId, ExplorerInput, ExplorerState, Explorers, StampForm } from './playgroundStore';

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

/** A whole explorer read back (its form where it has one), or nothing when any part is not of its shape. */
export function explorerStateOf(id: ExplorerId, v: unknown): ExplorerState | undefined {
  if (!isRecord(v)) return undefined;
  const input = inputOf(own(v, 'input'));
  const builder = own(v, 'builder');
  const stamp = own(v, 'stamp');
  if (!input || (id === 'mime' && !isBuilder(builder)) || (id === 'received' && !isStamp(stamp))) return undefined;
  return { input, ...(id === 'mime' && { builder: only(builder as BuilderFields, BUILDER_CHECKS) }), ...(id === 'received' && { stamp: only(stamp as StampForm, STAMP_CHECKS) }) };
}

/** One explorer as it stands in `s`: its input, and the MIME builder's or the Received stamp's form. */
export function explorerState(s: Explorers, id: ExplorerId): ExplorerState {
  return { input: s.inputs[id], ...(id === 'mime' && { builder: s.builder }), ...(id === 'received' && { stamp: s.stamp }) };
}
