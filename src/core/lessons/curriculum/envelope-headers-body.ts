// Lesson 5: who gets a message is decided by the envelope (RCPT TO), not by
// the headers, which can say anything (RFC 5321 §2.3.1, RFC 5322 §3.6.3).
import { CONTENT } from '../check';
import type { Lesson } from '../types';
import { compose, exact, MAILHOST, MX1, typed, WS } from './common';

const byHand = ['From: Alice <alice@alice.example>', 'To: The President <president@whitehouse.example>', 'Subject: Who is this for?', '', 'The To: header says the President; RCPT TO said Carol.', '.'];

export const envelopeHeadersBody: Lesson = {
  id: 'envelope-headers-body',
  revision: 1,
  title: 'Envelope, headers, body',
  goal: 'Send Carol a Bcc that no header names, then a message whose To: names someone else entirely.',
  topics: ['envelope-headers-body', 'smtp-session'],
  minutes: 10,
  start: { focus: WS, opens: 'simulator' },
  steps: [
    {
      id: 'bcc',
      say: 'A message has three parts: the envelope (MAIL FROM, RCPT TO), the headers (From:, To:, Subject: …) and the body. Bcc is a user agent’s trick: the address goes into the envelope only, and the Bcc: header is dropped.',
      task: 'Compose a message to Bob with carol@bob.example in Bcc, and send it.',
      questions: [{ id: 'carol-gets-it', ask: 'No header of the message will name Carol. Does she get it?', choices: ['yes', 'no'] }],
      check: {
        type: 'all',
        of: [
          { type: 'answer', question: 'carol-gets-it', accept: ['yes'], says: 'you predict whether Carol gets it' },
          { type: 'mbox', host: MAILHOST, user: 'carol', delta: 1, message: { recipient: 'carol@bob.example', absent: ['Bcc'] }, says: 'Carol gets a copy without any Bcc: header' },
          { type: 'mbox', host: MAILHOST, user: 'carol', delta: 1, message: { headers: [{ name: 'To', value: 'bob@bob.example' }] }, says: 'the To: header of her copy names only Bob' },
        ],
      },
      hints: [{ text: 'The Compose panel has a Bcc field.', afterAttempts: 1 }, exact('Compose → To: Bob <bob@bob.example> → Bcc: carol@bob.example → Send')],
      solved: 'Carol got it: RCPT TO:<carol@bob.example> was on every hop, in the envelope, and in no header.',
      solution: [compose({ to: ['Bob <bob@bob.example>'], bcc: ['carol@bob.example'], subject: 'Team lunch', text: 'Hi Bob,\n\nLunch on Friday?\n\nAlice\n' })],
      outside: { answers: [{ question: 'carol-gets-it', answer: 'yes' }] },
    },
    {
      id: 'by-hand',
      say: 'Now be the user agent yourself. The server delivers to RCPT TO; the To: header is just text in the content, and can say anything.',
      task: 'By telnet to mx1.bob.example: RCPT TO Carol, but write To: The President <president@whitehouse.example> in the headers.',
      predictions: [{ server: MX1, command: CONTENT, why: '250: the server never reads To: to decide anything; Carol was the envelope recipient (RFC 5321 §3.3).' }],
      check: {
        type: 'all',
        of: [
          {
            type: 'then',
            sameConnection: true,
            of: [
              { type: 'reply', server: MX1, command: 'RCPT', argument: '<carol@bob.example>', code: 250 },
              { type: 'reply', server: MX1, command: CONTENT, code: 250 },
            ],
          },
          { type: 'mbox', host: MAILHOST, user: 'carol', delta: 1, message: { recipient: 'carol@bob.example', headers: [{ name: 'To', value: 'president@whitehouse.example' }] }, says: 'Carol gets a message addressed To: the President' },
        ],
      },
      hints: [
        { text: 'Envelope first: MAIL FROM and RCPT TO:<carol@bob.example>; the To: line comes after DATA.', afterAttempts: 1 },
        exact('telnet mx1.bob.example 25', 'HELO ws.alice.example', 'MAIL FROM:<alice@alice.example>', 'RCPT TO:<carol@bob.example>', 'DATA', ...byHand, 'QUIT'),
      ],
      notes: 'Ask: what would RCPT TO:<president@whitehouse.example> get here? (554 5.7.1: mx1 does not relay for strangers.)',
      solved: 'The envelope decides; the headers are what the reader sees. That is how Bcc works, and how spam lies.',
      solution: [typed(WS, 'telnet mx1.bob.example 25', 'HELO ws.alice.example', 'MAIL FROM:<alice@alice.example>', 'RCPT TO:<carol@bob.example>', 'DATA', ...byHand, 'QUIT')],
    },
  ],
};
