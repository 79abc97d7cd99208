// The greeting phase: HELO and EHLO, and the reverse-DNS check a policy may
// make of the name the client gives.
import { extensionExplanation } from '../commands';
import { ehloKeywords } from '../policy';
import { fillTemplate, REPLIES } from '../replies';
import type { Explanation, PeerInfo } from '../types';
import { send, type Work } from './step';

/**
 * Whether the HELO name agrees with the client's reverse DNS name. RFC 5321
 * §4.1.4 lets a server check this but says it MUST NOT refuse mail on that
 * basis; a policy of 'reject' is there to show what servers do anyway.
 */
function heloMatches(helo: string, peer: PeerInfo): boolean {
  if (helo.startsWith('[')) return helo.slice(1, -1).replace(/^IPv6:/i, '') === peer.address;
  const name = (s: string) => s.toLowerCase().replace(/\.$/, '');
  return peer.reverseName !== undefined && name(peer.reverseName) === name(helo);
}

export function hello(w: Work, verb: 'HELO' | 'EHLO', helo: string): void {
  const s = w.s;
  const check = s.policy.reverseDnsCheck;
  const matches = check === 'off' || heloMatches(helo, s.peer);
  if (!matches && check === 'reject') {
    send(w, 'heloMismatch', { helo, reverse: s.peer.reverseName ?? '(none)' });
    return;
  }
  // RFC 5321 §4.1.4: a new EHLO or HELO also ends any open transaction.
  delete s.transaction;
  s.greeted = verb === 'EHLO' ? 'ehlo' : 'helo';
  s.heloName = helo;
  const vars = { helo, peer: s.peer.address, forged: matches ? '' : ' (may be forged)' };
  const note = matches ? undefined : `The name does not match the reverse DNS name ${s.peer.reverseName ?? '(none)'} of ${s.peer.address}; the server notes it, as sendmail does, and goes on.`;
  if (verb === 'HELO') {
    send(w, 'hello', vars, note === undefined ? {} : { note });
    return;
  }
  const keywords = ehloKeywords(s.policy, s.tls);
  const first = fillTemplate(REPLIES.hello.text, { host: s.policy.hostname, ...vars });
  const lineExplanations: (Explanation | undefined)[] = [undefined, ...keywords.map((k) => extensionExplanation(k.split(' ')[0] ?? ''))];
  send(w, 'hello', vars, { lines: [first, ...keywords], lineExplanations, ...(note === undefined ? {} : { note }) });
}
