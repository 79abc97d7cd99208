// A clause as a sentence for the checklist, generated from its data so an
// author writes only what differs (`says`). The runner names each checkbox
// by this sentence.
import { AUTH_LINE, CONTENT, GREETING, type Check, type Count, type LeafClause } from './check';
import { patternText } from './pattern';

/** A command as the dialogue records it: verbs in capitals, GREETING, CONTENT and AUTH_LINE as they are. */
export function commandKey(command: string): string {
  return command.startsWith('<') ? command.toLowerCase() : command.toUpperCase();
}

/** How a command reads in a sentence: MAIL → MAIL FROM, CONTENT → the message after DATA. */
export function commandText(command: string | undefined): string {
  if (command === undefined || command === '') return 'a command';
  if (command === GREETING) return 'the connection';
  if (command === CONTENT) return 'the message (ended by the lone dot)';
  if (command === AUTH_LINE) return 'an answer to the AUTH challenge';
  if (command === 'MAIL') return 'MAIL FROM';
  if (command === 'RCPT') return 'RCPT TO';
  return command;
}

export function countText(c: Count | undefined, noun: string, plural = `${noun}s`): string {
  if (c === undefined) return `a ${noun}`;
  const n = (k: number) => `${k} ${k === 1 ? noun : plural}`;
  if (typeof c === 'number') return c <= 1 ? `a ${noun}` : `at least ${n(c)}`;
  if (c.exactly !== undefined) return `exactly ${n(c.exactly)}`;
  if (c.min !== undefined && c.max !== undefined) return `${c.min} to ${c.max} ${plural}`;
  if (c.max !== undefined) return `at most ${n(c.max)}`;
  return c.min !== undefined && c.min > 1 ? `at least ${n(c.min)}` : `a ${noun}`;
}

function leafSentence(c: LeafClause): string {
  switch (c.type) {
    case 'reply': {
      const codes = c.code === undefined ? '' : ` with ${(Array.isArray(c.code) ? c.code : [c.code]).join(' or ')}${c.enhanced ? ` ${c.enhanced}` : ''}`;
      const arg = c.argument !== undefined ? ` ${patternText(c.argument)}` : '';
      const text = c.text !== undefined ? ` saying ${patternText(c.text)}` : '';
      const times = c.count !== undefined && countText(c.count, 'time') !== 'a time' ? ` (${countText(c.count, 'time')})` : '';
      return `${c.server ?? 'the server'} answers ${commandText(c.command)}${arg}${c.client ? ` from ${c.client}` : ''}${codes}${text}${times}`;
    }
    case 'event': {
      const what = [c.layer, c.kind].filter(Boolean).join(' ') || 'any';
      const route = `${c.from ? ` from ${c.from}` : ''}${c.to ? ` to ${c.to}` : ''}`;
      const summary = c.summary !== undefined ? ` like ${patternText(c.summary)}` : '';
      const seen = c.encrypted === undefined ? '' : c.encrypted ? ', encrypted' : ', in clear';
      return `${countText(c.count, `${what} event`)}${route}${summary}${seen}`;
    }
    case 'fault':
      return `${c.host} has ${c.key} ${c.value === undefined ? 'switched on' : `set to ${JSON.stringify(c.value)}`}`;
    case 'mbox': {
      const m = c.message;
      const where = `/var/mail/${c.user}${c.host ? ` on ${c.host}` : ''}`;
      const bits: string[] = [];
      if (m?.sender !== undefined) bits.push(`from ${patternText(m.sender)}`);
      if (m?.recipient !== undefined) bits.push(`for ${patternText(m.recipient)}`);
      for (const h of m?.headers ?? []) bits.push(`${h.name}: ${patternText(h.value)}`);
      for (const h of m?.present ?? []) bits.push(`a ${h}: header`);
      for (const h of m?.absent ?? []) bits.push(`no ${h}: header`);
      if (m?.body !== undefined) bits.push(`a body with ${patternText(m.body)}`);
      if (m?.received !== undefined) bits.push(countText(m.received, 'Received: line'));
      for (const p of m?.parts ?? []) bits.push(`a ${p.type ?? 'MIME'} part${p.encoding ? ` in ${p.encoding}` : ''}${p.charset ? ` (${p.charset})` : ''}`);
      const what = bits.length ? ` (${bits.join(', ')})` : '';
      if (c.delta !== undefined) return `${where} gets ${countText(c.delta, 'new message')}${what}`;
      return `${where} holds ${countText(c.count, 'message')}${what}`;
    }
    case 'shell': {
      const cmd = c.command !== undefined ? `a command like ${patternText(c.command)}` : 'a command';
      const out = c.output !== undefined ? ` showing ${patternText(c.output)}` : '';
      const how = c.failed === undefined ? '' : c.failed ? ', and it fails' : ' without failing';
      return `${c.host ? `on ${c.host}, ` : ''}${cmd} runs${out}${how}${c.count !== undefined ? ` (${countText(c.count, 'time')})` : ''}`;
    }
    case 'playground':
      return `the ${c.explorer ?? 'Playground'} explorer ${c.direction ?? 'decode'}s${c.input !== undefined ? ` ${patternText(c.input)}` : ' something'}${c.output !== undefined ? ` into ${patternText(c.output)}` : ''}${c.charset ? ` as ${c.charset}` : ''}`;
    case 'answer':
      return `the question “${c.question}” is answered`;
  }
}

const made = new WeakMap<Check, string>();

/** The clause's sentence: its own `says`, or one made from its data (once per clause). */
export function sentence(c: Check): string {
  if (typeof c.says === 'string' && c.says) return c.says;
  let s = made.get(c);
  if (s === undefined) made.set(c, (s = generated(c)));
  return s;
}

function generated(c: Check): string {
  switch (c.type) {
    case 'all':
      return 'all of these';
    case 'any':
      return 'one of these';
    case 'then':
      return c.sameConnection ? 'these, in this order, on one connection' : 'these, in this order';
    case 'not':
      return `never: ${sentence(c.check)}`;
    default:
      return leafSentence(c);
  }
}
