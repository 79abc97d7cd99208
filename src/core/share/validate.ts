// A shared state comes from outside this build (a link someone typed, a file
// from another version): every field is checked before anything replays
// it, and the first wrong one is named by its path, never thrown.
import { isFaultKey, noFaults } from '../net/index';
import type { Layer } from '../net/index';
import { SHARE_FORMAT } from './version';
import type { Decoded, LessonShare, PlaygroundShare, SharedAct, SharedDraft, SharedInput, SharedLessonAct, SharedState, SharedStepProgress, SimulatorScreen, WorldShare } from './types';

const LAYERS: readonly Layer[] = ['tcp', 'dns', 'smtp', 'delivery', 'ua', 'config'];
/** More acts than a class types in a term: a link past it would keep the receiver's tab replaying for minutes. */
export const MAX_ACTS = 10_000;

/** Thrown only inside this file, and always caught by `validateShared`. */
class Invalid {
  constructor(
    readonly path: string,
    readonly message: string,
  ) {}
}

type Obj = Record<string, unknown>;

function obj(v: unknown, path: string): Obj {
  if (typeof v !== 'object' || v === null || Array.isArray(v)) throw new Invalid(path, 'expected an object');
  return v as Obj;
}
function str(v: unknown, path: string): string {
  if (typeof v !== 'string') throw new Invalid(path, 'expected a string');
  return v;
}
function int(v: unknown, path: string): number {
  if (typeof v !== 'number' || !Number.isSafeInteger(v) || v < 0) throw new Invalid(path, 'expected a whole number ≥ 0');
  return v;
}
function bool(v: unknown, path: string): boolean {
  if (typeof v !== 'boolean') throw new Invalid(path, 'expected true or false');
  return v;
}
function arr<T>(v: unknown, path: string, item: (x: unknown, path: string) => T): T[] {
  if (!Array.isArray(v)) throw new Invalid(path, 'expected a list');
  return v.map((x, i) => item(x, `${path}[${i}]`));
}
function oneOf<T extends string>(v: unknown, path: string, options: readonly T[]): T {
  if (!options.includes(v as T)) throw new Invalid(path, `expected one of ${options.join(', ')}`);
  return v as T;
}
function optional<T>(o: Obj, key: string, path: string, read: (x: unknown, path: string) => T): T | undefined {
  return o[key] === undefined ? undefined : read(o[key], `${path}.${key}`);
}
const base64 = (v: unknown, path: string): string => {
  const s = str(v, path);
  if (!/^[A-Za-z0-9+/]*={0,2}$/.test(s)) throw new Invalid(path, 'expected base64');
  return s;
};

function draft(v: unknown, path: string): SharedDraft {
  const o = obj(v, path);
  const list = (x: unknown, p: string) => arr(x, p, str);
  const d: SharedDraft = { to: list(o.to, `${path}.to`), subject: str(o.subject, `${path}.subject`), text: str(o.text, `${path}.text`) };
  const from = optional(o, 'from', path, str);
  const cc = optional(o, 'cc', path, list);
  const bcc = optional(o, 'bcc', path, list);
  const html = optional(o, 'html', path, str);
  const attachments = optional(o, 'attachments', path, (x, p) =>
    arr(x, p, (a, q) => {
      const ao = obj(a, q);
      return { filename: str(ao.filename, `${q}.filename`), contentType: str(ao.contentType, `${q}.contentType`), content: base64(ao.content, `${q}.content`) };
    }),
  );
  const headers = optional(o, 'headers', path, (x, p) =>
    arr(x, p, (h, q) => {
      const ho = obj(h, q);
      return { name: str(ho.name, `${q}.name`), value: str(ho.value, `${q}.value`) };
    }),
  );
  return { ...d, ...(from !== undefined && { from }), ...(cc && { cc }), ...(bcc && { bcc }), ...(html !== undefined && { html }), ...(attachments && { attachments }), ...(headers && { headers }) };
}

