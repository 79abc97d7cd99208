// The Simulator page's store: a core timeline (the event log and the worlds
// it passes through), where the person stands in it, and what they chose to
// look at. Every change to the world is a core call; this file only decides
// which one and remembers what the person did, so a reload can replay it.
import { createStore } from 'zustand/vanilla';
import { persist } from 'zustand/middleware';
import { lazyJSONStorage } from './storage';
import { hasOwnKey, isBoolean, isFiniteNumber, isRecord, isString, keepValid, oneOf, own, readSaved, type Check } from './savedState';
import { isSavedInput } from './simulatorSaved';
import { HOSTS, seek, type Faults, type Layer, type Timeline, type World, type WorldInput } from '../core/net/index';
import { SCENARIOS, playScenario, type Scenario } from '../core/scenarios/index';
import { applyAct, sharedInput } from '../core/share/index';
import type { Draft } from './simulatorCompose';
import type { LessonAct } from './lessons';
import { coreDraft } from './simulatorDraft';
import { base64Decode, base64Encode } from '../core/codec/base64';
import { splitWords } from '../core/shell/index';

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
export const LAYERS: readonly Layer[] = ['tcp', 'dns', 'smtp', 'delivery', 'ua', 'config'];

/** Milliseconds between two events while playing; 1× is slow enough to read each line aloud. */
export function stepInterval(speed: Speed): number {
  return speed === 'max' ? 0 : 900 / Number(speed);
}

/**
 * A world the workspace shows that is not the person's sandbox: a lesson's,
 * a challenge's or a lesson being built, made by the Lessons page. A lesson or a challenge may
 * withhold shell commands and panels: the store refuses those acts before
 * they reach core (the shell itself knows no withheld list), and says why
 * in `refused`.
 */
export type Start =
  | { kind: 'lesson' | 'challenge' | 'builder'; id: string; timeline: Timeline; focus: string; position: number; withheldCommands?: readonly string[]; withheldPanels?: readonly string[]; from?: readonly LessonAct[] }
  | { kind: 'sandbox' };

/**
 * Another world on screen beside the person's own work: a lesson's, a
 * challenge's, or a shared link's (issue 15). One mechanism for all three:
 * while a visit is on screen the sandbox waits aside, whole, and is what is
 * saved (`partialize`), so neither a lesson nor a link can overwrite it;
 * leaving (`loadStart({ kind: 'sandbox' })`, `keepOwnWork`) gives it back as it was.
 */
export type Visit =
  | {
      kind: 'lesson' | 'challenge' | 'builder';
      id: string;
      withheldCommands: readonly string[];
      withheldPanels: readonly string[];
      /** A lesson's own acts its timeline was rebuilt from: a presenter's audience rebuilds it from them the same way. */
      from?: readonly LessonAct[];
    }
  | { kind: 'shared'; id: string; seed: number; /** "Replayed exactly", or where and why the log differs. */ message: string; exact: boolean };
type Sandbox = Pick<SimulatorState, 'scenarioId' | 'acts' | 'timeline' | 'position' | 'world' | 'selectedHost' | 'layers' | 'eavesdropper'>;
export type Visiting = Visit & { sandbox: Sandbox };

/** An act the store did not pass on: a withheld command typed at a prompt, or a withheld panel used; `by`, the visit that withholds it. */
export type Refusal = { host: string; line?: string; message: string; by: 'lesson' | 'challenge' | 'builder'; count: number };

