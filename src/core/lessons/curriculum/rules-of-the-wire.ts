// Lesson 11: the wire's rules. Lines end in CR LF (RFC 5321 §2.3.8), a line
// of content starting with a dot gets another (§4.5.2), lines stay under
// 1,000 octets (§4.5.3.1.6), and a bare LF is refused so that no second
// message can be smuggled past another server.
import { CONTENT } from '../check';
import type { Lesson } from '../types';
import { exact, MAILHOST, MX1, typed, WS } from './common';

const smuggle = 'Nothing to see here.\n.\nMAIL FROM:<ceo@bob.example>\nRCPT TO:<carol@bob.example>\nDATA\nSubject: smuggled';
const long = `Long: ${'x'.repeat(1100)}`;

export const rulesOfTheWire: Lesson = {
  id: 'rules-of-the-wire',
  revision: 1,
  title: 'Rules of the wire',
  goal: 'Meet CR LF, dot-stuffing, the 1,000-octet line and the bare LF that servers refuse.',
  topics: ['nvt-ascii', 'smtp-session'],
  minutes: 12,
  start: { focus: WS, opens: 'simulator' },
  withheldPanels: ['compose'],
  steps: [
    {
      id: 'crlf',
      say: 'SMTP is NVT ASCII text and every line ends in CR LF, as in Telnet. telnet sends CR LF; nc sends a bare LF unless you give it -C.',
      task: 'nc mx1.bob.example 25 and HELO ws.alice.example; then nc -C mx1.bob.example 25 and HELO again.',
      predictions: [{ server: MX1, command: 'HELO', why: '521 5.5.2: a bare LF is not a line ending in SMTP, and this server hangs up (RFC 5321 §2.3.8).' }],
      check: {
        type: 'then',
        of: [
          { type: 'reply', server: MX1, command: 'HELO', code: 521, says: 'HELO ended by a bare LF is refused with 521' },
          { type: 'reply', server: MX1, command: 'HELO', code: 250, says: 'HELO ended by CR LF gets 250' },
        ],
      },
      hints: [{ text: 'The -C option makes nc send CR LF.', afterAttempts: 1 }, exact('nc mx1.bob.example 25', 'HELO ws.alice.example', 'nc -C mx1.bob.example 25', 'HELO ws.alice.example')],
      solved: 'The same words, one byte apart: LF alone is refused, CR LF accepted.',
      solution: [typed(WS, 'nc mx1.bob.example 25', 'HELO ws.alice.example', 'nc -C mx1.bob.example 25', 'HELO ws.alice.example')],
    },
    {
      id: 'dot-stuffing',
      say: 'A line holding a single dot ends the content. To send a line that starts with a dot, the client doubles it; the server removes one (RFC 5321 §4.5.2).',
      task: 'Send a message whose body has the line ..hidden, the way a client dot-stuffs .hidden.',
      predictions: [{ server: MX1, command: CONTENT, why: '250: ..hidden is not the lone dot, so the content goes on until the real one.' }],
      check: {
        type: 'all',
        of: [
          { type: 'reply', server: MX1, command: CONTENT, code: 250 },
          { type: 'mbox', host: MAILHOST, user: 'bob', delta: 1, message: { body: { text: '^\\.hidden\\r?$', regex: true } }, says: 'Bob’s copy has the line .hidden, one dot removed' },
        ],
      },
      hints: [{ text: 'Type two dots then hidden, on a line of its own, before the lone dot.', afterAttempts: 1 }, exact('MAIL FROM:<alice@alice.example>', 'RCPT TO:<bob@bob.example>', 'DATA', 'Subject: Dots', '', '..hidden', '.')],
      solved: 'Sent as ..hidden, stored as .hidden: transparency, both ends agreeing.',
      solution: [typed(WS, 'MAIL FROM:<alice@alice.example>', 'RCPT TO:<bob@bob.example>', 'DATA', 'Subject: Dots', '', '..hidden', '.')],
    },
    {
      id: 'long-line',
      say: 'A line may be at most 1,000 octets with its CR LF (RFC 5321 §4.5.3.1.6). This server is lenient, as Postfix is; the inspector flags the line, and a stricter hop could refuse or break it.',
      task: 'Send a message with a line over 1,000 characters, then look at it in the inspector.',
      questions: [{ id: 'limit', ask: 'How many octets may a line of text have, not counting CR LF?', choices: ['76', '512', '998', '1000'] }],
      check: {
        type: 'all',
        of: [
          { type: 'mbox', host: MAILHOST, user: 'bob', delta: 1, message: { body: { text: '[^\\r\\n]{999}', regex: true } }, says: 'a line longer than 998 octets arrives' },
          { type: 'answer', question: 'limit', accept: ['998'], says: 'you know the limit' },
        ],
      },
      hints: [{ text: 'The limit is 1,000 with the CR LF.', afterAttempts: 1 }, exact('MAIL FROM:<alice@alice.example>', 'RCPT TO:<bob@bob.example>', 'DATA', 'Subject: Long', '', long, '.')],
      solved: '998 octets and CR LF; MIME encodings exist partly to stay under it.',
      solution: [typed(WS, 'MAIL FROM:<alice@alice.example>', 'RCPT TO:<bob@bob.example>', 'DATA', 'Subject: Long', '', long, '.')],
      outside: { answers: [{ question: 'limit', answer: '998' }] },
    },
    {
      id: 'smuggling',
      say: 'Some servers once took a bare LF, dot, LF as the end of the content. An attacker could then hide a second message inside the first (SMTP smuggling, 2023). This server refuses any bare LF in the content.',
      task: 'Send content with a line that holds bare line feeds, a dot and a hidden MAIL FROM.',
      predictions: [{ server: MX1, command: CONTENT, why: '521 5.5.2: a bare LF in the content, and the server hangs up; nothing is delivered.' }],
      check: {
        type: 'all',
        of: [
          { type: 'reply', server: MX1, command: CONTENT, code: 521, enhanced: '5.5.2' },
          { type: 'mbox', host: MAILHOST, user: 'carol', delta: { exactly: 0 }, says: 'no smuggled message reaches Carol' },
        ],
      },
      hints: [{ text: 'In this terminal, \\n inside a line is sent as a bare LF.', afterAttempts: 1 }, exact('MAIL FROM:<alice@alice.example>', 'RCPT TO:<bob@bob.example>', 'DATA', 'Subject: innocent', '', smuggle, '.')],
      solved: 'Refused: only CR LF . CR LF ends the content, and a server that insists on it cannot be fooled.',
      solution: [typed(WS, 'MAIL FROM:<alice@alice.example>', 'RCPT TO:<bob@bob.example>', 'DATA', 'Subject: innocent', '', smuggle, '.')],
    },
  ],
};