/** Only the switches core knows, each of its own type. */
function faults(v: unknown, path: string): Partial<typeof noFaults> {
  const o = obj(v, path);
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(o)) {
    const p = `${path}.${key}`;
    if (!isFaultKey(key)) throw new Invalid(p, 'no such fault');
    const known = noFaults[key];
    if (key === 'vrfy') out[key] = oneOf(value, p, ['answer', 'cannot-verify', 'disabled'] as const);
    else if (key === 'slow') {
      if (typeof value !== 'number' || !(value > 0 && value <= 1000)) throw new Invalid(p, 'expected a number in (0, 1000]');
      out[key] = value;
    } else if (Array.isArray(known)) out[key] = arr(value, p, str);
    else out[key] = bool(value, p);
  }
  return out as Partial<typeof noFaults>;
}

function input(v: unknown, path: string): SharedInput {
  const o = obj(v, path);
  const host = str(o.host, `${path}.host`);
  const type = oneOf(o.type, `${path}.type`, ['shell', 'compose', 'submit', 'faults'] as const);
  if (type === 'shell') {
    const columns = optional(o, 'columns', path, int);
    return { type, host, line: str(o.line, `${path}.line`), ...(columns !== undefined && { columns }) };
  }
  if (type === 'compose') return { type, host, draft: draft(o.draft, `${path}.draft`) };
  if (type === 'submit') return { type, host, content: base64(o.content, `${path}.content`) };
  return { type, host, faults: faults(o.faults, `${path}.faults`) };
}

function act(v: unknown, path: string): SharedAct {
  const o = obj(v, path);
  const at = optional(o, 'at', path, int);
  return { ...(at !== undefined && { at }), input: input(o.input, `${path}.input`) };
}

function screen(v: unknown, path: string): SimulatorScreen {
  const o = obj(v, path);
  const selected = optional(o, 'selected', path, int);
  return {
    host: str(o.host, `${path}.host`),
    ...(selected !== undefined && { selected }),
    layers: arr(o.layers, `${path}.layers`, (x, p) => oneOf(x, p, LAYERS)),
    eavesdropper: bool(o.eavesdropper, `${path}.eavesdropper`),
  };
}

const hex = (length: number) => (v: unknown, path: string) => {
  const s = str(v, path);
  if (!new RegExp(`^[0-9a-f]{${length}}$`).test(s)) throw new Invalid(path, `expected ${length} hex digits`);
  return s;
};

/** The fields the Simulator's and a lesson's states share. */
function worldBase(o: Obj, core: string) {
  const log = obj(o.log, 'log');
  const every = int(log.every, 'log.every');
  if (every === 0) throw new Invalid('log.every', 'expected at least 1');
  return {
    v: SHARE_FORMAT,
    core,
    id: str(o.id, 'id'),
    data: hex(16)(o.data, 'data'),
    position: int(o.position, 'position'),
    screen: screen(o.screen, 'screen'),
    log: { events: int(log.events, 'log.events'), digest: hex(16)(log.digest, 'log.digest'), every, marks: arr(log.marks, 'log.marks', hex(6)) },
  };
}

function acts<T>(v: unknown, item: (x: unknown, path: string) => T): T[] {
  return Array.isArray(v) && v.length > MAX_ACTS ? tooMany(v.length) : arr(v, 'acts', item);
}

function world(o: Obj, core: string): WorldShare {
  return { ...worldBase(o, core), kind: 'simulator', seed: int(o.seed, 'seed'), acts: acts(o.acts, act) };
}

function lessonAct(v: unknown, path: string): SharedLessonAct {
  const o = obj(v, path);
  if (o.showMe === undefined) return act(v, path);
  const at = optional(o, 'at', path, int);
  return { ...(at !== undefined && { at }), showMe: str(o.showMe, `${path}.showMe`) };
}