export type SimulatorState = {
  scenarioId: string;
  /** The lesson, challenge or shared state on screen, with the sandbox kept as it was; absent in the sandbox. */
  visiting?: Visiting;
  /** The last act refused while visiting (`count` grows with each, so the same refusal twice is still news). */
  refused?: Refusal;
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
  /** A lesson's world on screen (acts start empty, playing on from `position`), or the sandbox back as it was. */
  loadStart(start: Start): void;
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
  /** A line typed at the attached host; `columns`, the terminal's width, told to its shell when it changed (for help's wrapping). */
  sendLine(line: string, columns?: number): void;
  interrupt(): void;
  /** Ctrl-]: telnet's escape character (closes a telnet or nc connection). */
  escape(): void;
  endOfFile(): void;
  compose(form: Draft): void;
  /** A whole message (an .eml from the Playground) handed to Alice's user agent, which sends it as it is; the refusal if the visit on screen withholds the user agent. */
  submitMessage(content: Uint8Array): Refusal | undefined;
  setFaults(host: string, change: Partial<Faults>): void;

  /** Shows a shared state as a visit; the person's saved state stays as it was until `keepOwnWork`. */
  openShared(state: OpenedShare): void;
  /** Back to the person's own work, as it was saved. */
  keepOwnWork(): void;
};

/** A replayed shared state as the store shows it (made by store/share.ts). */
export type OpenedShare = Pick<SimulatorState, 'scenarioId' | 'acts' | 'timeline' | 'position' | 'selectedHost' | 'layers' | 'eavesdropper'> & {
  seed: number;
  /** "Replayed exactly", or where and why the log differs. */
  message: string;
  exact: boolean;
};
export type SharedView = Extract<Visiting, { kind: 'shared' }>;

/** The shared state on screen, if one is. */
export function sharedView(s: Pick<SimulatorState, 'visiting'>): SharedView | undefined {
  return s.visiting?.kind === 'shared' ? s.visiting : undefined;
}

/** The person has typed or composed in a scenario of their own (not free play, not a visit), so it is no longer the scenario as written. */
export function changedByYou(s: Pick<SimulatorState, 'scenarioId' | 'acts' | 'visiting'>): boolean {
  return !s.visiting && s.scenarioId !== FREE_PLAY.id && s.acts.length > 0;
}

type Saved = Pick<SimulatorState, 'scenarioId' | 'acts' | 'position' | 'speed' | 'selectedHost' | 'layers' | 'eavesdropper'>;

const ALL_LAYERS: Record<Layer, boolean> = { tcp: true, dns: true, smtp: true, delivery: true, ua: true, config: true };

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

export function scenarioOf(id: string): Scenario {
  return ALL_SCENARIOS.find((s) => s.id === id) ?? SCENARIOS[0]!;
}

export function toWorldInput(i: SavedInput): WorldInput {
  if (i.type === 'compose') return { type: 'compose', host: i.host, draft: coreDraft(i.form) };
  if (i.type === 'submit') return { type: 'submit', host: i.host, content: base64Decode(i.content).bytes };
  return i;
}

/** The timeline with one more act: core's, the one a shared link replays with, so both agree byte for byte. */
export function perform(tl: Timeline, act: Act): Timeline {
  return applyAct(tl, { at: act.at, input: sharedInput(toWorldInput(act.input)) });
}

export function load(id: string, acts: readonly Act[] = []) {
  const scenario = scenarioOf(id);
  const timeline = acts.reduce(perform, playScenario(scenario));
  return { scenarioId: scenario.id, acts, timeline, selectedHost: scenario.focus };
}

const sandboxOf = (s: SimulatorState): Sandbox => ({
  scenarioId: s.scenarioId,
  acts: s.acts,
  timeline: s.timeline,
  position: s.position,
  world: s.world,
  selectedHost: s.selectedHost,
  layers: s.layers,
  eavesdropper: s.eavesdropper,
});

/** The visit's own sandbox if one is on screen already (a link opened from a lesson), so the person's work is set aside once. */
export const asideOf = (s: SimulatorState): Sandbox => s.visiting?.sandbox ?? sandboxOf(s);

/** Back to the person's own work, exactly as it was set aside. */
const leave = (s: SimulatorState) => (s.visiting ? { ...s.visiting.sandbox, visiting: undefined, refused: undefined, playing: false } : {});

const clamp = (n: number, max: number) => Math.max(0, Math.min(max, Math.round(n)));

