// A server that accepted a message and then cannot deliver it owes the
// sender a bounce, from the null path (RFC 5321 §3.6.3, §4.5.5; RFC 3464).
import { ALICE_MTA, typed, WS } from '../../curriculum/common';
import type { Challenge } from '../types';

export const bounceOnPurpose: Challenge = {
  id: 'bounce-on-purpose',
  revision: 1,
  title: 'A bounce on purpose',
  task: 'Make a delivery status notification land in /var/mail/alice.',
  goal: {
    type: 'mbox',
    host: ALICE_MTA,
    user: 'alice',
    delta: 1,
    message: { sender: { text: '^$', regex: true }, parts: [{ type: 'message/delivery-status' }] },
    says: 'a bounce from <> with a message/delivery-status part reaches /var/mail/alice',
  },
  start: { focus: WS, opens: 'simulator' },
  rules: ['A refusal you see yourself (550 at RCPT) is not a bounce: some MTA must accept the message first.'],
  score: { kind: 'smtp-lines' },
  par: 7,
  solution: [typed(WS, 'telnet mail.alice.example 25', 'HELO ws.alice.example', 'MAIL FROM:<alice@alice.example>', 'RCPT TO:<nobody@bob.example>', 'DATA', 'Subject: Anyone there?', '.', 'QUIT')],
  parNote: 'Your own MTA accepts any recipient for the relay to try; mx1 refuses nobody@bob.example with 550 5.1.1, and the relay, which had taken responsibility, sends the DSN back to the envelope sender. mail would have sent all its headers too.',
  topics: ['relays'],
};
