// The Simulator page's store: a core timeline (the event log and the worlds
// it passes through), where the person stands in it, and what they chose to
// look at. Every change to the world is a core call; this file only decides
// which one and remembers what the person did, so a reload can replay it.
import { createStore } from 'zustand/vanilla';
import { persist } from 'zustand/middleware';
import { lazyJSONStorage } from './storage';
import { hasOwnKey, isBoolean, isFiniteNumber, isRecord, isString, keepValid, oneOf, own, readSaved, type Check } from './savedState';
import { isSavedInput } from './simulatorSaved';
import { HOSTS, input, play, seek, truncate, type Faults, type Layer, type Timeline, type World, type WorldInput } from '../core/net/index';
import { MAX_EVENTS_PER_STEP, SCENARIOS, playScenario, type Scenario } from '../core/scenarios/index';
import type { Draft } from './simulatorCompose';
import { coreDraft } from './simulatorDraft';
import { base64Decode, base64Encode } from '../core/codec/base64';

/** The default world with nothing sent yet: where a person types a session by hand. */
export const FREE_PLAY: Scenario = {
  id: 'free-play',
  title: 'Free play: the default world, nothing sent yet',
  goal: 'Type at a host\'s shell or use the compose form, and watch what your input causes.',
  focus: HOSTS.ws,
  world: {},
  steps: [],
};

export const ALL_SCENARIOS: readonly Scenario[] = [FREE_PLAY, ...SCENARIOS];

/**
 * A person's input as saved: like core's, but the compose form is kept as
 * the form's own strings, so attachments survive JSON, and a submitted
 * message as base64, which JSON keeps byte for byte (8-bit included).
 */
export type SavedInput =
  | Exclude<WorldInput, { type: 'compose' } | { type: 'submit' }>
  | { type: 'compose'; host: string; form: Draft }
  | { type: 'submit'; host: string; content: string };

/** An input and the event it was applied after: inputs given while looking at the past branch from there. */
export type Act = { at: number; input: SavedInput };

export const SPEEDS = ['0.5', '1', '2', '4', 'max'] as const;
export type Speed = (typeof SPEEDS)[number];
export const LAYERS: readonly Layer[] = ['tcp', 'dns', 'smtp', 'delivery', 'ua'];

/** Milliseconds between two events while playing; 1× is slow enough to read each line aloud. */
export function stepInterval(speed: Speed): number {
  return speed === 'max' ? 0 : 900 / Number(speed);
}

export type SimulatorState = {
  scenarioId: string;
  /** What the person did since the scenario was loaded, in order: replayed after a reload. */
  acts: readonly Act[];
  timeline: Timeline;
  /** The world stands just after event `position` (0: before the first). */
  position: number;
  world: World;
  playing: boolean;
  speed: Speed;
  selectedHost: string;
  layers: Readonly<Record<Layer, boolean>>;
  eavesdropper: boolean;

  loadScenario(id: string): void;
  play(): void;
  pause(): void;
  /** One event on while playing; stops at the end. */
  advance(): void;
  stepBy(n: number): void;
  seek(position: number): void;
  setSpeed(speed: Speed): void;
  toggleLayer(layer: Layer): void;
  selectHost(host: string): void;
  toggleEavesdropper(): void;
  /** A line typed at the selected host's shell. */
  sendLine(line: string): void;
  interrupt(): void;
  /** Ctrl-]: telnet's escape character (closes a telnet or nc connection). */
  escape(): void;
  endOfFile(): void;
  compose(form: Draft): void;
  /** A whole message (an .eml from the Playground) handed to Alice's user agent, which sends it as it is. */
  submitMessage(content: Uint8Array): void;
  setFaults(host: string, change: Partial<Faults>): void;
};

type Saved = Pick<SimulatorState, 'scenarioId' | 'acts' | 'position' | 'speed' | 'selectedHost' | 'layers' | 'eavesdropper'>;

const ALL_LAYERS: Record<Layer, boolean> = { tcp: true, dns: true, smtp: true, delivery: true, ua: true };

// The saved shape, checked field by field on load (savedState.ts).
const isLayers: Check<Partial<Record<Layer, boolean>>> = (v): v is Partial<Record<Layer, boolean>> =>
  isRecord(v) && LAYERS.every((l) => own(v, l) === undefined || isBoolean(own(v, l)));
