// A greylister defers the first try of each (client, sender, recipient)
// with 451 4.7.1; a real MTA keeps the message and retries (RFC 5321
// §4.5.4.1), so the deferral costs minutes, not the message.
import { MAILHOST, MX1, MX2, typed, WS } from '../../curriculum/common';
import type { Challenge } from '../types';

export const greylisted: Challenge = {
  id: 'greylisted',
  revision: 1,
  title: 'Greylisted, and delivered anyway',
  task: 'Bob’s MXes greylist: get deferred with 451 4.7.1 and still get a message into /var/mail/bob within ten simulated minutes.',
  goal: {
    type: 'all',
    of: [
      { type: 'reply', code: 451, enhanced: '4.7.1', says: 'some client is greylisted (451 4.7.1)' },
      { type: 'mbox', host: MAILHOST, user: 'bob', delta: 1, says: 'a new message in /var/mail/bob' },
    ],
  },
  start: { focus: WS, opens: 'simulator', world: { faults: { [MX1]: { greylist: true }, [MX2]: { greylist: true } } } },
  withinSeconds: 600,
  rules: ['A triplet is let through five minutes after its first try; a telnet prompt cannot wait that long, an MTA’s queue can.'],
  score: { kind: 'round-trips' },
  par: 5,
  solution: [typed(WS, 'mail -s Hi bob@bob.example', 'Hello Bob', '.')],
  parNote: 'mail submits to your MTA (five waits, pipelined); the relay is greylisted at RCPT, keeps the message and retries after 300 s, which the greylister lets through.',
  topics: ['relays'],
};
