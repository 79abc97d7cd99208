// Lesson 13: STARTTLS hides a hop's content but not who talks to whom; a
// PGP body hides the body but not the envelope or headers (RFC 3207,
// RFC 4880). The envelope can never be encrypted end to end: every MTA
// must read it to route the message.
import type { Lesson } from '../types';
import { ALICE_MTA, compose, exact, faults, MAILHOST, MX1, MX2, RELAY, WS } from './common';

const HOPS = [WS, ALICE_MTA, RELAY, MX1, MX2, MAILHOST];
const hello = { to: ['Bob <bob@bob.example>'], text: 'Hi Bob,\n\nLunch on Friday?\n\nAlice\n' };

export const whatEncryptionHides: Lesson = {
  id: 'what-encryption-hides',
  revision: 1,
  title: 'What encryption can hide',
  goal: 'Send in clear, over STARTTLS and with a PGP body, and see what an observer on a link still learns.',
  topics: ['encryption', 'envelope-headers-body'],
  minutes: 12,
  start: { focus: RELAY, opens: 'simulator' },
  steps: [
    {
      id: 'in-clear',
      say: 'Without encryption anyone on a link between two MTAs reads everything: envelope, headers, body. Select a segment from relay.alice.example to mx1.bob.example and look through the observer’s eyes.',
      task: 'Compose to Bob with the Subject In clear and send it.',
      check: {
        type: 'all',
        of: [
          { type: 'event', layer: 'smtp', kind: 'segment', from: RELAY, to: MX1, encrypted: false, says: 'segments cross relay → mx1 in clear' },
          { type: 'mbox', host: MAILHOST, user: 'bob', delta: 1, message: { headers: [{ name: 'Subject', value: 'In clear' }] }, says: 'Bob gets “In clear”' },
        ],
      },
      hints: [exact('Compose → To: Bob → Subject: In clear → Send')],
      solved: 'Every byte crossed the link readable.',
      solution: [compose({ ...hello, subject: 'In clear' })],
    },
    {
      id: 'starttls',
      say: 'Switch STARTTLS on for every host. Each client then says STARTTLS after EHLO and the rest of the session runs inside TLS: only the fact that two hosts talked stays visible.',
      task: 'Turn starttls on for all six hosts, then send a message with the Subject Over STARTTLS.',
      questions: [{ id: 'observer-sees', ask: 'With STARTTLS on the link, what does the observer still learn?', choices: ['everything', 'the Subject', 'that the two hosts talked', 'nothing at all'] }],
      check: {
        type: 'all',
        of: [
          { type: 'fault', host: RELAY, key: 'starttls', value: true },
          { type: 'fault', host: MX1, key: 'starttls', value: true },
          { type: 'reply', server: MX1, client: RELAY, command: 'STARTTLS', code: 220, says: 'mx1.bob.example agrees to STARTTLS from the relay' },
          { type: 'event', layer: 'smtp', kind: 'segment', from: RELAY, to: MX1, encrypted: true, says: 'the relay’s segments to mx1 are encrypted' },
          { type: 'mbox', host: MAILHOST, user: 'bob', delta: 1, message: { headers: [{ name: 'Subject', value: 'Over STARTTLS' }] }, says: 'Bob gets “Over STARTTLS”' },
          { type: 'answer', question: 'observer-sees', accept: ['that the two hosts talked'], says: 'you say what TLS leaves visible' },
        ],
      },
      hints: [{ text: 'Faults → each host → starttls.', afterAttempts: 1 }, exact('Faults → every host → starttls on; Compose → Subject: Over STARTTLS → Send')],
      notes: 'TLS here is hop by hop: each MTA decrypts, reads the envelope to route, and encrypts again to the next.',
      solved: 'Encrypted on every hop; but each MTA still read the whole message.',
      solution: [...HOPS.map((h) => faults(h, { starttls: true })), compose({ ...hello, subject: 'Over STARTTLS' })],
      outside: { answers: [{ question: 'observer-sees', answer: 'that the two hosts talked' }] },
    },
    {
      id: 'pgp',
      say: 'Now switch STARTTLS off again and encrypt the body end to end instead, as PGP does on Alice’s workstation. The MTAs can no longer read the body, but they must read the envelope, and the headers stay as they were.',
      task: 'Turn starttls off everywhere, turn encryptBody on for ws.alice.example, and send a message with the Subject PGP body.',
      questions: [{ id: 'never-hidden', ask: 'Which part can never be encrypted end to end?', choices: ['the body', 'the Subject', 'the envelope'] }],
      check: {
        type: 'all',
        of: [
          { type: 'fault', host: WS, key: 'encryptBody', value: true },
          { type: 'event', layer: 'smtp', kind: 'segment', from: RELAY, to: MX1, summary: 'MAIL FROM:<alice@alice.example>', encrypted: false, says: 'the envelope crosses relay → mx1 in clear' },
          { type: 'mbox', host: MAILHOST, user: 'bob', delta: 1, message: { headers: [{ name: 'Subject', value: 'PGP body' }], body: 'BEGIN PGP MESSAGE' }, says: 'Bob gets a readable Subject and an encrypted body' },
          { type: 'answer', question: 'never-hidden', accept: ['the envelope', 'envelope'], says: 'you name what cannot be hidden' },
        ],
      },
      hints: [{ text: 'encryptBody is a switch of the sending host.', afterAttempts: 1 }, exact('Faults → every host → starttls off; ws.alice.example → encryptBody on; Compose → Subject: PGP body → Send')],
      solved: 'The body is secret, but everyone on the way knows alice@alice.example mailed bob@bob.example, and about what.',
      solution: [...HOPS.map((h) => faults(h, { starttls: false })), faults(WS, { encryptBody: true }), compose({ ...hello, subject: 'PGP body' })],
      outside: { answers: [{ question: 'never-hidden', answer: 'the envelope' }] },
    },
  ],
};