const isAct: Check<Act> = (v): v is Act => isRecord(v) && isFiniteNumber(own(v, 'at')) && isSavedInput(own(v, 'input'));
type SavedRaw = Omit<Saved, 'acts' | 'layers'> & { acts: unknown[]; layers: Partial<Record<Layer, boolean>> };
const SAVED_SHAPE = {
  scenarioId: (v: unknown): v is string => isString(v) && ALL_SCENARIOS.some((sc) => sc.id === v),
  acts: (v: unknown): v is unknown[] => Array.isArray(v),
  position: isFiniteNumber,
  speed: oneOf(SPEEDS),
  selectedHost: isString,
  layers: isLayers,
  eavesdropper: isBoolean,
} as const;

function scenarioOf(id: string): Scenario {
  return ALL_SCENARIOS.find((s) => s.id === id) ?? SCENARIOS[0]!;
}

function toWorldInput(i: SavedInput): WorldInput {
  if (i.type === 'compose') return { type: 'compose', host: i.host, draft: coreDraft(i.form) };
  if (i.type === 'submit') return { type: 'submit', host: i.host, content: base64Decode(i.content).bytes };
  return i;
}

/** The timeline with one more act: cut back to where it was given, the input, and everything it causes. */
function perform(tl: Timeline, act: Act): Timeline {
  const from = act.at < tl.log.length ? truncate(tl, act.at) : tl;
  return play(input(from, toWorldInput(act.input)), { maxEvents: MAX_EVENTS_PER_STEP });
}

function load(id: string, acts: readonly Act[] = []) {
  const scenario = scenarioOf(id);
  const timeline = acts.reduce(perform, playScenario(scenario));
  return { scenarioId: scenario.id, acts, timeline, selectedHost: scenario.focus };
}

const clamp = (n: number, max: number) => Math.max(0, Math.min(max, Math.round(n)));

/** `from`: the world the store holds now, on this same timeline, so moving forward replays only the events between. */
function at(timeline: Timeline, position: number, from?: World) {
  const p = clamp(position, timeline.log.length);
  return { position: p, world: seek(timeline, p, from) };
}

