// Lesson 1: SMTP is a conversation over TCP, and the server speaks first.
import { GREETING } from '../check';
import type { Lesson } from '../types';
import { exact, MX1, typed, WS } from './common';

export const tcpConversation: Lesson = {
  id: 'tcp-conversation',
  revision: 1,
  title: 'A TCP conversation',
  goal: 'Open a TCP connection to port 25 by hand, hear the 220, and say goodbye.',
  topics: ['smtp-over-tcp', 'ua-vs-mta', 'smtp-session'],
  minutes: 5,
  start: { focus: WS, opens: 'simulator' },
  withheldPanels: ['compose'],
  steps: [
    {
      id: 'connect',
      say: 'Mail travels between MTAs (mail transfer agents) over TCP, on port 25. You are on ws.alice.example, a workstation with a user agent, not an MTA. telnet opens a bare TCP connection, so you can speak to an MTA yourself.',
      task: 'Connect to Bob’s mail exchanger: telnet mx1.bob.example 25.',
      predictions: [{ server: MX1, command: GREETING, why: 'In SMTP the server speaks first: once the three-way handshake is done it sends 220 and its name (RFC 5321 §3.1, §4.3.1).' }],
      check: {
        type: 'then',
        of: [
          { type: 'event', layer: 'tcp', kind: 'syn', from: WS, to: MX1, says: 'your SYN reaches mx1.bob.example' },
          { type: 'event', layer: 'tcp', kind: 'syn-ack', from: MX1, to: WS, says: 'mx1.bob.example answers SYN-ACK' },
          { type: 'reply', server: MX1, command: GREETING, code: 220, says: 'mx1.bob.example greets you with 220' },
        ],
      },
      hints: [
        { text: 'telnet takes a host name and a port number.', afterAttempts: 1 },
        { text: 'SMTP’s port is 25.', afterAttempts: 2, afterSeconds: 60 },
        exact('telnet mx1.bob.example 25'),
      ],
      notes: 'Point at the timeline: SYN, SYN-ACK, ACK, then a DNS PTR query by the server, then the 220. Nobody typed anything yet, and the server already spoke.',
      solved: 'The handshake came first, then the server’s 220: the server always speaks first in SMTP.',
      solution: [typed(WS, 'telnet mx1.bob.example 25')],
    },
    {
      id: 'quit',
      say: 'A session ends when the client says QUIT; the server answers 221 and closes its side of the connection.',
      task: 'End the session with QUIT.',
      predictions: [{ server: MX1, command: 'QUIT', why: '221 means the server is closing the transmission channel (RFC 5321 §4.1.1.10).' }],
      check: {
        type: 'all',
        of: [
          { type: 'reply', server: MX1, command: 'QUIT', code: 221 },
          { type: 'event', layer: 'tcp', kind: 'fin', from: MX1, says: 'mx1.bob.example closes the connection (FIN)' },
        ],
      },
      hints: [{ text: 'The command that ends a session is four letters long.', afterAttempts: 1 }, exact('QUIT')],
      solved: '221, then FIN from both sides: the conversation is over.',
      solution: [typed(WS, 'QUIT')],
    },
    {
      id: 'who-is-who',
      say: 'Two programs took part: telnet on the workstation, standing in for a user agent, and Postfix on mx1.bob.example, an MTA that accepts mail for bob.example.',
      task: 'Which host ran the MTA in this conversation?',
      questions: [{ id: 'mta-host', ask: 'Which host ran the MTA?', choices: [WS, MX1] }],
      check: { type: 'answer', question: 'mta-host', accept: [MX1], says: 'you name the host that ran the MTA' },
      hints: [{ text: 'The MTA is the one that answered with codes.', afterAttempts: 1 }, exact(MX1)],
      solved: 'Right: the server side, mx1.bob.example, is the MTA; the workstation only has a user agent.',
      solution: [],
      outside: { answers: [{ question: 'mta-host', answer: MX1 }] },
    },
  ],
};
