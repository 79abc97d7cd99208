// Lesson 7: an MX relays only for its own domains, or for clients that
// authenticate (RFC 5321 §3.6.2, RFC 4954); AUTH LOGIN's prompts and
// answers are base64, which hides nothing.
import { AUTH_LINE } from '../check';
import type { Lesson } from '../types';
import { ALICE_MTA, exact, MX1, typed, WS } from './common';

export const relayAndAuth: Lesson = {
  id: 'relay-and-auth',
  revision: 1,
  title: 'Relay refused, then AUTH LOGIN',
  goal: 'Be refused as a relay, log in with AUTH LOGIN by decoding its base64 prompts, and relay.',
  topics: ['auth-login', 'relays', 'esmtp'],
  minutes: 15,
  start: { focus: WS, opens: 'simulator' },
  withheldPanels: ['compose'],
  steps: [
    {
      id: 'refused',
      say: 'mx1.bob.example takes mail for bob.example. Ask it to pass mail on to alice.example, as a stranger, and it refuses: an open relay would carry anybody’s spam.',
      task: 'telnet mx1.bob.example 25, EHLO, MAIL FROM:<bob@bob.example>, RCPT TO:<alice@alice.example>.',
      predictions: [{ server: MX1, command: 'RCPT', why: '554 5.7.1 Relay access denied: alice.example is not mx1’s domain and you have not authenticated (RFC 5321 §3.6.2).' }],
      check: { type: 'reply', server: MX1, command: 'RCPT', argument: '<alice@alice.example>', code: 554, enhanced: '5.7.1' },
      hints: [{ text: 'Use EHLO, not HELO: AUTH exists only in ESMTP.', afterAttempts: 1 }, exact('telnet mx1.bob.example 25', 'EHLO ws.alice.example', 'MAIL FROM:<bob@bob.example>', 'RCPT TO:<alice@alice.example>')],
      solved: 'Refused. Not a bug: a relay must know who you are.',
      solution: [typed(WS, 'telnet mx1.bob.example 25', 'EHLO ws.alice.example', 'MAIL FROM:<bob@bob.example>', 'RCPT TO:<alice@alice.example>')],
    },
    {
      id: 'auth',
      say: 'RSET abandons the transaction. The EHLO answer offered AUTH LOGIN: the server asks for a user name and a password, each prompt in base64.',
      task: 'RSET, then AUTH LOGIN.',
      predictions: [{ server: MX1, command: 'AUTH', why: '334 and a base64 prompt: the server waits for the next line of the SASL exchange (RFC 4954 §4).' }],
      check: { type: 'reply', server: MX1, command: 'AUTH', argument: 'LOGIN', code: 334, text: 'VXNlcm5hbWU6', says: 'mx1.bob.example answers AUTH LOGIN with 334 VXNlcm5hbWU6' },
      hints: [exact('RSET', 'AUTH LOGIN')],
      solved: '334 VXNlcm5hbWU6: a prompt, but in base64.',
      solution: [typed(WS, 'RSET', 'AUTH LOGIN')],
    },
    {
      id: 'decode',
      say: 'Base64 turns every three bytes into four printable characters, so any bytes survive a 7-bit text protocol. It is an encoding, not a cipher: anyone can undo it.',
      task: 'Decode VXNlcm5hbWU6 in the Playground’s base64 explorer.',
      opens: 'playground',
      check: { type: 'playground', explorer: 'base64', direction: 'decode', input: 'VXNlcm5hbWU6', output: 'Username:', says: 'you decode VXNlcm5hbWU6 into Username:' },
      hints: [{ text: 'Open the Playground, Base64, and paste the prompt.', afterAttempts: 1 }, exact('VXNlcm5hbWU6')],
      solved: '"Username:". The next prompt, UGFzc3dvcmQ6, is "Password:".',
      solution: [],
      outside: { playground: [{ explorer: 'base64', direction: 'decode', input: 'VXNlcm5hbWU6', output: 'Username:' }] },
    },
    {
      id: 'log-in',
      say: 'Answer in base64 too: alice is YWxpY2U=, her password wonderland is d29uZGVybGFuZA==.',
      task: 'Send YWxpY2U= and then d29uZGVybGFuZA==.',
      opens: 'simulator',
      predictions: [{ server: MX1, command: AUTH_LINE, why: 'After the user name, 334 UGFzc3dvcmQ6 asks for the password (RFC 4954 §4).' }],
      check: { type: 'reply', server: MX1, command: AUTH_LINE, code: 235, enhanced: '2.7.0', says: 'mx1.bob.example accepts the login with 235 2.7.0' },
      hints: [{ text: 'One base64 line per prompt.', afterAttempts: 1 }, exact('YWxpY2U=', 'd29uZGVybGFuZA==')],
      notes: 'Anyone on the link reads the password as easily as you decoded the prompt; that is why AUTH is only offered over TLS in real life.',
      solved: 'Authenticated. Note what an eavesdropper just learned: alice’s password.',
      solution: [typed(WS, 'YWxpY2U=', 'd29uZGVybGFuZA==')],
    },
    {
      id: 'relay',
      say: 'Now the same RCPT is allowed: an authenticated client may relay.',
      task: 'MAIL FROM:<bob@bob.example>, RCPT TO:<alice@alice.example>, DATA, a short message, the lone dot, QUIT.',
      predictions: [{ server: MX1, command: 'RCPT', why: '250 2.1.5: after AUTH, relaying is allowed (RFC 4954 §4).' }],
      check: {
        type: 'all',
        of: [
          { type: 'reply', server: MX1, command: 'RCPT', argument: '<alice@alice.example>', code: 250 },
          { type: 'mbox', host: ALICE_MTA, user: 'alice', delta: 1, message: { sender: 'bob@bob.example' }, says: 'the message reaches /var/mail/alice' },
        ],
      },
      hints: [exact('MAIL FROM:<bob@bob.example>', 'RCPT TO:<alice@alice.example>', 'DATA', 'Subject: Relayed after AUTH', '', 'The MX relayed this because we authenticated.', '.', 'QUIT')],
      solved: 'mx1.bob.example relayed it to alice.example’s MX and it was delivered.',
      solution: [typed(WS, 'MAIL FROM:<bob@bob.example>', 'RCPT TO:<alice@alice.example>', 'DATA', 'Subject: Relayed after AUTH', '', 'The MX relayed this because we authenticated.', '.', 'QUIT')],
    },
  ],
};