export const simulatorStore = createStore<SimulatorState>()(
  persist(
    (set, get) => {
      /**
       * A person acts. Looking at the past (paused before the end), the
       * future is cut and the world branches from there; otherwise the input
       * joins the end. Either way the world jumps to the input's own event,
       * so the terminal answers a typist at once (skipping what was still
       * animating), and plays on through what the input caused.
       */
      const act = (saved: SavedInput) =>
        set((s) => {
          const a: Act = { at: s.playing ? s.timeline.log.length : s.position, input: saved };
          const timeline = perform(s.timeline, a);
          const next = at(timeline, a.at + 1);
          return { acts: [...s.acts, a], timeline, ...next, playing: next.position < timeline.log.length };
        });
      const start = load(SCENARIOS[0]!.id);
      return {
        ...start,
        ...at(start.timeline, 0),
        playing: false,
        speed: '2',
        layers: ALL_LAYERS,
        eavesdropper: false,

        loadScenario: (id) =>
          set(() => {
            const next = load(id);
            return { ...next, ...at(next.timeline, 0), playing: false };
          }),
        play: () =>
          set((s) => (s.position >= s.timeline.log.length ? { ...at(s.timeline, 0), playing: true } : { playing: true })),
        pause: () => set({ playing: false }),
        advance: () =>
          set((s) => {
            if (s.position >= s.timeline.log.length) return { playing: false };
            const next = at(s.timeline, s.position + 1, s.world);
            return { ...next, playing: next.position < s.timeline.log.length };
          }),
        stepBy: (n) => set((s) => ({ ...at(s.timeline, s.position + n, s.world), playing: false })),
        seek: (position) => set((s) => ({ ...at(s.timeline, position, s.world), playing: false })),
        setSpeed: (speed) => set({ speed }),
        toggleLayer: (layer) => set((s) => ({ layers: { ...s.layers, [layer]: !s.layers[layer] } })),
        selectHost: (host) => set({ selectedHost: host }),
        toggleEavesdropper: () => set((s) => ({ eavesdropper: !s.eavesdropper })),
        sendLine: (line) => act({ type: 'shell', host: get().selectedHost, line }),
        interrupt: () => act({ type: 'shell', host: get().selectedHost, line: '\x03' }),
        escape: () => act({ type: 'shell', host: get().selectedHost, line: '\x1d' }),
        endOfFile: () => act({ type: 'shell', host: get().selectedHost, line: '\x04' }),
        compose: (form) => act({ type: 'compose', host: HOSTS.ws, form }),
        submitMessage: (content) => {
          // The sender's host selected, so its terminal and place in the diagram are in view as the message sets off.
          set({ selectedHost: HOSTS.ws });
          act({ type: 'submit', host: HOSTS.ws, content: base64Encode(content) });
        },
        setFaults: (host, faults) => act({ type: 'faults', host, faults }),
      };
    },
    {
      name: 'smtp-lab.simulator',
      version: 1,
      storage: lazyJSONStorage(),
      partialize: (s): Saved => ({
        scenarioId: s.scenarioId,
        acts: s.acts,
        position: s.position,
        speed: s.speed,
        selectedHost: s.selectedHost,
        layers: s.layers,
        eavesdropper: s.eavesdropper,
      }),
      // The world is not saved: replaying the scenario and the person's acts
      // rebuilds it exactly, because one seed gives one log (DESIGN.md).
      merge: (saved, current) => {
        const s = readSaved<SavedRaw>('simulator', saved, SAVED_SHAPE);
        if (!s.scenarioId) return current;
        // A scenario that exists and acts that replay (an older version, a
        // hand-edited localStorage may break either): if the replay still
        // fails, start fresh rather than leave the page blank.
        try {
          const acts = keepValid('simulator', 'acts', s.acts ?? [], isAct);
          const next = load(s.scenarioId, acts);
          const hosts = next.timeline.world.hosts;
          return {
            ...current,
            ...next,
            ...at(next.timeline, s.position ?? 0),
            speed: s.speed ?? current.speed,
            selectedHost: s.selectedHost !== undefined && hasOwnKey(hosts, s.selectedHost) ? s.selectedHost : next.selectedHost,
            layers: { ...ALL_LAYERS, ...s.layers },
            eavesdropper: s.eavesdropper === true,
          };
        } catch {
          return current;
        }
      },
    },
  ),
);

export type SimulatorStore = typeof simulatorStore;

// --- Presenter mode (issue 14) -------------------------------------------
// The audience window replays the presenter's acts with this same store. It
// shares the presenter's origin, so it shares localStorage too: it must never
// write the presenter's saved session, so there its storage keeps nothing
// (the session read once on creation is replaced by the presenter's first message).
const AUDIENCE_WINDOW = typeof location !== 'undefined' && location.hash.startsWith('#/present/audience');

if (AUDIENCE_WINDOW) simulatorStore.persist.setOptions({ storage: { getItem: () => null, setItem: () => undefined, removeItem: () => undefined } });

/** What the presenter's window sends: all its acts (`full`) or those since `base`, and where it stands. */
export type ActsReplay = { scenarioId: string; full: boolean; base: number; acts: readonly Act[]; position: number; selectedHost: string; speed: Speed };

/**
 * The audience's side: the presenter's acts replayed by the same core, so
 * both logs agree byte for byte (one seed, one log). False when the acts do
 * not follow on from what this store holds: the caller asks for all of them.
 */
export function replayActs(r: ActsReplay): boolean {
  const s = simulatorStore.getState();
  if (!r.full && (r.scenarioId !== s.scenarioId || r.base !== s.acts.length)) return false;
  const next = !r.full ? { timeline: r.acts.reduce(perform, s.timeline), acts: [...s.acts, ...r.acts] } : load(r.scenarioId, r.acts);
  const same = next.timeline === s.timeline;
  const hosts = next.timeline.world.hosts;
  simulatorStore.setState({
    ...next,
    scenarioId: scenarioOf(r.scenarioId).id,
    ...at(next.timeline, r.position, same ? s.world : undefined),
    selectedHost: hasOwnKey(hosts, r.selectedHost) ? r.selectedHost : s.selectedHost,
    speed: r.speed,
    playing: false,
  });
  return true;
}

/** An act's input as core takes it (for a snapshot link of the presenter's position). */
export const worldInputOf = toWorldInput;
// --- end presenter mode ------------------------------------------------------
