// The evaluator: a check over a view gives, for every clause, met or not,
// and for the first unmet one the nearest event and a sentence ("RCPT TO got
// 550 5.1.1 at event 17"). Pure and total: a check that does not validate
// is reported as unreadable, never thrown. Matching is structural: hosts,
// verbs, codes, addresses and text, never queue ids, ports, Message-IDs or
// times. Leaf clauses look only at what happened after `since` (the event
// the step began at); mailbox counts and faults are state and read as they
// stand, with `delta` for "new since the step began".
import { noFaults } from '../net/index';
import { AUTH_LINE } from './check';
import type { AnswerClause, Check, Count, EventClause, FaultClause, LeafClause, MboxClause, MessageMatch, PlaygroundClause, ReplyClause, ShellClause } from './check';
import { exchanges, type Exchange } from './dialogue';
import { matches } from './pattern';
import { commandKey, commandText, sentence } from './sentence';
import { shellFailed } from './shell-failure';
import type { LessonStep } from './types';
import { validateCheck } from './validate';
import type { Delivered, LessonView, Outside } from './view';

export type ClauseVerdict = {
  /** '' for the root, '0.2' for the third clause of the first. */
  path: string;
  depth: number;
  sentence: string;
  met: boolean;
  /** The clause's type: 'all', 'reply' … */
  type: Check['type'];
  leaf: boolean;
  /** Where it was met. */
  at?: number;
  /** Why not, when not met, and the event nearest to it. */
  why?: string;
  near?: number;
};

export type Verdict = { met: boolean; clauses: ClauseVerdict[]; firstUnmet?: ClauseVerdict };

export type EvaluateOptions = { since?: number; outside?: Outside };

type Pos = { at: number; sub: number; conn?: string };
type Result = { met: boolean; positions: Pos[]; why?: string; near?: number };
type Ctx = { view: LessonView; since: number; outside: Outside; exchanges: Exchange[] };

const AFTER = 1e9;
const same = (a: string | undefined, b: string) => a === undefined || a === b || a.toLowerCase() === b.toLowerCase();
const later = (a: Pos, b: Pos) => a.at > b.at || (a.at === b.at && a.sub > b.sub);

/** Whether n meets the count: absent means at least one, a bare number at least that many. */
export function countMet(c: Count | undefined, n: number): boolean {
  if (c === undefined) return n >= 1;
  if (typeof c === 'number') return n >= c;
  if (c.exactly !== undefined) return n === c.exactly;
  return n >= (c.min ?? (c.max !== undefined ? 0 : 1)) && (c.max === undefined || n <= c.max);
}

function codeText(e: Exchange): string {
  return e.reply ? `${e.reply.code}${e.reply.enhanced ? ` ${e.reply.enhanced}` : ''}` : '';
}

function reply(c: ReplyClause, ctx: Ctx): Result {
  const command = c.command === undefined ? undefined : commandKey(c.command);
  const asked = ctx.exchanges.filter((e) => (command === undefined || command === e.command) && (e.sentAt > ctx.since || (e.replyAt ?? 0) > ctx.since) && same(c.server, e.server) && same(c.client, e.client));
  const argued = asked.filter((e) => c.argument === undefined || matches(c.argument, e.argument));
  const codes = c.code === undefined ? undefined : Array.isArray(c.code) ? c.code : [c.code];
  const hits = argued.filter((e) => e.reply && e.replyAt! > ctx.since && (!codes || codes.includes(e.reply.code)) && (c.enhanced === undefined || e.reply.enhanced === c.enhanced) && (c.text === undefined || matches(c.text, e.reply.text)));
  const met = countMet(c.count, hits.length);
  const positions = hits.map((e) => ({ at: e.replyAt!, sub: e.replySub!, conn: e.connection }));
  if (met) return { met, positions };
  const said = (e: Exchange) => `${commandText(e.command)}${e.argument && e.command !== AUTH_LINE ? ` ${e.argument}` : ''}`;
  const answered = (list: Exchange[]) => list.filter((e) => e.reply && e.replyAt! > ctx.since && !hits.includes(e)).pop();
  // The nearest miss: the same command with the same argument if there is one, else the same command.
  const miss = answered(argued) ?? answered(asked);
  if (miss) return { met, positions, why: `${said(miss)} got ${codeText(miss)} at event ${miss.replyAt}`, near: miss.replyAt! };
  const waiting = argued.filter((e) => !e.reply).pop();
  if (waiting) return { met, positions, why: `${said(waiting)} sent at event ${waiting.sentAt} has no reply yet`, near: waiting.sentAt };
  const cmd = commandText(c.command);
  if (hits.length) return { met, positions, why: `${cmd} was answered so only ${hits.length} time${hits.length === 1 ? '' : 's'}`, near: hits[hits.length - 1]!.replyAt! };
  return { met, positions, why: `${c.server ?? 'no server'} has not answered ${cmd} yet` };
}

