// The command phase: parse a line, check that the command is offered and in
// sequence (from the command table's states), and answer it or hand it to
// its phase. The small commands are answered here.
import { COMMANDS, commandExplanation, commandSpec, type SmtpState } from '../commands';
import { parseCommand, type Command } from '../parse-command';
import type { ReplyKey } from '../replies';
import type { Explanation } from '../types';
import { destination, expandList } from './addresses';
import { authCommand } from './auth';
import { hello } from './greeting';
import { close, record, send, type Work } from './step';
import { dataCommand, mailCommand, rcptCommand } from './transaction';
import type { ServerSession } from './types';

export function smtpState(s: ServerSession): SmtpState {
  if (s.greeted === 'none') return 'connected';
  if (!s.transaction) return 'greeted';
  return s.transaction.recipients.length ? 'rcpt' : 'mail';
}

function explainVerb(verb: string | undefined): Explanation {
  return (verb === undefined ? undefined : commandExplanation(verb)) ?? { meaning: 'Not a command this server knows.', rfc: 'RFC 5321 §4.1' };
}

/** One command line, CRLF included, with its bytes as text (one character a byte). */
export function commandLine(w: Work, line: Uint8Array, text: string): void {
  const parsed = parseCommand(text.slice(0, -2));
  if (!parsed.ok) {
    const { error } = parsed;
    const note = `${error.detail[0]?.toUpperCase() ?? ''}${error.detail.slice(1)} (octet ${error.position}).`;
    record(w, line, 'command', { ...explainVerb(parsed.verb), position: error.position }, parsed.verb, text);
    send(w, error.reply, error.vars, { position: error.position, note });
    return;
  }
  const command = parsed.command;
  const refusal = offered(w, command.verb) ?? inSequence(w, command.verb);
  if (command.verb === 'AUTH') return authCommand(w, line, command, refusal);
  record(w, line, 'command', explainVerb(command.verb), command.verb, text);
  if (refusal !== undefined) send(w, refusal, undefined, refusalNote(w, command.verb, refusal));
  else answer(w, command);
}

/**
 * DATA with no transaction open gets "need RCPT command", as Postfix 3.7
 * words it (checked against its smtpd), while RCPT there gets "need MAIL
 * command": the explanation says that MAIL is what is missing first, so
 * the two replies do not seem to disagree (issue 10 §3.6).
 */
function refusalNote(w: Work, verb: string, refusal: ReplyKey): { note?: string } {
  if (verb !== 'DATA' || refusal !== 'needRecipient' || w.s.transaction) return {};
  return { note: 'No transaction is open at all: MAIL FROM must come first, then RCPT TO. Postfix gives this same text either way.' };
}

/** RFC 821-only servers know no extension commands; others may leave some out (RFC 5321 §4.2.4). */
function offered(w: Work, verb: string): ReplyKey | undefined {
  const x = w.s.policy.extensions;
  if (verb === 'EHLO' || verb === 'AUTH' || verb === 'STARTTLS') {
    if (!x.esmtp) return 'unrecognized';
    if (verb === 'AUTH' && !x.auth.length) return 'notImplemented';
    if (verb === 'STARTTLS' && !x.startTls) return 'notImplemented';
  }
  if (verb === 'HELP' && !x.help) return 'notImplemented';
  return undefined;
}

/** The 503 (or 554) for a command given in a state the command table does not allow. */
function inSequence(w: Work, verb: string): ReplyKey | undefined {
  const state = smtpState(w.s);
  if (commandSpec(verb)?.states.includes(state) !== false) return undefined;
  switch (verb) {
    case 'MAIL':
      return state === 'connected' ? 'needHelo' : 'nestedMail';
    case 'RCPT':
      return 'needMail';
    case 'DATA':
      // RFC 5321 §3.3: 503 when no RCPT came, 554 when all were refused (as Postfix).
      return state === 'mail' && (w.s.transaction?.refused ?? 0) > 0 ? 'noValidRecipients' : 'needRecipient';
    case 'AUTH':
      return state === 'connected' ? 'needEhlo' : 'inTransaction';
    case 'STARTTLS':
      return 'inTransaction';
    default:
      return 'needHelo';
  }
}

function answer(w: Work, command: Exclude<Command, { verb: 'AUTH' }>): void {
  switch (command.verb) {
    case 'HELO':
    case 'EHLO':
      return hello(w, command.verb, command.domain);
    case 'MAIL':
      return mailCommand(w, command.address, command.params);
    case 'RCPT':
      return rcptCommand(w, command.address, command.params);
    case 'DATA':
      return dataCommand(w);
    case 'RSET':
      delete w.s.transaction;
      send(w, 'reset');
      return;
    case 'NOOP':
      send(w, 'ok');
      return;
    case 'QUIT':
      send(w, 'bye');
      close(w);
      return;
    case 'VRFY':
      return vrfy(w, command.argument);
    case 'EXPN':
      return expn(w, command.argument);
    case 'HELP':
      return help(w, command.argument);
    case 'STARTTLS':
      return startTls(w);
  }
}

/** VRFY and EXPN take "user", "user@domain" or "<user@domain>" (RFC 5321 §3.5). */
function bare(argument: string): string {
  return argument.replace(/^<(.*)>$/, '$1');
}

/** VRFY and EXPN answer with full mailboxes (RFC 5321 §3.5.1): a bare local part gets the first local domain. */
function mailboxAddress(w: Work, local: string): string {
  return `${local}@${w.s.policy.localDomains[0] ?? w.s.policy.hostname}`;
}

function vrfy(w: Work, argument: string): void {
  const policy = w.s.policy.vrfy;
  if (policy === '502') return void send(w, 'vrfyDisabled');
  const address = bare(argument);
  const d = destination(w.s.policy, address);
  if (policy === '252' || d.kind === 'remote') return void send(w, 'cannotVerify');
  if (d.kind === 'unknown') return void send(w, 'notLocal', { address });
  send(w, 'verified', { address: address.includes('@') ? address : mailboxAddress(w, address) });
}

function expn(w: Work, argument: string): void {
  const policy = w.s.policy.expn;
  if (policy === '502') return void send(w, 'expnDisabled');
  if (policy === '252') return void send(w, 'cannotExpand');
  const address = bare(argument);
  const d = destination(w.s.policy, address);
  if (d.kind === 'unknown' || d.kind === 'remote') return void send(w, 'notLocal', { address });
  if (d.kind === 'mailbox') return void send(w, 'notAList', { address });
  const { mailboxes, remote } = expandList(w.s.policy, d);
  const members = [...mailboxes.map((m) => mailboxAddress(w, m)), ...remote];
  if (!members.length) return void send(w, 'notAList', { address });
  send(w, 'expanded', undefined, { lines: members.map((m) => `<${m}>`) });
}

function help(w: Work, topic: string | undefined): void {
  if (topic === undefined) {
    const verbs = COMMANDS.filter((c) => offered(w, c.verb) === undefined).map((c) => c.verb);
    return void send(w, 'help', { verbs: verbs.join(' ') });
  }
  const spec = commandSpec(topic.toUpperCase());
  if (!spec || offered(w, spec.verb) !== undefined) return void send(w, 'helpUnknown');
  send(w, 'helpTopic', { syntax: spec.syntax }, { note: spec.meaning });
}

/** RFC 3207 §4: 220, then the host upgrades the connection and reports back with 'tls-established'. */
function startTls(w: Work): void {
  if (w.s.tls) return void send(w, 'tlsActive');
  send(w, 'tlsReady');
  w.s.mode = 'tls-pending';
  w.effects.push({ type: 'start-tls' });
}
