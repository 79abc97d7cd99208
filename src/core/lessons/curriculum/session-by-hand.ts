// Lesson 2: a whole SMTP session typed by hand, from 220 to 221, and the
// message found in /var/mail/bob.
import { CONTENT, GREETING } from '../check';
import type { Lesson } from '../types';
import { exact, letter, MAILHOST, MX1, typed, WS } from './common';

const body = letter('Typed by hand', 'Hello Bob,', 'I typed this one myself.');

export const sessionByHand: Lesson = {
  id: 'session-by-hand',
  revision: 1,
  title: 'A session by hand',
  goal: 'Send a message with HELO, MAIL, RCPT, DATA, the lone dot and QUIT, then find it in /var/mail/bob.',
  topics: ['smtp-session', 'smtp-over-tcp', 'var-mail', 'envelope-headers-body'],
  minutes: 10,
  start: { focus: WS, opens: 'simulator' },
  withheldPanels: ['compose'],
  steps: [
    {
      id: 'connect',
      say: 'Connect to Bob’s MX as in the first lesson. This time you will stay and send a message.',
      task: 'telnet mx1.bob.example 25',
      predictions: [{ server: MX1, command: GREETING, why: 'The greeting: 220, the server’s name and its software (RFC 5321 §4.3.1).' }],
      check: { type: 'reply', server: MX1, command: GREETING, code: 220 },
      hints: [exact('telnet mx1.bob.example 25')],
      solved: 'Connected; the server is waiting for you to introduce yourself.',
      solution: [typed(WS, 'telnet mx1.bob.example 25')],
    },
    {
      id: 'helo',
      say: 'The client names itself with HELO and its own host name. The server answers 250 and repeats the name it was given, with the address it sees.',
      task: 'Introduce yourself: HELO ws.alice.example',
      predictions: [{ server: MX1, command: 'HELO', why: '250: the server greets the client by the name it gave (RFC 5321 §4.1.1.1).' }],
      check: { type: 'reply', server: MX1, command: 'HELO', code: 250 },
      hints: [{ text: 'HELO takes your own host name.', afterAttempts: 1 }, exact('HELO ws.alice.example')],
      solved: 'The server knows who you say you are.',
      solution: [typed(WS, 'HELO ws.alice.example')],
    },
    {
      id: 'envelope',
      say: 'MAIL FROM gives the envelope sender (where bounces go), RCPT TO one envelope recipient. These two are the envelope: the server delivers by them, never by the headers.',
      task: 'Give the sender alice@alice.example and the recipient bob@bob.example.',
      predictions: [
        { server: MX1, command: 'MAIL', why: '250 2.1.0: the sender is accepted and a transaction has begun (RFC 5321 §4.1.1.2).' },
        { server: MX1, command: 'RCPT', why: '250 2.1.5: bob is a mailbox here, so the server takes responsibility for him (RFC 5321 §4.1.1.3).' },
      ],
      check: {
        type: 'then',
        sameConnection: true,
        of: [
          { type: 'reply', server: MX1, command: 'MAIL', argument: '<alice@alice.example>', code: 250 },
          { type: 'reply', server: MX1, command: 'RCPT', argument: '<bob@bob.example>', code: 250 },
        ],
      },
      hints: [
        { text: 'Addresses go in angle brackets after MAIL FROM: and RCPT TO:.', afterAttempts: 1 },
        exact('MAIL FROM:<alice@alice.example>', 'RCPT TO:<bob@bob.example>'),
      ],
      notes: 'Ask the room what happens with RCPT TO:<nobody@bob.example> before trying it: 550 5.1.1.',
      solved: 'Sender and recipient accepted: the envelope is complete.',
      solution: [typed(WS, 'MAIL FROM:<alice@alice.example>', 'RCPT TO:<bob@bob.example>')],
    },
    {
      id: 'data',
      say: 'DATA asks to send the message itself: headers, an empty line, the body. The server answers 354 and reads until a line holding a single dot.',
      task: 'Send DATA, a From:, To: and Subject: header, an empty line, a body, and the lone dot.',
      predictions: [
        { server: MX1, command: 'DATA', why: '354: go ahead, end with <CRLF>.<CRLF> (RFC 5321 §4.1.1.4).' },
        { server: MX1, command: CONTENT, why: '250 with a queue id: from now on the server, not you, is responsible for the message (RFC 5321 §4.1.1.4).' },
      ],
      check: {
        type: 'then',
        sameConnection: true,
        of: [
          { type: 'reply', server: MX1, command: 'DATA', code: 354 },
          { type: 'reply', server: MX1, command: CONTENT, code: 250, says: 'after the lone dot, mx1.bob.example accepts the message with 250' },
        ],
      },
      hints: [
        { text: 'Nothing happens until you send a line with only a dot on it.', afterAttempts: 1, afterSeconds: 90 },
        exact('DATA', ...body),
      ],
      solved: 'Queued: mx1.bob.example took responsibility for the message and passes it to mailhost.bob.example.',
      solution: [typed(WS, 'DATA', ...body)],
    },
    {
      id: 'quit',
      say: 'You could send another message in the same session. You are done, so say goodbye.',
      task: 'QUIT',
      predictions: [{ server: MX1, command: 'QUIT', why: '221 and the connection closes (RFC 5321 §4.1.1.10).' }],
      check: { type: 'reply', server: MX1, command: 'QUIT', code: 221 },
      hints: [exact('QUIT')],
      solved: '220 at the start, 221 at the end: a whole SMTP session.',
      solution: [typed(WS, 'QUIT')],
    },
    {
      id: 'read',
      say: 'Bob’s mail is delivered on mailhost.bob.example, into the file /var/mail/bob (an mbox: a "From " line before each message).',
      task: 'On mailhost.bob.example, read the file: cat /var/mail/bob',
      check: {
        type: 'all',
        of: [
          { type: 'mbox', host: MAILHOST, user: 'bob', message: { sender: 'alice@alice.example', headers: [{ name: 'Subject', value: 'Typed by hand' }] }, says: 'your message is in /var/mail/bob on mailhost.bob.example' },
          { type: 'shell', host: MAILHOST, command: { text: '^cat\\s+/var/mail/bob\\s*$', regex: true }, output: 'Subject: Typed by hand', failed: false, says: 'you read /var/mail/bob on mailhost.bob.example' },
        ],
      },
      hints: [{ text: 'Switch the terminal to mailhost.bob.example first.', afterAttempts: 1 }, exact('cat /var/mail/bob')],
      solved: 'There it is, with a Return-Path: and two Received: lines the MTAs added on the way.',
      solution: [typed(MAILHOST, 'cat /var/mail/bob')],
    },
  ],
};
