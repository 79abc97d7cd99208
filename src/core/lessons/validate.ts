// Lesson data from outside (a .json file, a link): every field checked,
// every problem returned with the path of the field that has it
// ("steps[2].check.of[0].code"), nothing thrown. Only data that passes is
// typed as a Lesson; the evaluator also refuses a check that does not.
import { HOSTS, noFaults } from '../net/index';
import { CHECK_TYPES } from './check';
import { patternProblem } from './pattern';
import type { Lesson } from './types';
import { bool, err, isObject, list, num, str, strings, type Ctx, type ValidationError } from './validate-fields';
import { worldChanges } from './validate-world';

/** Lines and inputs a lesson's prelude and solutions may hold in all, as a shared link's acts (share/validate.ts): a file past it would replay for minutes. */
export const MAX_INPUTS = 10_000;

const inputsIn = (steps: unknown): number => (Array.isArray(steps) ? steps.reduce((n: number, s) => n + (isObject(s) && Array.isArray(s.lines) ? s.lines.length : 1), 0) : 0);

/** Nested clauses deeper than this are refused, so a hostile file cannot exhaust the stack. */
export const MAX_CHECK_DEPTH = 24;

function pattern(ctx: Ctx, o: Record<string, unknown>, key: string, path: string): void {
  const v = o[key];
  if (v === undefined) return;
  const at = `${path}${key}`;
  if (typeof v === 'string') {
    const p = patternProblem(v);
    if (p) err(ctx, at, p);
    return;
  }
  if (!isObject(v) || typeof v.text !== 'string') return err(ctx, at, 'must be a string or { text, regex?, caseSensitive? }');
  bool(ctx, v, 'regex', `${at}.`);
  bool(ctx, v, 'caseSensitive', `${at}.`);
  const p = patternProblem({ text: v.text, regex: v.regex === true });
  if (p) err(ctx, `${at}.text`, p);
}

function count(ctx: Ctx, o: Record<string, unknown>, key: string, path: string): void {
  const v = o[key];
  if (v === undefined) return;
  if (typeof v === 'number') return num(ctx, o, key, path, true);
  if (!isObject(v)) return err(ctx, `${path}${key}`, 'must be a number or { min?, max?, exactly? }');
  for (const k of ['min', 'max', 'exactly']) num(ctx, v, k, `${path}${key}.`, false);
}

const FAULT_KEYS = Object.keys(noFaults);