function event(c: EventClause, ctx: Ctx): Result {
  const positions: Pos[] = [];
  let near: number | undefined;
  for (const e of ctx.view.log) {
    if (e.seq <= ctx.since) continue;
    if (e.seq > ctx.view.seq) break;
    if (c.layer !== undefined && e.layer !== c.layer) continue;
    near = e.seq;
    if ((c.kind === undefined || e.kind === c.kind) && same(c.from, e.from) && same(c.to, e.to) && (c.encrypted === undefined || !!e.encrypted === c.encrypted) && (c.summary === undefined || matches(c.summary, e.summary))) positions.push({ at: e.seq, sub: 0, ...(e.connection ? { conn: e.connection } : {}) });
  }
  const met = countMet(c.count, positions.length);
  if (met) return { met, positions };
  const last = positions[positions.length - 1];
  if (last) return { met, positions, why: `only ${positions.length} so far, the last at event ${last.at}`, near: last.at };
  const before = near !== undefined ? ctx.view.log.find((e) => e.seq === near) : undefined;
  return { met, positions, why: before ? `not yet; the last ${c.layer ? `${c.layer} ` : ''}event was “${before.summary}” at event ${near}` : 'no such event yet', ...(near !== undefined ? { near } : {}) };
}

function fault(c: FaultClause, ctx: Ctx): Result {
  const host = ctx.view.world.hosts[c.host.toLowerCase()];
  const value = host?.faults[c.key];
  const met = host !== undefined && (c.value === undefined ? !!value && JSON.stringify(value) !== JSON.stringify(noFaults[c.key]) : JSON.stringify(value) === JSON.stringify(c.value));
  const at = ctx.view.faultsAt[c.host.toLowerCase()] ?? 0;
  return met ? { met, positions: [{ at, sub: 0 }] } : { met, positions: [], why: host ? `${c.host} has ${c.key} ${JSON.stringify(value)}` : `there is no host ${c.host}`, ...(at ? { near: at } : {}) };
}

/** The first way the message fails the match, or undefined when it matches. */
export function messageMismatch(m: MessageMatch | undefined, d: Delivered): string | undefined {
  if (!m) return undefined;
  if (m.sender !== undefined && !matches(m.sender, d.sender)) return `its envelope sender is <${d.sender}>`;
  if (m.recipient !== undefined && !d.recipients.some((r) => matches(m.recipient!, r))) return `its envelope recipients are ${d.recipients.map((r) => `<${r}>`).join(', ') || 'unknown'}`;
  const has = (name: string) => d.headers.some((h) => h.name.toLowerCase() === name.toLowerCase());
  for (const h of m.present ?? []) if (!has(h)) return `it has no ${h}: header`;
  for (const h of m.absent ?? []) if (has(h)) return `it has a ${h}: header`;
  for (const h of m.headers ?? []) {
    const found = d.headers.filter((x) => x.name.toLowerCase() === h.name.toLowerCase());
    if (!found.some((x) => matches(h.value, x.value) || matches(h.value, x.decoded))) return found.length ? `its ${h.name}: is “${found[0]!.decoded}”` : `it has no ${h.name}: header`;
  }
  if (m.body !== undefined && !matches(m.body, d.body)) return 'its body does not have that';
  if (m.received !== undefined && !countMet(m.received, d.received)) return `it has ${d.received} Received: line${d.received === 1 ? '' : 's'}`;
  for (const p of m.parts ?? []) {
    const ok = d.parts.some((x) => (p.type === undefined || x.type === p.type.toLowerCase() || (p.type.endsWith('/') && x.type.startsWith(p.type.toLowerCase()))) && (p.encoding === undefined || x.encoding === p.encoding.toLowerCase()) && (p.charset === undefined || x.charset === p.charset.toLowerCase()));
    if (!ok) return `its parts are ${d.parts.map((x) => `${x.type} (${x.encoding})`).join(', ')}`;
  }
  return undefined;
}

