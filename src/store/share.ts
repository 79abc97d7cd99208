// Between the stores and a shared state (issue 15): the state the Share
// button puts in a link, and a decoded link or file shown in the stores.
// Decoding (compression) is the page's business; this file only maps
// core's shared values onto the stores and back.
import { checkReplay, sharedInput, startOf, worldShare, type ShareError, type SharedInput, type WorldShare } from '../core/share/index';
import type { Layer } from '../core/net/index';
import { hasOwnKey } from './savedState';
import { ALL_SCENARIOS, LAYERS, sharedView, simulatorStore, toWorldInput, type Act, type SavedInput, type SimulatorState } from './simulator';

/** An act that joined the end of the log: its `at` is past any log, so replaying it never cuts (core's `applyAct`). */
export const AT_END = Number.MAX_SAFE_INTEGER;

export type Opened = { ok: true; exact: boolean; message: string } | { ok: false; error: ShareError };

/** The Simulator as it stands, as a shared state. */
export function simulatorShare(s: SimulatorState): WorldShare {
  const start = ALL_SCENARIOS.find((sc) => sc.id === s.scenarioId) ?? ALL_SCENARIOS[0]!;
  const selected = s.position > 0 ? s.timeline.log[s.position - 1]?.seq : undefined;
  return worldShare({
    start,
    seed: sharedView(s)?.seed ?? 1,
    acts: s.acts.map((a) => ({ at: a.at, input: sharedInput(toWorldInput(a.input)) })),
    position: s.position,
    host: s.selectedHost,
    ...(selected !== undefined && { selected }),
    layers: s.layers,
    eavesdropper: s.eavesdropper,
  });
}

/**
 * A shared input in the store's saved shape. A composed draft goes back to
 * the form's strings, which `coreDraft` reads into the same draft: the
 * form joins addresses with commas, and a draft made by the form has none
 * inside an address.
 */
export function savedInput(i: SharedInput): SavedInput {
  if (i.type !== 'compose') return i;
  const d = i.draft;
  return {
    type: 'compose',
    host: i.host,
    form: {
      from: d.from ?? '',
      to: d.to.join(', '),
      cc: (d.cc ?? []).join(', '),
      bcc: (d.bcc ?? []).join(', '),
      subject: d.subject,
      body: d.text,
      extraHeaders: (d.headers ?? []).map((h) => `${h.name}: ${h.value}`).join('\n'),
      attachments: (d.attachments ?? []).map((a) => ({ name: a.filename, type: a.contentType, data: a.content })),
    },
  };
}

/** Replays a shared Simulator state and shows it beside the person's own work. */
export function openWorldShare(share: WorldShare): Opened {
  const start = startOf(share, ALL_SCENARIOS);
  if (!start.ok) return start;
  let check: ReturnType<typeof checkReplay>;
  try {
    check = checkReplay(share, start.value);
  } catch {
    // Core answers bad input with replies, not exceptions; this is a bug, but the page must stay.
    return { ok: false, error: { kind: 'invalid', path: 'acts', message: 'The shared session could not be replayed (this is a bug in SMTP Lab: please report the link).' } };
  }
  const { timeline } = check;
  const acts: Act[] = share.acts.map((a) => ({ at: a.at ?? AT_END, input: savedInput(a.input) }));
  const layers = Object.fromEntries(LAYERS.map((l) => [l, share.screen.layers.includes(l)])) as Record<Layer, boolean>;
  simulatorStore.getState().openShared({
    scenarioId: share.id,
    seed: share.seed,
    acts,
    timeline,
    position: Math.min(share.position, timeline.log.length),
    selectedHost: hasOwnKey(timeline.world.hosts, share.screen.host) ? share.screen.host : start.value.focus,
    layers,
    eavesdropper: share.screen.eavesdropper,
    exact: check.exact,
    message: check.exact ? 'Replayed exactly.' : check.message,
  });
  return { ok: true, exact: check.exact, message: check.exact ? 'Replayed exactly.' : check.message };
}