function clause(ctx: Ctx, c: unknown, path: string, depth: number): void {
  const p = path ? `${path}.` : '';
  if (!isObject(c)) return err(ctx, path || '(check)', 'must be an object with a type');
  if (depth > MAX_CHECK_DEPTH) return err(ctx, path, `nested deeper than ${MAX_CHECK_DEPTH}`);
  str(ctx, c, 'says', p, false);
  const type = c.type;
  if (typeof type !== 'string' || !(CHECK_TYPES as readonly string[]).includes(type)) return err(ctx, `${p}type`, `must be one of ${CHECK_TYPES.join(', ')}`);
  switch (type) {
    case 'all':
    case 'any':
    case 'then':
      list(ctx, c, 'of', p, true, (x, at) => clause(ctx, x, at, depth + 1));
      if (Array.isArray(c.of) && c.of.length === 0 && !(ctx.draft && depth === 0)) err(ctx, `${p}of`, 'must not be empty');
      bool(ctx, c, 'sameConnection', p);
      return;
    case 'not':
      return c.check === undefined ? err(ctx, `${p}check`, 'is required') : clause(ctx, c.check, `${p}check`, depth + 1);
    case 'reply':
      for (const k of ['server', 'client', 'command', 'enhanced']) str(ctx, c, k, p, false);
      if (c.code !== undefined && !(typeof c.code === 'number' && c.code >= 200 && c.code <= 599) && !(Array.isArray(c.code) && c.code.length > 0 && c.code.every((x) => typeof x === 'number' && x >= 200 && x <= 599))) err(ctx, `${p}code`, 'must be a reply code 200–599 or a list of them');
      if (typeof c.enhanced === 'string' && !/^[245]\.\d{1,3}\.\d{1,3}$/.test(c.enhanced)) err(ctx, `${p}enhanced`, 'must be an enhanced status code such as 5.1.1 (RFC 3463)');
      pattern(ctx, c, 'argument', p);
      pattern(ctx, c, 'text', p);
      return count(ctx, c, 'count', p);
    case 'event':
      if (c.layer !== undefined && !['tcp', 'dns', 'smtp', 'delivery', 'ua'].includes(c.layer as string)) err(ctx, `${p}layer`, 'must be tcp, dns, smtp, delivery or ua');
      for (const k of ['kind', 'from', 'to']) str(ctx, c, k, p, false);
      pattern(ctx, c, 'summary', p);
      bool(ctx, c, 'encrypted', p);
      return count(ctx, c, 'count', p);
    case 'fault':
      str(ctx, c, 'host', p, true);
      if (!FAULT_KEYS.includes(c.key as string)) err(ctx, `${p}key`, `must be one of ${FAULT_KEYS.join(', ')}`);
      return;
    case 'mbox': {
      str(ctx, c, 'host', p, false);
      str(ctx, c, 'user', p, true);
      count(ctx, c, 'count', p);
      count(ctx, c, 'delta', p);
      const m = c.message;
      if (m === undefined) return;
      const mp = `${p}message.`;
      if (!isObject(m)) return err(ctx, `${p}message`, 'must be an object');
      pattern(ctx, m, 'sender', mp);
      pattern(ctx, m, 'recipient', mp);
      pattern(ctx, m, 'body', mp);
      strings(ctx, m, 'present', mp, false);
      strings(ctx, m, 'absent', mp, false);
      count(ctx, m, 'received', mp);
      list(ctx, m, 'headers', mp, false, (h, at) => {
        if (!isObject(h)) return err(ctx, at, 'must be { name, value }');
        str(ctx, h, 'name', `${at}.`, true);
        if (h.value === undefined) err(ctx, `${at}.value`, 'is required');
        pattern(ctx, h, 'value', `${at}.`);
      });
      list(ctx, m, 'parts', mp, false, (x, at) => {
        if (!isObject(x)) return err(ctx, at, 'must be { type?, encoding?, charset? }');
        for (const k of ['type', 'encoding', 'charset']) str(ctx, x, k, `${at}.`, false);
      });
      return;
    }
    case 'shell':
      str(ctx, c, 'host', p, false);
      pattern(ctx, c, 'command', p);
      pattern(ctx, c, 'output', p);
      bool(ctx, c, 'failed', p);
      return count(ctx, c, 'count', p);
    case 'playground':
      for (const k of ['explorer', 'charset']) str(ctx, c, k, p, false);
      if (c.direction !== undefined && c.direction !== 'decode' && c.direction !== 'encode') err(ctx, `${p}direction`, 'must be decode or encode');
      pattern(ctx, c, 'input', p);
      pattern(ctx, c, 'output', p);
      return;
    case 'answer':
      str(ctx, c, 'question', p, true);
      strings(ctx, c, 'accept', p, true);
      return;
  }
}

/** Problems of a check, each with its path; none means it can be evaluated. */
export function validateCheck(check: unknown, path = '', draft = false): ValidationError[] {
  const ctx: Ctx = { errors: [], draft };
  clause(ctx, check, path, 0);
  return ctx.errors;
}

export function scenarioStep(ctx: Ctx, s: unknown, at: string): void {
  if (!isObject(s)) return err(ctx, at, 'must be a scenario step');
  if (s.type === 'type') {
    str(ctx, s, 'host', `${at}.`, true);
    strings(ctx, s, 'lines', `${at}.`, true);
  } else if (s.type === 'input') {
    if (!isObject(s.input) || typeof s.input.type !== 'string' || typeof s.input.host !== 'string') err(ctx, `${at}.input`, 'must be a world input with a type and a host');
  } else if (s.type !== 'play') err(ctx, `${at}.type`, 'must be type, input or play');
}

/** A lesson's (or a challenge's) `start`. */
export function startField(ctx: Ctx, start: unknown): void {
  if (!isObject(start)) return err(ctx, 'start', 'is required: { focus, opens, scenario?, world?, prelude?, seed? }');
  str(ctx, start, 'focus', 'start.', true);
  if (typeof start.focus === 'string' && !(Object.values(HOSTS) as string[]).includes(start.focus)) err(ctx, 'start.focus', 'must name a host of the world');
  if (start.opens !== 'simulator' && start.opens !== 'playground') err(ctx, 'start.opens', 'must be simulator or playground');
  str(ctx, start, 'scenario', 'start.', false);
  num(ctx, start, 'seed', 'start.', false);
  worldChanges(ctx, start.world, 'start.world');
  list(ctx, start, 'prelude', 'start.', false, (s, at) => scenarioStep(ctx, s, at));
}