function mbox(c: MboxClause, ctx: Ctx): Result {
  const box = ctx.view.messages.filter((d) => same(c.host, d.host) && d.user.toLowerCase() === c.user.toLowerCase());
  const hits = box.filter((d) => messageMismatch(c.message, d) === undefined);
  const fresh = hits.filter((d) => d.at > ctx.since);
  const met = (c.count !== undefined || c.delta === undefined ? countMet(c.count, hits.length) : true) && (c.delta === undefined || countMet(c.delta, fresh.length));
  const positions = (c.delta !== undefined ? fresh : hits).map((d) => ({ at: d.at, sub: 0 }));
  if (met) return { met, positions };
  const last = box[box.length - 1];
  const where = `/var/mail/${c.user}${c.host ? ` on ${c.host}` : ''}`;
  const held = `${where} holds ${box.length} message${box.length === 1 ? '' : 's'}`;
  const why = last && c.message && hits.length === 0 ? `${held}; in the last one (event ${last.at}) ${messageMismatch(c.message, last)}` : c.delta !== undefined ? `${held}, ${fresh.length} of them new in this step` : held;
  return { met, positions, why, ...(last ? { near: last.at } : {}) };
}

function shell(c: ShellClause, ctx: Ctx): Result {
  const runs = ctx.view.shell.filter((r) => r.at > ctx.since && same(c.host, r.host));
  const hits = runs.filter((r) => (c.command === undefined || matches(c.command, r.line)) && (c.output === undefined || matches(c.output, r.output)) && (c.failed === undefined || shellFailed(r) === c.failed));
  const met = countMet(c.count, hits.length);
  const positions = hits.map((r) => ({ at: r.at, sub: 0 }));
  if (met) return { met, positions };
  const last = runs[runs.length - 1];
  if (!last) return { met, positions, why: `no command typed${c.host ? ` on ${c.host}` : ''} yet` };
  const first = last.output.split('\n').find((l) => l.trim()) ?? '';
  return { met, positions, why: `the last command${c.host ? ` on ${c.host}` : ''} was “${last.line}” at event ${last.at}${shellFailed(last) ? `, which failed: ${first}` : ''}`, near: last.at };
}

function playground(c: PlaygroundClause, ctx: Ctx): Result {
  const all = (ctx.outside.playground ?? []).filter((p) => p.at >= ctx.since && same(c.explorer, p.explorer));
  const hits = all.filter((p) => (c.charset === undefined || same(c.charset, p.charset ?? '')) && (c.direction === undefined || (p.direction ?? 'decode') === c.direction) && (c.input === undefined || matches(c.input, p.input)) && (c.output === undefined || matches(c.output, p.output)));
  const positions = hits.map((p) => ({ at: p.at, sub: AFTER }));
  if (hits.length) return { met: true, positions };
  const last = all[all.length - 1];
  return { met: false, positions, why: last ? `the ${last.explorer} explorer shows “${last.input.slice(0, 40)}”` : `nothing in the ${c.explorer ?? 'Playground'} explorer yet` };
}

const normal = (s: string) => s.trim().replace(/\s+/g, ' ').toLowerCase();

function answer(c: AnswerClause, ctx: Ctx): Result {
  const given = (ctx.outside.answers ?? []).filter((a) => a.at >= ctx.since && a.question === c.question).pop();
  if (!given) return { met: false, positions: [], why: `“${c.question}” is not answered yet` };
  const met = c.accept.some((a) => normal(a) === normal(given.answer));
  return met ? { met, positions: [{ at: given.at, sub: AFTER }] } : { met, positions: [], why: `“${c.question}” was answered “${given.answer.slice(0, 60)}”` };
}

function leaf(c: LeafClause, ctx: Ctx): Result {
  switch (c.type) {
    case 'reply':
      return reply(c, ctx);
    case 'event':
      return event(c, ctx);
    case 'fault':
      return fault(c, ctx);
    case 'mbox':
      return mbox(c, ctx);
    case 'shell':
      return shell(c, ctx);
    case 'playground':
      return playground(c, ctx);
    case 'answer':
      return answer(c, ctx);
  }
}

/** The earliest order of positions, one a clause, each after the one before, on one connection if asked. */
function inOrder(results: Result[], since: number, conn: string | undefined, sameConnection: boolean): { index: number; last?: Pos } {
  let prev: Pos = { at: since, sub: -AFTER };
  for (let i = 0; i < results.length; i++) {
    const next = results[i]!.positions.filter((p) => later(p, prev) && (!sameConnection || p.conn === undefined || conn === undefined || p.conn === conn)).sort((a, b) => a.at - b.at || a.sub - b.sub)[0];
    if (!next) return { index: i, last: prev };
    prev = next;
  }
  return { index: results.length, last: prev };
}

