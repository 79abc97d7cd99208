// Every wait for a reply costs a round trip; PIPELINING lets a client send
// MAIL, RCPT and DATA together and wait once (RFC 2920 §3).
import { MAILHOST, typed, WS } from '../../curriculum/common';
import type { Challenge } from '../types';

export const fewestRoundTrips: Challenge = {
  id: 'fewest-round-trips',
  revision: 1,
  title: 'The fewest round trips',
  task: 'Get a message into /var/mail/bob, waiting for as few replies as you can.',
  goal: { type: 'mbox', host: MAILHOST, user: 'bob', delta: 1, says: 'a new message in /var/mail/bob' },
  start: { focus: WS, opens: 'simulator' },
  rules: ['Only your own host’s waits count: what the MTAs do further on is theirs.', 'Every server here offers PIPELINING.'],
  score: { kind: 'round-trips' },
  par: 5,
  solution: [typed(WS, 'mail -s Hi bob@bob.example', 'Hello Bob', '.')],
  parNote: 'mail hands the message to the local MTA, which pipelines: the greeting, EHLO, MAIL+RCPT+DATA together, the content, QUIT. By hand at telnet every command is a wait of its own: seven.',
  topics: ['esmtp'],
};
