// Relaying needs authentication (RFC 5321 §3.6.2, RFC 4954 §4); PLAIN sends
// the credentials as one initial response (RFC 4616 §2), LOGIN asks twice.
import { ALICE_MTA, MX1, typed, WS } from '../../curriculum/common';
import type { Challenge } from '../types';

export const relayFewestLines: Challenge = {
  id: 'relay-fewest-lines',
  revision: 1,
  title: 'Relay through mx1 in the fewest lines',
  task: 'Have mx1.bob.example relay a message to alice@alice.example (user alice, password wonderland).',
  goal: {
    type: 'all',
    of: [
      { type: 'reply', server: MX1, client: WS, command: 'RCPT', argument: '@alice.example', code: 250, says: 'mx1.bob.example accepts a recipient at alice.example from you' },
      { type: 'mbox', host: ALICE_MTA, user: 'alice', delta: 1, says: 'the message reaches /var/mail/alice' },
    ],
  },
  start: { focus: WS, opens: 'simulator' },
  withheldPanels: ['compose'],
  rules: ['Only the lines you send to a server count; base64 you work out elsewhere is free.'],
  score: { kind: 'smtp-lines' },
  par: 8,
  solution: [typed(WS, 'telnet mx1.bob.example 25', 'EHLO ws.alice.example', 'AUTH PLAIN AGFsaWNlAHdvbmRlcmxhbmQ=', 'MAIL FROM:<alice@alice.example>', 'RCPT TO:<alice@alice.example>', 'DATA', 'Subject: Relayed', '.', 'QUIT')],
  parNote: 'AUTH PLAIN with an initial response is one line: base64 of NUL alice NUL wonderland. AUTH LOGIN takes three (the command, the user name, the password).',
  topics: ['auth-login', 'relays'],
};
