// Lesson 9: VRFY and EXPN say who exists and who is on a list, which is why
// most servers now answer 252 or switch them off (RFC 5321 §3.5.3, §7.3).
import type { Lesson } from '../types';
import { exact, faults, MX1, typed, WS } from './common';

export const vrfyExpn: Lesson = {
  id: 'vrfy-expn',
  revision: 1,
  title: 'VRFY and EXPN',
  goal: 'Ask a server who exists and who is on a list, then watch it stop telling.',
  topics: ['vrfy-expn'],
  minutes: 8,
  start: { focus: WS, opens: 'simulator' },
  withheldPanels: ['compose'],
  steps: [
    {
      id: 'ask',
      say: 'VRFY asks whether a mailbox exists; EXPN asks who is on a mailing list. Useful for debugging, and a gift for anyone collecting addresses.',
      task: 'telnet mx1.bob.example 25, EHLO, then VRFY bob, VRFY nobody and EXPN staff.',
      predictions: [
        { server: MX1, command: 'VRFY', why: '250 2.1.5 <bob@bob.example>: this server answers honestly (RFC 5321 §3.5.1).' },
        { server: MX1, command: 'EXPN', why: '250 with one line a member: the list is laid bare (RFC 5321 §3.5.2).' },
      ],
      check: {
        type: 'all',
        of: [
          { type: 'reply', server: MX1, command: 'VRFY', argument: 'bob', code: 250 },
          { type: 'reply', server: MX1, command: 'VRFY', argument: 'nobody', code: 550 },
          { type: 'reply', server: MX1, command: 'EXPN', argument: 'staff', code: 250, text: 'carol@bob.example', says: 'EXPN staff lists carol@bob.example' },
        ],
      },
      hints: [{ text: 'EXPN takes the list’s name, staff.', afterAttempts: 1 }, exact('telnet mx1.bob.example 25', 'EHLO ws.alice.example', 'VRFY bob', 'VRFY nobody', 'EXPN staff', 'QUIT')],
      solved: 'Bob exists, nobody does, and staff is Bob and Carol: three answers a spammer would love.',
      solution: [typed(WS, 'telnet mx1.bob.example 25', 'EHLO ws.alice.example', 'VRFY bob', 'VRFY nobody', 'EXPN staff', 'QUIT')],
    },
    {
      id: 'cannot-verify',
      say: 'Switch mx1’s VRFY policy to "cannot verify" in the Faults panel. The server then neither confirms nor denies: 252, "will accept and attempt delivery".',
      task: 'Set mx1.bob.example’s vrfy to cannot-verify, connect again and VRFY bob.',
      predictions: [{ server: MX1, command: 'VRFY', why: '252: the server will not say, which protects its users (RFC 5321 §3.5.3).' }],
      check: {
        type: 'all',
        of: [
          { type: 'fault', host: MX1, key: 'vrfy', value: 'cannot-verify' },
          { type: 'reply', server: MX1, command: 'VRFY', argument: 'bob', code: 252 },
        ],
      },
      hints: [{ text: 'Faults → mx1.bob.example → vrfy.', afterAttempts: 1 }, exact('telnet mx1.bob.example 25', 'EHLO ws.alice.example', 'VRFY bob', 'QUIT')],
      solved: '252: no answer is an answer too, but it tells nobody anything.',
      solution: [faults(MX1, { vrfy: 'cannot-verify' }), typed(WS, 'telnet mx1.bob.example 25', 'EHLO ws.alice.example', 'VRFY bob', 'QUIT')],
    },
    {
      id: 'disabled',
      say: 'Many servers simply switch both commands off.',
      task: 'Set vrfy to disabled, connect again, VRFY bob and EXPN staff.',
      predictions: [{ server: MX1, command: 'EXPN', why: '502: not implemented here, by choice (RFC 5321 §7.3).' }],
      check: {
        type: 'all',
        of: [
          { type: 'reply', server: MX1, command: 'VRFY', code: 502 },
          { type: 'reply', server: MX1, command: 'EXPN', code: 502 },
        ],
      },
      hints: [exact('telnet mx1.bob.example 25', 'EHLO ws.alice.example', 'VRFY bob', 'EXPN staff', 'QUIT')],
      solved: '502 for both: the server keeps its users and lists to itself.',
      solution: [faults(MX1, { vrfy: 'disabled' }), typed(WS, 'telnet mx1.bob.example 25', 'EHLO ws.alice.example', 'VRFY bob', 'EXPN staff', 'QUIT')],
    },
  ],
};
