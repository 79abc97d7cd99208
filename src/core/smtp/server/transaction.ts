// The transaction phase: MAIL FROM opens it with the envelope sender and its
// ESMTP parameters, each RCPT TO adds one recipient or is refused on its
// own, DATA moves on to the content (RFC 5321 §3.3).
import type { ReplyKey } from '../replies';
import type { EsmtpParam } from '../types';
import { destination, expandList, mayRelay } from './addresses';
import { append, emptyList } from '../append-list';
import { send, type Work } from './step';
import { withTransaction } from './state';
import type { AcceptedRecipient, Transaction } from './types';

type ParamCheck = { reply: ReplyKey; parameter: string; note: string } | { body?: string };

/** MAIL FROM's parameters, each valid only if the EHLO answer offered its extension. */
function checkMailParams(w: Work, params: readonly EsmtpParam[]): ParamCheck {
  const { extensions: x, maxSize } = w.s.policy;
  const seen = new Set<string>();
  let body: string | undefined;
  for (const { name, value } of params) {
    const bad = (note: string): ParamCheck => ({ reply: 'badParameter', parameter: name, note });
    // An RFC 821-only server offers no extension at all, so it knows no
    // parameter: 555 (RFC 5321 §4.1.1.11), whatever its other switches say.
    const offered = x.esmtp && ((name === 'SIZE' && x.size) || (name === 'BODY' && x.eightBitMime) || (name === 'AUTH' && x.auth.length > 0));
    if (!offered) return { reply: 'unknownParameter', parameter: name, note: `${name}= needs an extension this server did not offer.` };
    if (seen.has(name)) return bad(`${name}= is given twice.`);
    seen.add(name);
    if (name === 'SIZE') {
      // RFC 1870 §4: size-value = 1*20DIGIT
      if (value === undefined || !/^\d{1,20}$/.test(value)) return bad('SIZE= takes the message size in octets, digits only.');
      if (maxSize > 0 && Number(value) > maxSize) {
        return { reply: 'sizeTooBig', parameter: name, note: `The client declared ${value} octets; the limit is ${maxSize}.` };
      }
    } else if (name === 'BODY') {
      body = value?.toUpperCase();
      if (body !== '7BIT' && body !== '8BITMIME') return bad('BODY= is 7BIT or 8BITMIME (RFC 6152 §2).');
    } else if (value === undefined) {
      // RFC 4954 §5: AUTH=<> or AUTH=xtext naming who submitted the message.
      return bad('AUTH= takes a mailbox in xtext, or <>.');
    }
  }
  return body === undefined ? {} : { body };
}

export function mailCommand(w: Work, address: string, params: EsmtpParam[]): void {
  const check = checkMailParams(w, params);
  if ('reply' in check) {
    send(w, check.reply, { parameter: check.parameter }, { note: check.note });
    return;
  }
  const transaction: Transaction = { mailFrom: address, mailParams: params, recipients: emptyList(), refused: 0 };
  if (check.body !== undefined) transaction.body = check.body;
  w.s.transaction = transaction;
  send(w, 'senderOk', undefined, address === '' ? { note: 'The null reverse-path <> marks a bounce or other notification: nothing may bounce back to it.' } : {});
}

export function rcptCommand(w: Work, address: string, params: EsmtpParam[]): void {
  const s = w.s;
  const t = s.transaction!;
  // This server offers no RCPT parameters (such as DSN's NOTIFY=).
  const param = params[0];
  if (param) return refuse(w, 'unknownParameter', { parameter: param.name }, `${param.name}= needs an extension this server did not offer.`);
  if (t.recipients.length >= s.policy.maxRecipients) {
    return refuse(w, 'tooManyRecipients', undefined, `This server takes ${s.policy.maxRecipients} recipients per message.`);
  }
  const d = destination(s.policy, address);
  let accepted: AcceptedRecipient;
  if (d.kind === 'mailbox') accepted = { address, params, mailboxes: [d.mailbox], remote: [] };
  else if (d.kind === 'list') accepted = { address, params, ...expandList(s.policy, d) };
  else if (d.kind === 'unknown') return refuse(w, 'userUnknown', { address });
  else if (mayRelay(s)) accepted = { address, params, mailboxes: [], remote: [address] };
  else return refuse(w, 'relayDenied', { address });
  s.transaction = withTransaction(t, { recipients: append(t.recipients, accepted) });
  const note =
    d.kind === 'list'
      ? `${address} is a list: the server will deliver to ${[...accepted.mailboxes, ...accepted.remote].join(', ') || 'nobody'}.`
      : d.kind === 'remote'
        ? 'The domain is not local: the server will relay the message on.'
        : undefined;
  send(w, 'recipientOk', undefined, note === undefined ? {} : { note });
}

/** One RCPT refused: counted, so that DATA then gets 554 rather than 503. */
function refuse(w: Work, reply: ReplyKey, vars?: Record<string, string>, note?: string): void {
  const t = w.s.transaction!;
  w.s.transaction = withTransaction(t, { refused: t.refused + 1 });
  send(w, reply, vars, note === undefined ? {} : { note });
}

export function dataCommand(w: Work): void {
  send(w, 'startData');
  w.s.mode = 'data';
  w.s.data = { chunks: emptyList(), size: 0, tooBig: false, midLine: false, bareCr: false };
}
