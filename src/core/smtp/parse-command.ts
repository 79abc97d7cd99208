// The command parser: one command line (without its CRLF) in, a command or
// the reply a careful MTA gives out. Never throws; every error names the
// octet where the line went wrong, for the inspector to point at.
import { UNIMPLEMENTED_VERBS, commandSpec } from './commands';
import { parsePath, parseEsmtpParams } from './path';
import type { ReplyKey } from './replies';
import type { EsmtpParam } from './types';

export type Command =
  | { verb: 'HELO' | 'EHLO'; domain: string }
  | { verb: 'MAIL' | 'RCPT'; address: string; params: EsmtpParam[] }
  | { verb: 'DATA' | 'RSET' | 'QUIT' | 'STARTTLS' }
  | { verb: 'VRFY' | 'EXPN'; argument: string }
  | { verb: 'NOOP' | 'HELP'; argument?: string }
  | { verb: 'AUTH'; mechanism: string; initialResponse?: string };

export type CommandError = {
  reply: ReplyKey;
  /** 0-based octet offset of the problem in the line. */
  position: number;
  /** What is wrong, for the learner. */
  detail: string;
  /** Values for the reply's template. */
  vars: Record<string, string>;
};

export type ParsedCommand = { ok: true; command: Command } | { ok: false; verb?: string; error: CommandError };

/** RFC 5321 §4.5.3.1.4: a command line is at most 512 octets, CRLF included. */
export const MAX_COMMAND_LINE = 512;

const LABEL = '[A-Za-z0-9_](?:[A-Za-z0-9_-]*[A-Za-z0-9_])?';
const HOST_NAME = new RegExp(`^${LABEL}(?:\\.${LABEL})*\\.?$`);
const ADDRESS_LITERAL = /^\[[\x21-\x5a\x5e-\x7e]+\]$/;

const NO_ARGUMENT = new Set(['DATA', 'RSET', 'QUIT', 'STARTTLS']);

function fail(reply: ReplyKey, position: number, detail: string, vars: Record<string, string> = {}, verb?: string): ParsedCommand {
  return { ok: false, ...(verb === undefined ? {} : { verb }), error: { reply, position, detail, vars } };
}

export function parseCommand(line: string): ParsedCommand {
  if (line.length + 2 > MAX_COMMAND_LINE) return fail('lineTooLong', MAX_COMMAND_LINE - 2, 'the line is longer than 512 octets with its CRLF');
  // A bare CR, NUL or other control octet has no place in a command line
  // (RFC 5321 §2.3.8); a bare CR in particular must never split commands.
  const control = line.search(/[\x00-\x08\x0a-\x1f\x7f]/);
  if (control >= 0) return fail('badSyntax', control, `control octet 0x${line.charCodeAt(control).toString(16).padStart(2, '0')} in a command line`);
  const space = line.indexOf(' ');
  const word = space < 0 ? line : line.slice(0, space);
  if (word === '') return fail('badSyntax', 0, 'the line holds no command verb');
  const verb = word.toUpperCase();
  const argStart = space < 0 ? line.length : space + 1;
  const rest = line.slice(argStart);
  if (!commandSpec(verb)) {
    if (UNIMPLEMENTED_VERBS.includes(verb)) return fail('notImplemented', 0, `${verb} is not offered by this server`, {}, verb);
    return fail('unrecognized', 0, `"${word}" is not an SMTP command`);
  }
  const args = rest.trim();
  if (NO_ARGUMENT.has(verb)) {
    if (args !== '') return fail('noArguments', argStart, `${verb} takes no arguments`, { verb }, verb);
    return { ok: true, command: { verb: verb as 'DATA' | 'RSET' | 'QUIT' | 'STARTTLS' } };
  }
  switch (verb) {
    case 'HELO':
    case 'EHLO':
      return parseHello(verb, args, argStart);
    case 'MAIL':
    case 'RCPT':
      return parseMailOrRcpt(verb, rest, argStart);
    case 'VRFY':
    case 'EXPN':
      if (args === '') return fail('argumentRequired', argStart, `${verb} needs an argument`, { verb }, verb);
      return { ok: true, command: { verb, argument: args } };
    case 'AUTH': {
      const parts = args === '' ? [] : args.split(/ +/);
      if (parts.length < 1 || parts.length > 2) return fail('authSyntax', argStart, 'AUTH takes a mechanism and at most one initial response', {}, verb);
      const [mechanism, initialResponse] = parts as [string, string | undefined];
      return { ok: true, command: { verb, mechanism: mechanism.toUpperCase(), ...(initialResponse === undefined ? {} : { initialResponse }) } };
    }
    default:
      return { ok: true, command: { verb: verb as 'NOOP' | 'HELP', ...(args === '' ? {} : { argument: args }) } };
  }
}

function parseHello(verb: 'HELO' | 'EHLO', args: string, argStart: number): ParsedCommand {
  if (args === '' || args.includes(' ')) {
    return fail('heloSyntax', args === '' ? argStart : argStart + args.indexOf(' '), `${verb} takes exactly one name`, { verb }, verb);
  }
  // Host names with "_" are common on private networks (Windows machine
  // names); Postfix accepts them unless told otherwise, and so do we.
  if (!HOST_NAME.test(args) && !ADDRESS_LITERAL.test(args)) return fail('heloInvalid', argStart, 'not a domain name nor an address literal', { helo: args }, verb);
  return { ok: true, command: { verb, domain: args } };
}

function parseMailOrRcpt(verb: 'MAIL' | 'RCPT', rest: string, argStart: number): ParsedCommand {
  const keyword = verb === 'MAIL' ? 'FROM:' : 'TO:';
  const syntax: ReplyKey = verb === 'MAIL' ? 'mailSyntax' : 'recipientSyntax';
  if (rest.slice(0, keyword.length).toUpperCase() !== keyword) {
    return fail(syntax, argStart, `${verb} must be followed by ${keyword}`, {}, verb);
  }
  // RFC 5321 §4.1.1.2 has no space after the colon, but many clients send
  // one and every widespread MTA accepts it.
  let i = keyword.length;
  while (rest[i] === ' ') i++;
  if (rest[i] !== '<') return fail(syntax, argStart + i, 'the address must be written in angle brackets', {}, verb);
  const path = parsePath(rest, i, verb === 'MAIL' ? 'reverse' : 'forward');
  if (!path.ok) {
    const close = rest.indexOf('>', i);
    const address = rest.slice(i + 1, close < 0 ? rest.length : close);
    return fail(verb === 'MAIL' ? 'badSender' : 'badRecipient', argStart + path.position, path.detail, { address }, verb);
  }
  const params = parseEsmtpParams(rest, path.end);
  if (!params.ok) return fail('badParameter', argStart + params.position, params.detail, { parameter: params.name || 'parameter' }, verb);
  return { ok: true, command: { verb, address: path.address, params: params.params } };
}