/** `from`: the world the store holds now, on this same timeline, so moving forward replays only the events between. */
export function at(timeline: Timeline, position: number, from?: World) {
  const p = clamp(position, timeline.log.length);
  return { position: p, world: seek(timeline, p, from) };
}

/**
 * What a visit withholds, asked before an act reaches core. A withheld
 * command counts only as the first word of a line typed at a prompt (inside
 * telnet, `mail from:` is SMTP), and is answered as bash answers a command
 * it does not have.
 */
function refusalOf(s: SimulatorState, input: SavedInput): Omit<Refusal, 'count'> | undefined {
  const v = s.visiting;
  if (!v || v.kind === 'shared') return undefined;
  if ((input.type === 'compose' || input.type === 'submit') && v.withheldPanels.includes('compose')) {
    return { host: input.host, by: v.kind, message: 'The user agent (Compose, and sending from the Playground) is withheld here: type it at a shell.' };
  }
  if (input.type !== 'shell' || !v.withheldCommands.length) return undefined;
  const world = s.playing ? s.timeline.world : s.world;
  if (!Object.hasOwn(world.hosts, input.host) || world.hosts[input.host]!.shell.mode.type !== 'prompt') return undefined;
  const words = splitWords(input.line);
  const name = words.ok ? words.words[0] : undefined;
  return name !== undefined && v.withheldCommands.includes(name) ? { host: input.host, line: input.line, by: v.kind, message: `bash: ${name}: command not found` } : undefined;
}

/** The person's work rebuilt from what was saved (a reload). */
function restore(s: Partial<Omit<SavedRaw, 'acts'>> & { scenarioId: string; acts?: readonly unknown[] }, speed: Speed) {
  const acts = keepValid('simulator', 'acts', s.acts ?? [], isAct);
  const next = load(s.scenarioId, acts);
  const hosts = next.timeline.world.hosts;
  // Saved while the last input's answers were still playing: they come back
  // played, so a line typed after the reload joins after them instead of
  // cutting them off. A person who had stepped back before it stays there.
  const lastAt = acts[acts.length - 1]?.at;
  const live = lastAt !== undefined && (s.position ?? 0) > lastAt;
  return {
    ...next,
    ...at(next.timeline, live ? next.timeline.log.length : (s.position ?? 0)),
    speed: s.speed ?? speed,
    selectedHost: s.selectedHost !== undefined && hasOwnKey(hosts, s.selectedHost) ? s.selectedHost : next.selectedHost,
    layers: { ...ALL_LAYERS, ...s.layers },
    eavesdropper: s.eavesdropper === true,
  };
}

const savedOf = (s: Saved): Saved => ({
  scenarioId: s.scenarioId,
  acts: s.acts,
  position: s.position,
  speed: s.speed,
  selectedHost: s.selectedHost,
  layers: s.layers,
  eavesdropper: s.eavesdropper,
});

