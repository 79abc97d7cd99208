// Two recipients, one copy of the message: RCPT TO once per recipient, or
// once for a list the server expands (RFC 5321 §3.3, §3.5.2).
import { MAILHOST, typed, WS } from '../../curriculum/common';
import type { Challenge } from '../types';

export const oneData: Challenge = {
  id: 'one-data-two-people',
  revision: 1,
  title: 'Bob and Carol, one DATA',
  task: 'Get one message into both /var/mail/bob and /var/mail/carol, sending its content only once.',
  goal: {
    type: 'all',
    of: [
      { type: 'mbox', host: MAILHOST, user: 'bob', delta: 1, says: 'a new message in /var/mail/bob' },
      { type: 'mbox', host: MAILHOST, user: 'carol', delta: 1, says: 'a new message in /var/mail/carol' },
      { type: 'reply', client: WS, command: 'DATA', code: 354, count: { exactly: 1 }, says: 'your host sends DATA exactly once' },
    ],
  },
  start: { focus: WS, opens: 'simulator' },
  rules: ['One DATA that a server accepts: the content goes over the wire once, however many get it.'],
  score: { kind: 'smtp-lines' },
  par: 7,
  solution: [typed(WS, 'telnet mx1.bob.example 25', 'HELO ws.alice.example', 'MAIL FROM:<alice@alice.example>', 'RCPT TO:<staff@bob.example>', 'DATA', 'Subject: Lunch', '.', 'QUIT')],
  parNote: 'staff@bob.example is a list of Bob and Carol: one RCPT TO instead of two, and mx1 expands it. A message needs no body, and a lone Subject: is a header section.',
  topics: ['envelope-headers-body'],
};