function walk(c: Check, ctx: Ctx, path: string, depth: number, out: ClauseVerdict[]): Result {
  const me: ClauseVerdict = { path, depth, sentence: sentence(c), met: false, type: c.type, leaf: !['all', 'any', 'not', 'then'].includes(c.type) };
  out.push(me);
  const child = (x: Check, i: number) => walk(x, ctx, path ? `${path}.${i}` : String(i), depth + 1, out);
  let r: Result;
  if (c.type === 'all' || c.type === 'any') {
    const rs = c.of.map(child);
    if (c.type === 'all') {
      const met = rs.every((x) => x.met);
      const at = Math.max(ctx.since, ...rs.map((x) => x.positions[0]?.at ?? ctx.since));
      r = { met, positions: met ? [{ at, sub: AFTER }] : [] };
    } else {
      const met = rs.some((x) => x.met);
      r = { met, positions: rs.filter((x) => x.met).flatMap((x) => x.positions) };
    }
  } else if (c.type === 'not') {
    const inner = child(c.check, 0);
    const first = inner.positions[0];
    r = inner.met ? { met: false, positions: [], why: `it did: ${sentence(c.check)}${first ? ` at event ${first.at}` : ''}`, ...(first ? { near: first.at } : {}) } : { met: true, positions: [{ at: ctx.since, sub: -AFTER }] };
  } else if (c.type === 'then') {
    const rs = c.of.map(child);
    const conns = c.sameConnection ? [...new Set(rs.flatMap((x) => x.positions.map((p) => p.conn)).filter((x): x is string => x !== undefined))] : [];
    const tries = (conns.length ? conns : [undefined]).map((conn) => inOrder(rs, ctx.since, conn, c.sameConnection === true));
    const best = tries.reduce((a, b) => (b.index > a.index ? b : a));
    const met = best.index === rs.length && rs.every((x) => x.met);
    const stuck = c.of[best.index];
    r = met ? { met, positions: [best.last!] } : { met, positions: [], why: stuck ? `${sentence(stuck)}: not after the clause before it${c.sameConnection ? ' on the same connection' : ''}` : 'not all met', ...(best.last && best.last.at > ctx.since ? { near: best.last.at } : {}) };
  } else r = leaf(c, ctx);
  me.met = r.met;
  if (r.met) {
    const at = r.positions[0]?.at;
    if (at !== undefined && at > ctx.since) me.at = at;
  } else {
    if (r.why) me.why = r.why;
    if (r.near !== undefined) me.near = r.near;
  }
  return r;
}

/** The unmet clause that explains the failure: down through unmet all/any/then to the first unmet child, stopping at a leaf, a not, or a then whose parts are all met but out of order. */
function explaining(clauses: ClauseVerdict[]): ClauseVerdict | undefined {
  let current = clauses[0];
  while (current && !current.met && ['all', 'any', 'then'].includes(current.type)) {
    const prefix = current.path === '' ? '' : `${current.path}.`;
    const depth = current.depth + 1;
    const next = clauses.find((c) => c.depth === depth && !c.met && c.path.startsWith(prefix));
    if (!next) break;
    current = next;
  }
  return current && !current.met ? current : undefined;
}

const listed = new WeakMap<object, Exchange[]>();

/** Every exchange of the view, listed once per dialogue value (a runner evaluates several steps on one view). */
function allExchanges(view: LessonView): Exchange[] {
  let list = listed.get(view.dialogue);
  if (!list) listed.set(view.dialogue, (list = exchanges(view.dialogue)));
  return list;
}

// Checks are values: validated once each, on first use.
const readable = new WeakMap<object, string | undefined>();

function problemOf(check: Check): string | undefined {
  if (typeof check !== 'object' || check === null) return 'the check is not an object';
  if (!readable.has(check)) {
    const e = validateCheck(check)[0];
    readable.set(check, e ? `${e.path || 'check'} ${e.message}` : undefined);
  }
  return readable.get(check);
}

export function evaluateCheck(check: Check, view: LessonView, options: EvaluateOptions = {}): Verdict {
  const problem = problemOf(check);
  if (problem) {
    const c: ClauseVerdict = { path: '', depth: 0, sentence: 'this check cannot be read', met: false, type: 'all', leaf: true, why: problem };
    return { met: false, clauses: [c], firstUnmet: c };
  }
  const ctx: Ctx = { view, since: options.since ?? 0, outside: options.outside ?? {}, exchanges: allExchanges(view) };
  const clauses: ClauseVerdict[] = [];
  const r = walk(check, ctx, '', 0, clauses);
  const firstUnmet = r.met ? undefined : explaining(clauses);
  return { met: r.met, clauses, ...(firstUnmet ? { firstUnmet } : {}) };
}

export function evaluateStep(step: LessonStep, view: LessonView, options: EvaluateOptions = {}): Verdict {
  return evaluateCheck(step.check, view, options);
}
