// A Playground explorer as a shared state and back (issue 15): its input,
// and the MIME builder's or the Received stamp's form. Apart from share.ts
// so the Playground's chunk never loads the Simulator's world.
import { CORE_VERSION, playgroundShare, type PlaygroundShare } from '../core/share/index';
import type { Opened } from './share';
import { explorerState } from './playgroundSaved';
import { EXPLORER_IDS, freshExplorer, playgroundStore, type ExplorerId, type ExplorerState } from './playgroundStore';

/** The explorer's input and, for the MIME and Received explorers, their form. */
export function explorerShare(id: ExplorerId): PlaygroundShare {
  const { input, builder, stamp } = explorerState(playgroundStore.getState(), id);
  const fields = builder ?? stamp;
  return playgroundShare(id, { ...input }, fields && { ...fields });
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
  const unknown = builder?.unknown ?? stamp?.unknown ?? Object.keys(share.fields ?? {});
  const differs = [
    ...(share.core !== CORE_VERSION ? [`it was made with SMTP Lab ${share.core}, and this is ${CORE_VERSION}, whose decoders may read the same input differently`] : []),
    ...(unknown.length ? [`this explorer has no ${unknown.map((k) => `“${k}”`).join(', ')}, left out`] : []),
  ];
  return {
    shown: { input: { ...input, ...(sample !== undefined && { sample }) }, ...(builder && { builder: builder.form }), ...(stamp && { stamp: stamp.form }) },
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