/** A step's (or a challenge's) `questions`. */
export function questionsField(ctx: Ctx, o: Record<string, unknown>, path: string): void {
  list(ctx, o, 'questions', path, false, (x, a) => {
    if (!isObject(x)) return err(ctx, a, 'must be { id, ask, choices? }');
    str(ctx, x, 'id', `${a}.`, true);
    str(ctx, x, 'ask', `${a}.`, true);
    strings(ctx, x, 'choices', `${a}.`, false);
  });
}

export type Validated = { ok: true; lesson: Lesson; errors: [] } | { ok: false; errors: ValidationError[] };

/** With `draft`, a lesson still being written passes without its texts, its checks' clauses and its exact hints. */
export function validateLesson(data: unknown, options: { draft?: boolean } = {}): Validated {
  const ctx: Ctx = { errors: [], draft: options.draft === true };
  if (!isObject(data)) return { ok: false, errors: [{ path: '', message: 'a lesson must be a JSON object' }] };
  for (const k of ['id', 'title', 'goal']) str(ctx, data, k, '', true);
  if (typeof data.id === 'string' && !/^[a-z0-9][a-z0-9-]{0,63}$/.test(data.id)) err(ctx, 'id', 'must be lower-case letters, digits and hyphens');
  num(ctx, data, 'revision', '', true);
  num(ctx, data, 'minutes', '', true);
  strings(ctx, data, 'topics', '', true);
  strings(ctx, data, 'withheldCommands', '', false);
  strings(ctx, data, 'withheldPanels', '', false);
  startField(ctx, data.start);
  list(ctx, data, 'needs', '', false, (n, at) => {
    if (!isObject(n)) return err(ctx, at, 'must be { id, what }');
    str(ctx, n, 'id', `${at}.`, true);
    str(ctx, n, 'what', `${at}.`, true);
  });
  list(ctx, data, 'steps', '', true, (s, at) => {
    const p = `${at}.`;
    if (!isObject(s)) return err(ctx, at, 'must be a step');
    for (const k of ['id', 'say', 'task', 'solved']) str(ctx, s, k, p, true);
    str(ctx, s, 'notes', p, false);
    bool(ctx, s, 'watch', p);
    if (s.opens !== undefined && s.opens !== 'simulator' && s.opens !== 'playground') err(ctx, `${p}opens`, 'must be simulator or playground');
    if (s.check === undefined) err(ctx, `${p}check`, 'is required');
    else ctx.errors.push(...validateCheck(s.check, `${p}check`, ctx.draft).slice(0, Math.max(0, 100 - ctx.errors.length)));
    list(ctx, s, 'solution', p, true, (x, a) => scenarioStep(ctx, x, a));
    list(ctx, s, 'predictions', p, false, (x, a) => {
      if (!isObject(x)) return err(ctx, a, 'must be { server, command, why }');
      for (const k of ['server', 'command', 'why']) str(ctx, x, k, `${a}.`, true);
    });
    questionsField(ctx, s, p);
    list(ctx, s, 'hints', p, true, (x, a) => {
      if (!isObject(x)) return err(ctx, a, 'must be { text, afterAttempts?, afterSeconds?, exact? }');
      str(ctx, x, 'text', `${a}.`, true);
      num(ctx, x, 'afterAttempts', `${a}.`, false);
      num(ctx, x, 'afterSeconds', `${a}.`, false);
      bool(ctx, x, 'exact', `${a}.`);
    });
    if (Array.isArray(s.hints) && !ctx.draft) {
      const last = s.hints[s.hints.length - 1];
      if (!isObject(last) || last.exact !== true) err(ctx, `${p}hints`, 'the last hint must be the exact input (exact: true)');
    }
  });
  if (Array.isArray(data.steps)) {
    if (data.steps.length === 0) err(ctx, 'steps', 'must not be empty');
    const ids = data.steps.map((s) => (isObject(s) ? s.id : undefined));
    ids.forEach((id, i) => {
      if (typeof id === 'string' && ids.indexOf(id) !== i) err(ctx, `steps[${i}].id`, `repeats the id ${id}`);
    });
    const inputs = [isObject(data.start) ? data.start.prelude : undefined, ...data.steps.map((s) => (isObject(s) ? s.solution : undefined))].reduce((n: number, steps) => n + inputsIn(steps), 0);
    if (inputs > MAX_INPUTS) err(ctx, 'steps', `the prelude and solutions type ${inputs.toLocaleString('en')} lines or inputs; at most ${MAX_INPUTS.toLocaleString('en')} replay without keeping the tab busy`);
  }
  return ctx.errors.length ? { ok: false, errors: ctx.errors } : { ok: true, lesson: data as unknown as Lesson, errors: [] };
}