function stepProgress(v: unknown, path: string): SharedStepProgress {
  const o = obj(v, path);
  return {
    since: int(o.since, `${path}.since`),
    guesses: arr(o.guesses, `${path}.guesses`, (x, p) => {
      const g = obj(x, p);
      return { index: int(g.index, `${p}.index`), guess: int(g.guess, `${p}.guess`), reply: int(g.reply, `${p}.reply`) };
    }),
    playground: arr(o.playground, `${path}.playground`, (x, p) => {
      const g = obj(x, p);
      const charset = optional(g, 'charset', p, str);
      const direction = optional(g, 'direction', p, (d, q) => oneOf(d, q, ['decode', 'encode'] as const));
      return {
        explorer: str(g.explorer, `${p}.explorer`),
        ...(charset !== undefined && { charset }),
        ...(direction !== undefined && { direction }),
        input: str(g.input, `${p}.input`),
        output: str(g.output, `${p}.output`),
        at: int(g.at, `${p}.at`),
      };
    }),
    answers: arr(o.answers, `${path}.answers`, (x, p) => {
      const g = obj(x, p);
      return { question: str(g.question, `${p}.question`), answer: str(g.answer, `${p}.answer`), at: int(g.at, `${p}.at`) };
    }),
  };
}

function lesson(o: Obj, core: string): LessonShare {
  return { ...worldBase(o, core), kind: 'lesson', step: int(o.step, 'step'), acts: acts(o.acts, lessonAct), progress: stepProgress(o.progress, 'progress') };
}

function tooMany(n: number): never {
  throw new Invalid('acts', `${n} acts, more than the ${MAX_ACTS} SMTP Lab replays`);
}

function playground(o: Obj, core: string): PlaygroundShare {
  const i = obj(o.input, 'input');
  const sample = optional(i, 'sample', 'input', str);
  const fields = optional(o, 'fields', '', (x, p) => Object.fromEntries(Object.entries(obj(x, p)).map(([k, val]) => [k, str(val, `${p}.${k}`)])));
  const file = optional(o, 'file', '', (x, p) => {
    const f = obj(x, p);
    const content = base64(f.content, `${p}.content`);
    // SMTP Lab writes whole quanta: a shorter end lost bytes of the message.
    if (content.length % 4 !== 0) throw new Invalid(`${p}.content`, 'expected base64 in whole groups of four characters (its end was lost)');
    return { name: str(f.name, `${p}.name`), content };
  });
  return {
    v: SHARE_FORMAT,
    core,
    kind: 'playground',
    explorer: str(o.explorer, 'explorer'),
    input: {
      text: str(i.text, 'input.text'),
      direction: oneOf(i.direction, 'input.direction', ['decode', 'encode'] as const),
      charset: str(i.charset, 'input.charset'),
      wordEncoding: oneOf(i.wordEncoding, 'input.wordEncoding', ['B', 'Q'] as const),
      ...(sample !== undefined && { sample }),
    },
    ...(fields && { fields }),
    ...(file && { file }),
  };
}

/** A parsed JSON value as a shared state, or the first field that is wrong. */
export function validateShared(value: unknown): Decoded<SharedState> {
  try {
    const o = obj(value, '');
    const v = int(o.v, 'v');
    if (v > SHARE_FORMAT) return { ok: false, error: { kind: 'newer-version', format: v, message: `Made with a newer SMTP Lab (link format ${v}; this one reads up to ${SHARE_FORMAT}). Reload to update, then open it again.` } };
    const core = str(o.core, 'core');
    const kind = oneOf(o.kind, 'kind', ['simulator', 'lesson', 'playground'] as const);
    return { ok: true, value: kind === 'playground' ? playground(o, core) : kind === 'lesson' ? lesson(o, core) : world(o, core) };
  } catch (e) {
    if (!(e instanceof Invalid)) throw e;
    const where = e.path.replace(/^\./, '') || 'the whole state';
    return { ok: false, error: { kind: 'invalid', path: where, message: `The shared state is not valid at ${where}: ${e.message}.` } };
  }
}

/** One world input from outside (a lesson file's solution step), or the field that is wrong. */
export function validateSharedInput(v: unknown, path: string): { ok: true; value: SharedInput } | { ok: false; path: string; message: string } {
  try {
    return { ok: true, value: input(v, path) };
  } catch (e) {
    if (!(e instanceof Invalid)) throw e;
    return { ok: false, path: e.path, message: e.message };
  }
}
