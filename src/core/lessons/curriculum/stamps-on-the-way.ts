// Lesson 6: the user agent writes the first headers; every MTA on the way
// adds a Received: line on top (RFC 5321 §4.4), so the route reads bottom up.
import type { Lesson } from '../types';
import { compose, exact, MAILHOST, WS } from './common';

export const stampsOnTheWay: Lesson = {
  id: 'stamps-on-the-way',
  revision: 1,
  title: 'Stamps on the way',
  goal: 'See which headers the user agent writes, then one Received: per MTA, and read the route in the Received analyser.',
  topics: ['added-headers', 'relays', 'var-mail'],
  minutes: 10,
  start: { focus: WS, opens: 'simulator' },
  steps: [
    {
      id: 'user-agent-headers',
      say: 'You write To:, Subject: and the text. The user agent adds From:, Date:, Message-ID:, MIME-Version: and Content-Type:, and any X- header you ask for (X- names are free for private use).',
      task: 'Compose to bob@bob.example with a header of your own, X-Lesson: stamps, and send it.',
      questions: [
        { id: 'how-many', ask: 'How many Received: lines will Bob’s copy have?', choices: ['1', '2', '3', '4'] },
      ],
      check: {
        type: 'all',
        of: [
          { type: 'answer', question: 'how-many', accept: ['4', 'four'], says: 'you predict the number of Received: lines' },
          { type: 'mbox', host: MAILHOST, user: 'bob', delta: 1, message: { headers: [{ name: 'X-Lesson', value: 'stamps' }], present: ['Message-ID', 'Date', 'From', 'MIME-Version'] }, says: 'Bob’s copy has your X-Lesson: and the user agent’s own headers' },
          { type: 'mbox', host: MAILHOST, user: 'bob', delta: 1, message: { headers: [{ name: 'X-Lesson', value: 'stamps' }], received: { exactly: 4 } }, says: 'it carries one Received: per MTA: four' },
        ],
      },
      hints: [{ text: 'The Compose panel has a field for extra X- headers.', afterAttempts: 1 }, exact('Compose → To: bob@bob.example → X-Lesson: stamps → Send')],
      notes: 'Four MTAs: mail.alice.example, relay.alice.example, mx1.bob.example, mailhost.bob.example. The workstation only has a user agent, so it stamps nothing.',
      solved: 'Four MTAs, four Received: lines; the user agent wrote the rest.',
      solution: [compose({ to: ['bob@bob.example'], subject: 'Stamps', text: 'Count the stamps.\n', headers: [{ name: 'X-Lesson', value: 'stamps' }] })],
      outside: { answers: [{ question: 'how-many', answer: '4' }] },
    },
    {
      id: 'read-the-route',
      say: 'Each MTA puts its Received: on top, so the newest is first and the route reads from the bottom up. Open Bob’s copy in the Playground’s Received analyser.',
      task: 'Paste Bob’s message into the Received explorer, then say whose stamp is on top.',
      opens: 'playground',
      questions: [{ id: 'on-top', ask: 'Whose Received: line is on top?', choices: ['mail.alice.example', 'relay.alice.example', 'mx1.bob.example', MAILHOST] }],
      check: {
        type: 'all',
        of: [
          { type: 'playground', explorer: 'received', input: 'Received: from', says: 'you open Bob’s copy in the Received analyser' },
          { type: 'answer', question: 'on-top', accept: [MAILHOST, 'mailhost'], says: 'you name the MTA whose stamp is on top' },
        ],
      },
      hints: [{ text: 'The last MTA on the way writes the line that ends up first.', afterAttempts: 1 }, exact(MAILHOST)],
      solved: 'The top line is mailhost.bob.example’s, the one that delivered; the bottom one is mail.alice.example’s, the first hop.',
      solution: [],
      outside: {
        playground: [{ explorer: 'received', input: 'Received: from mx1.bob.example (mx1.bob.example [198.51.100.25])\n\tby mailhost.bob.example (SMTP Lab) with ESMTP', output: 'mailhost.bob.example' }],
        answers: [{ question: 'on-top', answer: MAILHOST }],
      },
    },
  ],
};
