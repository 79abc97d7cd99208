// A shared explorer on screen survives a reload of its tab, as the
// Simulator's does (whose link stays in the address bar): sessionStorage,
// this tab's own, keeps the visit, while localStorage keeps the person's
// own work. The visit keeps what localStorage does not: the shared state
// while it is only shown, the earlier own input once the shared one is
// adopted. A new tab opens on the person's own work alone.
import type { StateStorage } from 'zustand/middleware';
import { isBoolean, isRecord, isString, oneOf, own } from './savedState';
import { explorerJson, explorerState, explorerStateOf } from './playgroundSaved';
import type { ExplorerState, PlaygroundState, PlaygroundVisit } from './playgroundStore';
import type { StoreApi } from 'zustand/vanilla';

const KEY = 'smtp-lab.playground.visit';

type SessionVisit = Omit<PlaygroundVisit, 'own'> & { other: ExplorerState };

const otherOf = (s: PlaygroundState, v: PlaygroundVisit): ExplorerState => (v.adopted ? v.own : explorerState(s, v.explorer));

const same = (a: ExplorerState, b: ExplorerState | undefined) => !!b && a.input === b.input && a.builder === b.builder && a.stamp === b.stamp && a.file === b.file;

/** About the characters `e` takes kept: its text, and a shared file's base64 (a picked one is not kept). */
const weight = (e: ExplorerState) => e.input.text.length + (e.file?.data instanceof Uint8Array ? Math.ceil(e.file.size / 3) * 4 : 0);

function read(text: unknown, explorers: readonly string[]): SessionVisit | undefined {
  if (!isString(text)) return undefined;
  let v: unknown;
  try {
    v = JSON.parse(text);
  } catch {
    return undefined;
  }
  const explorer = own(v, 'explorer');
  if (!isRecord(v) || !oneOf(explorers)(explorer) || !isString(own(v, 'message')) || !isBoolean(own(v, 'exact')) || !isBoolean(own(v, 'adopted'))) return undefined;
  const id = explorer as PlaygroundVisit['explorer'];
  const other = explorerStateOf(id, own(v, 'other'));
  return other && { explorer: id, message: v.message as string, exact: v.exact as boolean, adopted: v.adopted as boolean, other };
}

/**
 * Puts back this tab's visit (a reload), then keeps it written as it
 * changes. A value that does not read back (a hand edit) is let go without
 * a word: it is a view, not the person's work, which localStorage holds.
 * `limit`: a shared text (or file, as base64) longer than this is not kept, as localStorage keeps none.
 */
export function keepVisitInSession(store: StoreApi<PlaygroundState>, session: StateStorage, explorers: readonly string[], limit: number): void {
  const saved = read(session.getItem(KEY), explorers);
  if (saved?.adopted) store.setState({ visiting: { explorer: saved.explorer, own: saved.other, message: saved.message, exact: saved.exact, adopted: true } });
  else if (saved) store.getState().openShared(saved.explorer, saved.other, { message: saved.message, exact: saved.exact });
  store.subscribe((s, prev) => {
    const v = s.visiting;
    if (!v) {
      if (prev.visiting) void session.removeItem(KEY);
      return;
    }
    const other = otherOf(s, v);
    if (v === prev.visiting && same(other, prev.visiting && otherOf(prev, prev.visiting))) return;
    if (weight(other) > limit) return void session.removeItem(KEY);
    const value = { explorer: v.explorer, message: v.message, exact: v.exact, adopted: v.adopted, other: explorerJson(other) };
    void session.setItem(KEY, JSON.stringify(value));
  });
}
