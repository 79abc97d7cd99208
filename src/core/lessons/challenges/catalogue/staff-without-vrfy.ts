// VRFY is switched off here, as on most servers (RFC 5321 §7.3); EXPN asks
// about a list rather than a mailbox (§3.5.2), and this server still answers.
import { MAILHOST, MX1, MX2, typed, WS } from '../../curriculum/common';
import type { Challenge } from '../types';

const answers = 'bob and carol';

export const staffWithoutVrfy: Challenge = {
  id: 'staff-without-vrfy',
  revision: 1,
  title: 'Who is on staff?',
  task: 'Find out who is on the staff@bob.example list, without VRFY, and say who.',
  goal: {
    type: 'all',
    of: [
      { type: 'reply', command: 'EXPN', argument: 'staff', code: 250, text: 'carol', says: 'a server lists staff’s members' },
      { type: 'answer', question: 'members', accept: [answers] },
      { type: 'not', check: { type: 'reply', command: 'VRFY' }, says: 'no VRFY sent' },
    ],
  },
  start: { focus: WS, opens: 'simulator', world: { policies: { [MX1]: { vrfy: '502' }, [MX2]: { vrfy: '502' }, [MAILHOST]: { vrfy: '502' } } } },
  questions: [{ id: 'members', ask: 'Who is on the staff list?', choices: ['bob only', answers, 'bob, carol and postmaster', 'nobody: staff is a mailbox'] }],
  rules: ['Sending VRFY, even once, does not meet the goal.'],
  score: { kind: 'smtp-lines' },
  par: 3,
  solution: [typed(WS, 'telnet mx1.bob.example 25', 'EHLO ws.alice.example', 'EXPN staff', 'QUIT')],
  outside: { answers: [{ question: 'members', answer: answers }] },
  topics: ['vrfy-expn'],
  parNote: 'EXPN staff answers one 250 line per member. RFC 5321 §4.1.4 asks for HELO or EHLO before a mail transaction, not before EXPN: one line is enough.',
};
