// Lesson 8: the server looks up the PTR of the client's address before it
// greets (RFC 5321 §4.1.4 lets it check HELO, never refuse on it), and
// Received: records both names; some servers refuse a mismatch anyway.
import { CONTENT } from '../check';
import type { Lesson } from '../types';
import { exact, MAILHOST, MX1, MX2, typed, WS } from './common';

export const reverseDns: Lesson = {
  id: 'reverse-dns',
  revision: 1,
  title: 'Reverse DNS at HELO',
  goal: 'Lie in HELO, watch the PTR query that catches it, read what Received: calls you, and meet a server that refuses the lie.',
  topics: ['reverse-dns', 'added-headers'],
  minutes: 10,
  // mx2.bob.example checks the HELO name against the PTR and refuses a mismatch, as many servers do (RFC 7372 §3.3).
  start: { focus: WS, opens: 'simulator', world: { policies: { [MX2]: { reverseDnsCheck: 'reject' } } } },
  withheldPanels: ['compose'],
  steps: [
    {
      id: 'lie',
      say: 'HELO is the client’s own claim. Before it even greets, the server asks DNS for the PTR record of the client’s address: what the address says its name is.',
      task: 'telnet mx1.bob.example 25, then HELO liar.example.',
      predictions: [{ server: MX1, command: 'HELO', why: '250: RFC 5321 §4.1.4 says a server must not refuse a message because HELO does not match.' }],
      check: {
        type: 'then',
        of: [
          { type: 'event', layer: 'dns', kind: 'query', from: MX1, summary: 'PTR? 10.2.0.192.in-addr.arpa', says: 'mx1.bob.example asks for the PTR of 192.0.2.10' },
          { type: 'reply', server: MX1, command: 'HELO', argument: 'liar.example', code: 250 },
        ],
      },
      hints: [{ text: 'Any name after HELO will do.', afterAttempts: 1 }, exact('telnet mx1.bob.example 25', 'HELO liar.example')],
      solved: 'Accepted, but the server knows: the PTR says ws.alice.example.',
      solution: [typed(WS, 'telnet mx1.bob.example 25', 'HELO liar.example')],
    },
    {
      id: 'received',
      say: 'Send a message in this session. The Received: line mx1 writes keeps both names: the one you gave, and in parentheses the one DNS gave.',
      task: 'MAIL FROM, RCPT TO:<bob@bob.example>, DATA, a message, the lone dot, QUIT; then cat /var/mail/bob on mailhost.bob.example.',
      predictions: [{ server: MX1, command: CONTENT, why: '250: the lie does not stop the mail; it is only written down.' }],
      check: {
        type: 'all',
        of: [
          { type: 'mbox', host: MAILHOST, user: 'bob', delta: 1, message: { headers: [{ name: 'Received', value: 'from liar.example (ws.alice.example [192.0.2.10])' }] }, says: 'Received: says from liar.example (ws.alice.example [192.0.2.10])' },
          { type: 'shell', host: MAILHOST, command: 'cat /var/mail/bob', output: 'liar.example', failed: false, says: 'you read it in /var/mail/bob' },
        ],
      },
      hints: [exact('MAIL FROM:<alice@alice.example>', 'RCPT TO:<bob@bob.example>', 'DATA', 'Subject: Who am I?', '', 'Guess.', '.', 'QUIT', 'cat /var/mail/bob')],
      solved: 'Received: from liar.example (ws.alice.example [192.0.2.10]): the claim, and the truth.',
      solution: [typed(WS, 'MAIL FROM:<alice@alice.example>', 'RCPT TO:<bob@bob.example>', 'DATA', 'Subject: Who am I?', '', 'Guess.', '.', 'QUIT'), typed(MAILHOST, 'cat /var/mail/bob')],
    },
    {
      id: 'strict',
      say: 'mx2.bob.example is stricter than the RFC: it refuses a HELO that does not match the PTR. Many servers do this to fight spam.',
      task: 'telnet mx2.bob.example 25, HELO liar.example; then HELO ws.alice.example.',
      predictions: [{ server: MX2, command: 'HELO', why: '550 5.7.25: this server checks the HELO name against the PTR and refuses a mismatch (RFC 7372 §3.3).' }],
      check: {
        type: 'then',
        sameConnection: true,
        of: [
          { type: 'reply', server: MX2, command: 'HELO', argument: 'liar.example', code: 550, enhanced: '5.7.25' },
          { type: 'reply', server: MX2, command: 'HELO', argument: 'ws.alice.example', code: 250 },
        ],
      },
      hints: [{ text: 'A client may send HELO again after a refusal.', afterAttempts: 1 }, exact('telnet mx2.bob.example 25', 'HELO liar.example', 'HELO ws.alice.example', 'QUIT')],
      solved: 'Refused for the lie, accepted for the truth.',
      solution: [typed(WS, 'telnet mx2.bob.example 25', 'HELO liar.example', 'HELO ws.alice.example', 'QUIT')],
    },
  ],
};
