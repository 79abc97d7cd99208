// What a tap on relay→mx1 sees (net/observe): in clear, everything; after
// STARTTLS only that the two addresses talked and how much (RFC 3207 §6).
import { MAILHOST, MX1, RELAY, faults, typed, WS } from '../../curriculum/common';
import type { Challenge } from '../types';

export const eavesdropper: Challenge = {
  id: 'eavesdropper-learns-nothing',
  revision: 1,
  title: 'The eavesdropper learns nothing but the addresses',
  task: 'Send Bob a message so that someone tapping the relay→mx1 link sees only which two addresses talked.',
  goal: {
    type: 'all',
    of: [
      { type: 'mbox', host: MAILHOST, user: 'bob', delta: 1, says: 'a new message in /var/mail/bob' },
      { type: 'event', layer: 'smtp', kind: 'segment', from: RELAY, to: MX1, encrypted: true, says: 'the relay talks to mx1 over TLS' },
      {
        type: 'not',
        check: { type: 'event', layer: 'smtp', kind: 'segment', from: RELAY, to: MX1, encrypted: false, summary: { text: '^C: (MAIL|RCPT|DATA|[A-Za-z-]+:)', regex: true, caseSensitive: true } },
        says: 'no envelope, header or body line crosses relay→mx1 in clear',
      },
    ],
  },
  start: { focus: WS, opens: 'simulator' },
  withheldPanels: ['compose'],
  rules: ['Switching faults and features on hosts is free; what is sent in clear before you do counts against you, since the eavesdropper already has it.'],
  score: { kind: 'shell-lines' },
  par: 1,
  solution: [faults(RELAY, { starttls: true }), faults(MX1, { starttls: true }), typed(WS, 'mail -s Hi bob@bob.example', 'Hello Bob', '.')],
  parNote: 'STARTTLS needs both ends: mx1 must offer it and the relay must use it. After the hand-shake the observer sees only ciphertext; an OpenPGP body (encryptBody) would also hide it from mx1 itself, but the envelope never can be.',
  topics: ['encryption'],
};