export const simulatorStore = createStore<SimulatorState>()(
  persist(
    (set, get) => {
      /**
       * A person acts. Looking at the past (paused before the end), the
       * future is cut and the world branches from there; otherwise the input
       * joins the end. Either way the world jumps to the input's own event,
       * so the terminal answers a typist at once (skipping what was still
       * animating), and plays on through what the input caused. Gives the
       * refusal when the visit on screen withholds the act.
       */
      const act = (saved: SavedInput): Refusal | undefined => {
        let refused: Refusal | undefined;
        set((s) => {
          const refusal = refusalOf(s, saved);
          if (refusal) return { refused: (refused = { ...refusal, count: (s.refused?.count ?? 0) + 1 }) };
          const a: Act = { at: s.playing ? s.timeline.log.length : s.position, input: saved };
          const timeline = perform(s.timeline, a);
          // From the new timeline's world when the input's event is its last (a line the shell answers at once, as each of a long paste):
          // replaying from a snapshot instead costs up to SNAPSHOT_EVERY inputs a line.
          const next = at(timeline, a.at + 1, timeline.world);
          return { acts: [...s.acts, a], timeline, ...next, refused: undefined, playing: next.position < timeline.log.length };
        });
        return refused;
      };
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
        loadStart: (start) =>
          set((s) => {
            if (start.kind === 'sandbox') return leave(s);
            const next = at(start.timeline, start.position);
            const selectedHost = s.visiting?.kind === start.kind && s.visiting.id === start.id ? s.selectedHost : start.focus;
            const visiting: Visiting = {
              kind: start.kind,
              id: start.id,
              sandbox: asideOf(s),
              withheldCommands: start.withheldCommands ?? [],
              withheldPanels: start.withheldPanels ?? [],
              ...(start.from && { from: start.from }),
            };
            return { visiting, refused: undefined, acts: [], timeline: start.timeline, ...next, selectedHost, playing: next.position < start.timeline.log.length };
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
        sendLine: (line, columns) => {
          const { selectedHost: host, timeline, playing, world } = get();
          // The shell keeps the width it was told: only a change travels (and is kept in the acts and links).
          const told = (playing ? timeline.world : world).hosts[host]?.shell.columns;
          act({ type: 'shell', host, line, ...(columns !== undefined && columns !== told && { columns }) });
        },
        interrupt: () => act({ type: 'shell', host: get().selectedHost, line: '\x03' }),
        escape: () => act({ type: 'shell', host: get().selectedHost, line: '\x1d' }),
        endOfFile: () => act({ type: 'shell', host: get().selectedHost, line: '\x04' }),
        compose: (form) => act({ type: 'compose', host: HOSTS.ws, form }),
        submitMessage: (content) => {
          // The sender's host selected, so its terminal and place in the diagram are in view as the message sets off.
          set({ selectedHost: HOSTS.ws });
          return act({ type: 'submit', host: HOSTS.ws, content: base64Encode(content) });
        },
        setFaults: (host, faults) => act({ type: 'faults', host, faults }),

        // Shared states (issue 15): a visit like a lesson's, so the saved
        // value stays the person's (`partialize` below) and a link can never overwrite their work.
        openShared: ({ seed, message, exact, ...view }) =>
          set((s) => ({
            ...view,
            world: seek(view.timeline, view.position),
            playing: false,
            refused: undefined,
            visiting: { kind: 'shared', id: view.scenarioId, seed, message, exact, sandbox: asideOf(s) },
          })),
        keepOwnWork: () => set(leave),
      };
    },
    {
      name: 'smtp-lab.simulator',
      version: 1,
      storage: lazyJSONStorage(),
      // A lesson, a challenge or a shared state on screen: the person's own work, set aside, is what is saved.
      partialize: (s): Saved => savedOf(s.visiting ? { ...s, ...s.visiting.sandbox } : s),
      // The world is not saved: replaying the scenario and the person's acts
      // rebuilds it exactly, because one seed gives one log (DESIGN.md).
      merge: (saved, current) => {
        const s = readSaved<SavedRaw>('simulator', saved, SAVED_SHAPE);
        if (!s.scenarioId) return current;
        // A scenario that exists and acts that replay (an older version, a
        // hand-edited localStorage may break either): if the replay still
        // fails, start fresh rather than leave the page blank.
        try {
          return { ...current, ...restore({ ...s, scenarioId: s.scenarioId }, current.speed) };
        } catch {
          return current;
        }
      },
    },
  ),
);

export type SimulatorStore = typeof simulatorStore;

// The audience window (presenter mode, replayed by simulatorAudience.ts) uses this same store. It
// shares the presenter's origin, so it shares localStorage too: it must never
// write the presenter's saved session, so there its storage keeps nothing
// (the session read once on creation is replaced by the presenter's first message).
const AUDIENCE_WINDOW = typeof location !== 'undefined' && location.hash.startsWith('#/present/audience');

if (AUDIENCE_WINDOW) simulatorStore.persist.setOptions({ storage: { getItem: () => null, setItem: () => undefined, removeItem: () => undefined } });
