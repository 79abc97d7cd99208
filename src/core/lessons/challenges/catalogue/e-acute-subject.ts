// A header is ASCII; a non-ASCII word travels as an encoded-word, Q or B
// (RFC 2047 §4): Q keeps ASCII letters as they are, B costs 4 for every 3.
import { MAILHOST, typed, WS } from '../../curriculum/common';
import type { Challenge } from '../types';

export const eAcuteSubject: Challenge = {
  id: 'e-acute-subject',
  revision: 1,
  title: 'Café au lait in the fewest bytes',
  task: 'Get a message into /var/mail/bob whose Subject reads exactly “Café au lait”.',
  goal: {
    type: 'mbox',
    host: MAILHOST,
    user: 'bob',
    delta: 1,
    message: {
      headers: [
        { name: 'Subject', value: { text: '^Café au lait$', regex: true, caseSensitive: true } },
        { name: 'Subject', value: '=?' },
      ],
    },
    says: 'Bob gets a message whose Subject, as an RFC 2047 encoded-word, reads “Café au lait”',
  },
  start: { focus: WS, opens: 'simulator' },
  withheldPanels: ['compose'],
  rules: ['The é must travel as an encoded-word: raw 8-bit in a header needs SMTPUTF8, which these servers do not offer.'],
  score: { kind: 'bytes' },
  par: 360,
  solution: [typed(WS, 'telnet mx1.bob.example 25', 'HELO ws.alice.example', 'MAIL FROM:<alice@alice.example>', 'RCPT TO:<bob@bob.example>', 'DATA', 'Subject: =?utf-8?Q?Caf=C3=A9_au_lait?=', '.', 'QUIT')],
  parNote: 'Q: “Caf=C3=A9_au_lait” keeps the ASCII as it is and spends six bytes on the é; B would encode all twelve characters of UTF-8 into twenty. Every byte of the dialogue counts, replies too, so a short HELO helps as well.',
  topics: ['encoded-words'],
};
