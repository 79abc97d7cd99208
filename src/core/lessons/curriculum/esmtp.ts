// Lesson 10: EHLO asks for extensions (RFC 5321 §4.1.1.1): SIZE (RFC 1870),
// 8BITMIME and BODY= (RFC 6152), PIPELINING; an RFC 821 server answers 500.
import { CONTENT } from '../check';
import type { Lesson } from '../types';
import { exact, MAILHOST, MX1, MX2, typed, WS } from './common';

const zurich = ['From: Alice <alice@alice.example>', 'To: Bob <bob@bob.example>', 'Subject: Greetings', 'MIME-Version: 1.0', 'Content-Type: text/plain; charset=utf-8', 'Content-Transfer-Encoding: 8bit', '', 'Grüße aus Zürich!', '.'];

export const esmtp: Lesson = {
  id: 'esmtp',
  revision: 1,
  title: 'ESMTP: EHLO and its extensions',
  goal: 'Read the EHLO keywords, declare SIZE= and BODY=8BITMIME, be refused for a size too big, and fall back to HELO with an old server.',
  topics: ['esmtp', 'smtp-session'],
  minutes: 12,
  // mx2.bob.example plays a server from before ESMTP (RFC 821 only).
  start: { focus: WS, opens: 'simulator', world: { faults: { [MX2]: { rfc821Only: true } } } },
  withheldPanels: ['compose'],
  steps: [
    {
      id: 'ehlo',
      say: 'EHLO is HELO that also asks "what can you do?". The answer’s lines after the first are keywords: each an extension the client may use.',
      task: 'telnet mx1.bob.example 25 and say EHLO ws.alice.example.',
      predictions: [{ server: MX1, command: 'EHLO', why: '250 on several lines: 250-… then a last 250 …; one keyword a line (RFC 5321 §4.1.1.1).' }],
      check: {
        type: 'all',
        of: [
          { type: 'reply', server: MX1, command: 'EHLO', code: 250, text: 'SIZE 10485760', says: 'EHLO lists SIZE with the limit' },
          { type: 'reply', server: MX1, command: 'EHLO', code: 250, text: '8BITMIME', says: 'EHLO lists 8BITMIME' },
          { type: 'reply', server: MX1, command: 'EHLO', code: 250, text: 'PIPELINING', says: 'EHLO lists PIPELINING' },
        ],
      },
      hints: [exact('telnet mx1.bob.example 25', 'EHLO ws.alice.example')],
      solved: 'SIZE 10485760: up to 10 MiB; 8BITMIME: 8-bit bodies welcome; PIPELINING: commands without waiting.',
      solution: [typed(WS, 'telnet mx1.bob.example 25', 'EHLO ws.alice.example')],
    },
    {
      id: 'size',
      say: 'With SIZE a client says how big the message is before sending it, so a server can refuse at once instead of after megabytes.',
      task: 'MAIL FROM:<alice@alice.example> SIZE=20000000, which is over the limit.',
      predictions: [{ server: MX1, command: 'MAIL', why: '552 5.3.4: the declared size is over the limit, refused before any data (RFC 1870 §6).' }],
      check: { type: 'reply', server: MX1, command: 'MAIL', argument: 'SIZE=20000000', code: 552, enhanced: '5.3.4' },
      hints: [{ text: 'SIZE= goes after the address, on the same line.', afterAttempts: 1 }, exact('MAIL FROM:<alice@alice.example> SIZE=20000000')],
      solved: 'Refused in one round trip, without sending a byte of the message.',
      solution: [typed(WS, 'MAIL FROM:<alice@alice.example> SIZE=20000000')],
    },
    {
      id: 'eight-bit',
      say: 'BODY=8BITMIME declares that the content has octets above 127, which the server just said it accepts.',
      task: 'MAIL FROM:<alice@alice.example> SIZE=300 BODY=8BITMIME, RCPT TO:<bob@bob.example>, DATA, a message with ü in it, the lone dot, QUIT.',
      predictions: [{ server: MX1, command: 'MAIL', why: '250 2.1.0: both parameters were offered in EHLO (RFC 1870 §4, RFC 6152 §2).' }],
      check: {
        type: 'all',
        of: [
          { type: 'reply', server: MX1, command: 'MAIL', argument: 'BODY=8BITMIME', code: 250 },
          { type: 'reply', server: MX1, command: CONTENT, code: 250 },
          { type: 'mbox', host: MAILHOST, user: 'bob', delta: 1, message: { body: 'Zürich', parts: [{ type: 'text/plain', encoding: '8bit' }] }, says: 'Bob gets the 8-bit text as it was sent' },
        ],
      },
      hints: [exact('MAIL FROM:<alice@alice.example> SIZE=300 BODY=8BITMIME', 'RCPT TO:<bob@bob.example>', 'DATA', ...zurich, 'QUIT')],
      solved: 'Accepted as 8-bit, delivered as 8-bit.',
      solution: [typed(WS, 'MAIL FROM:<alice@alice.example> SIZE=300 BODY=8BITMIME', 'RCPT TO:<bob@bob.example>', 'DATA', ...zurich, 'QUIT')],
    },
    {
      id: 'old-server',
      say: 'mx2.bob.example is set up as an RFC 821 server, from before ESMTP. It does not know EHLO; a client must then fall back to HELO (RFC 5321 §3.2).',
      task: 'telnet mx2.bob.example 25, try EHLO, then HELO.',
      predictions: [{ server: MX2, command: 'EHLO', why: '500: command not recognized, the old server’s answer to anything new (RFC 5321 §4.2.4).' }],
      check: {
        type: 'then',
        sameConnection: true,
        of: [
          { type: 'reply', server: MX2, command: 'EHLO', code: 500 },
          { type: 'reply', server: MX2, command: 'HELO', code: 250 },
        ],
      },
      hints: [exact('telnet mx2.bob.example 25', 'EHLO ws.alice.example', 'HELO ws.alice.example', 'QUIT')],
      solved: '500 to EHLO, 250 to HELO: no extensions here, plain SMTP only.',
      solution: [typed(WS, 'telnet mx2.bob.example 25', 'EHLO ws.alice.example', 'HELO ws.alice.example', 'QUIT')],
    },
  ],
};
