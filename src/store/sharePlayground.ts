// A Playground explorer as a shared state and back (issue 15): its input,
// and the MIME builder's or the Received stamp's form. Apart from share.ts
// so the Playground's chunk never loads the Simulator's world.
import { playgroundShare, type PlaygroundShare } from '../core/share/index';
import type { Opened } from './share';
import { EXPLORER_IDS, playgroundStore, type BuilderFields, type ExplorerId, type StampForm } from './playgroundStore';

const BUILDER_KEYS: readonly (keyof BuilderFields)[] = ['from', 'to', 'cc', 'subject', 'text', 'html'];
const STAMP_KEYS: readonly (keyof StampForm)[] = ['from', 'fromInfo', 'by', 'with', 'id', 'for'];

function pick<K extends string>(fields: Record<string, string> | undefined, keys: readonly K[]): Partial<Record<K, string>> {
  return Object.fromEntries(keys.flatMap((k) => (fields && Object.hasOwn(fields, k) ? [[k, fields[k]!]] : []))) as Partial<Record<K, string>>;
}

/** The explorer's input and, for the MIME and Received explorers, their form. */
export function explorerShare(id: ExplorerId): PlaygroundShare {
  const s = playgroundStore.getState();
  const fields = id === 'mime' ? s.builder : id === 'received' ? s.stamp : undefined;
  return playgroundShare(id, { ...s.inputs[id] }, fields && { ...fields });
}

/** A shared explorer's input applied, as the explorer's own `?in=` links are. */
export function openPlaygroundShare(share: PlaygroundShare): Opened & { explorer?: ExplorerId } {
  const id = EXPLORER_IDS.find((e) => e === share.explorer);
  if (!id) return { ok: false, error: { kind: 'invalid', path: 'explorer', message: `The link opens the explorer "${share.explorer}", which this SMTP Lab does not have.` } };
  const s = playgroundStore.getState();
  s.applyLink(id, { ...share.input, sample: share.input.sample });
  if (id === 'mime') s.setBuilder(pick(share.fields, BUILDER_KEYS));
  if (id === 'received') s.setStamp(pick(share.fields, STAMP_KEYS));
  return { ok: true, exact: true, message: 'Opened the shared explorer.', explorer: id };
}
