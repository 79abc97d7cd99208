// Moving the world: `step` makes the next thing on the agenda happen,
// `applyInput` lets a person act (type at a shell, send from the compose
// form, hand the user agent a whole message, switch a fault). Each returns
// the new world and exactly one event.
import { utf8Bytes } from '../mime/bytes';
import { newShell } from '../shell/shell';
import { dispatch } from './dispatch';
import { submitExisting } from './ua/index';
import { emptyMailLog, isFaultKey, noFaults, seedRandom, switchWords, Tick, withFaults, type Draft, type Faults, type Host, type World, type WorldEvent, type WorldSpec } from './world/index';

export type WorldInput =
  /** A line typed at a host's shell ('\x03' Ctrl-C, '\x04' Ctrl-D, '\x1d' Ctrl-]); `columns`: the terminal's width, for what wraps (help). */
  | { type: 'shell'; host: string; line: string; columns?: number }
  /** The compose form of a host's user agent. */
  | { type: 'compose'; host: string; draft: Draft }
  /** An existing message (an .eml) handed to a host's user agent, which reads the envelope from its headers. */
  | { type: 'submit'; host: string; content: Uint8Array }
  /** Switch faults or policies of a node. */
  | { type: 'faults'; host: string; faults: Partial<Faults> };

export type Stepped = { world: World; event: WorldEvent };

export function createWorld(spec: WorldSpec, seed: number): World {
  const hosts: Record<string, Host> = {};
  for (const h of spec.hosts) {
    const { faults, ...rest } = h;
    const mailboxes: Record<string, Uint8Array[]> = {};
    for (const m of h.mta?.policy.mailboxes ?? []) mailboxes[m] = [];
    hosts[h.name] = { ...rest, faults: withFaults(noFaults, faults ?? {}), dns: {}, queue: [], mailboxes, shell: newShell(h.users[0] ?? 'root', h.name), mailLog: emptyMailLog(), greylist: {} };
  }
  return { seed, now: spec.start, random: seedRandom(seed), seq: 0, order: 0, nextId: 0, agenda: [], zone: spec.zone, nameServer: spec.nameServer, hosts, links: spec.links, connections: new Map() };
}

/** Simulated time of the next event on the agenda, if any. */
export function nextTime(world: World): number | undefined {
  return world.agenda[0]?.time;
}

/** The next event, or undefined when nothing is left to happen. */
export function step(world: World): Stepped | undefined {
  const next = world.agenda[0];
  if (!next) return undefined;
  const t = new Tick({ ...world, agenda: world.agenda.slice(1) }, next.time, dispatch, true);
  dispatch(t, next.action);
  return t.finish();
}

/**
 * One input a switch: a faults input that switches several keys becomes one
 * input (and one event) for each, so the log says one thing at a time.
 */
export function splitInput(what: WorldInput): WorldInput[] {
  if (what.type !== 'faults') return [what];
  const keys = Object.keys(what.faults) as (keyof Faults)[];
  return keys.length <= 1 ? [what] : keys.map((k) => ({ ...what, faults: { [k]: what.faults[k] } }));
}

/** What a person did, as one event; a faults input names one switch (splitInput), else its event lists them all. */
export function applyInput(world: World, input: WorldInput): Stepped {
  const t = new Tick(world, world.now, dispatch);
  const host = t.host(input.host);
  if (!host) {
    t.record({ from: input.host, to: input.host, layer: 'ua', kind: 'no-such-host', summary: `no host ${input.host}`, explanation: 'The input names a host this world does not have.', rfc: 'RFC 1035 §3.1' });
    return t.finish();
  }
  if (input.type === 'shell') {
    const mode = host.shell.mode;
    const where = mode.type === 'prompt' ? `${host.shell.user}@${host.name}:~$` : mode.type === 'connected' ? `${host.name} (${mode.tool} to ${mode.target}):` : `${host.name} (${mode.type}):`;
    t.cause({ type: 'tell-shell', host: host.name, input: { type: 'line', line: input.line, ...(input.columns !== undefined ? { columns: input.columns } : {}) } });
    // A line that went out on a connection is recorded as that segment; any other line is its own event.
    if (!t.recorded) {
      t.record({ from: host.name, to: host.name, layer: 'ua', kind: 'shell-input', bytes: utf8Bytes(input.line), summary: `${where} ${input.line.replace(/[\x00-\x1f]/g, (c) => `^${String.fromCharCode(c.charCodeAt(0) + 64)}`)}`, explanation: 'A person types a line at the shell of this host.', rfc: 'RFC 854' });
    }
  } else if (input.type === 'compose') {
    dispatch(t, { type: 'compose', host: host.name, draft: input.draft, shell: false, debug: false });
  } else if (input.type === 'submit') {
    submitExisting(t, host.name, input.content);
  } else {
    const faults = withFaults(host.faults, input.faults);
    t.setHost({ ...host, faults });
    const keys = Object.keys(input.faults).filter(isFaultKey);
    const words = keys.map((k) => switchWords(host.name, k, faults[k]));
    t.record({ from: host.name, to: host.name, layer: 'config', kind: 'faults', summary: words.map((w) => w.summary).join('; ') || `${host.name}: nothing switched`, explanation: words.map((w) => w.explanation).join(' ') || 'The input names no switch this world has.', rfc: words[0]?.rfc ?? 'RFC 5321 §4.5.4' });
  }
  return t.finish();
}
