// A Playground explorer as a shared state and back (issue 15): its input,
// the MIME builder's or the Received stamp's form, and the message file the
// MIME explorer reads. Apart from share.ts so the Playground's chunk never
// loads the Simulator's world.
import { base64Encode } from '../core/codec/base64';
import { CORE_VERSION, MAX_INFLATED, playgroundShare, type PlaygroundShare, type TooBig } from '../core/share/index';
import type { Opened } from './share';
import { explorerState, messageFileOf } from './playgroundSaved';
import { EXPLORER_IDS, freshExplorer, playgroundStore, type ExplorerId, type ExplorerState } from './playgroundStore';

/**
 * The explorer's input and, for the MIME and Received explorers, their
 * form; the MIME explorer reading a file shares the file, byte for byte, in
 * place of the text it hides. A file whose base64 alone passes what a
 * receiver opens is refused before it is read.
 */
export async function explorerShare(id: ExplorerId): Promise<PlaygroundShare | TooBig> {
  const { input, builder, stamp, file } = explorerState(playgroundStore.getState(), id);
  const fields = builder ?? stamp;
  const form = fields && { ...fields };
  if (!file || input.direction !== 'decode') return playgroundShare(id, { ...input }, form);
  const size = Math.ceil(file.size / 3) * 4;
  if (size > MAX_INFLATED) return { kind: 'too-big', size, limit: MAX_INFLATED };
  const bytes = file.data instanceof Uint8Array ? file.data : new Uint8Array(await file.data.arrayBuffer());
  const { sample: _hidden, ...rest } = input;
  return playgroundShare(id, { ...rest, text: '' }, form, { name: file.name, content: base64Encode(bytes) });
}

/** The fields of `form` a shared state sets (read against a fresh form), and the names of those this SMTP Lab's form does not have. */
function fill<T extends Record<string, string>>(form: T, fields: Record<string, string> | undefined): { form: T; unknown: string[] } {
  const known = Object.keys(fields ?? {}).filter((k) => Object.hasOwn(form, k));
  return {
    form: { ...form, ...Object.fromEntries(known.map((k) => [k, fields![k]!])) },
    unknown: Object.keys(fields ?? {}).filter((k) => !Object.hasOwn(form, k)),
  };
}

/** The shared explorer as it is shown, and what differs from what its sender saw. */
export function sharedExplorer(id: ExplorerId, share: PlaygroundShare): { shown: ExplorerState; differs: string[] } {
  const fresh = freshExplorer(id);
  const { sample, ...input } = share.input;
  const builder = fresh.builder && fill(fresh.builder, share.fields);
  const stamp = fresh.stamp && fill(fresh.stamp, share.fields);
  const unknown = [...(builder?.unknown ?? stamp?.unknown ?? Object.keys(share.fields ?? {})), ...(share.file && id !== 'mime' ? ['file'] : [])];
  const file = id === 'mime' && share.file ? messageFileOf(share.file) : undefined;
  const differs = [
    ...(share.core !== CORE_VERSION ? [`it was made with SMTP Lab ${share.core}, and this is ${CORE_VERSION}, whose decoders may read the same input differently`] : []),
    ...(unknown.length ? [`this explorer has no ${unknown.map((k) => `“${k}”`).join(', ')}, left out`] : []),
    ...(id === 'mime' && share.file && !file ? [`the bytes of ${share.file.name} do not decode cleanly from their base64, so the file was left out`] : []),
  ];
  return {
    shown: { input: { ...input, ...(sample !== undefined && { sample }) }, ...(builder && { builder: builder.form }), ...(stamp && { stamp: stamp.form }), ...(file && { file }) },
    differs,
  };
}

/** A shared explorer shown beside the person's own, which stays saved as it was until they adopt the shared one by editing it. */
export function openPlaygroundShare(share: PlaygroundShare): Opened & { explorer?: ExplorerId } {
  const id = EXPLORER_IDS.find((e) => e === share.explorer);
  if (!id) return { ok: false, error: { kind: 'invalid', path: 'explorer', message: `The link opens the explorer "${share.explorer}", which this SMTP Lab does not have.` } };
  const { shown, differs } = sharedExplorer(id, share);
  const exact = differs.length === 0;
  const message = exact ? 'Shown exactly as it was shared.' : `Not quite as it was shared: ${differs.join('; ')}.`;
  playgroundStore.getState().openShared(id, shown, { message, exact });
  return { ok: true, exact, message, explorer: id };
}
