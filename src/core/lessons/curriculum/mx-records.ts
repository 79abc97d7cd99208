// Lesson 3: MX records pick the host that takes a domain's mail, lowest
// preference first; when it does not answer, the next one (RFC 5321 §5.1).
import type { Lesson } from '../types';
import { compose, exact, faults, MAILHOST, MX1, MX2, RELAY, WS } from './common';

export const mxRecords: Lesson = {
  id: 'mx-records',
  revision: 1,
  title: 'MX records',
  goal: 'Read bob.example’s MX records, take the preferred one down, and watch the relay fall back to the other.',
  topics: ['mx-records', 'relays'],
  minutes: 10,
  start: { focus: WS, opens: 'simulator' },
  steps: [
    {
      id: 'look-up',
      say: 'A sender does not mail "bob.example"; it asks DNS for the domain’s MX records, each a host with a preference number, and tries the lowest number first.',
      task: 'Ask DNS for everything about bob.example: host -a bob.example',
      questions: [{ id: 'first-mx', ask: 'Which host does a sender try first?', choices: [MX1, MX2] }],
      check: {
        type: 'all',
        of: [
          { type: 'shell', host: WS, command: { text: '^host\\s+(-a|-t mx)\\s+bob\\.example\\.?$', regex: true, caseSensitive: true }, output: '10 mx1.bob.example', failed: false, says: 'you list the MX records of bob.example' },
          { type: 'answer', question: 'first-mx', accept: [MX1, 'mx1'], says: 'you name the MX a sender tries first' },
        ],
      },
      hints: [{ text: 'host -a asks for records of any type.', afterAttempts: 1 }, { text: 'MX 10 comes before MX 20: lower is preferred.', afterAttempts: 2 }, exact('host -a bob.example')],
      solved: 'MX 10 is mx1.bob.example, MX 20 mx2.bob.example: mx1 first, mx2 as the backup.',
      solution: [{ type: 'type', host: WS, lines: ['host -a bob.example'] }],
      outside: { answers: [{ question: 'first-mx', answer: MX1 }] },
    },
    {
      id: 'take-down',
      say: 'Now break something on purpose: switch mx1.bob.example off in the Faults panel. A host that is down never answers a SYN.',
      task: 'Set mx1.bob.example down.',
      questions: [{ id: 'next-mx', ask: 'After its SYN to mx1 goes unanswered, which host will Alice’s relay try?', choices: [MX2, MAILHOST, 'none: it bounces'] }],
      check: {
        type: 'all',
        of: [
          { type: 'fault', host: MX1, key: 'down', value: true },
          { type: 'answer', question: 'next-mx', accept: [MX2, 'mx2'], says: 'you predict where the relay goes next' },
        ],
      },
      hints: [{ text: 'The Faults panel lists every host; mx1.bob.example has a "down" switch.', afterAttempts: 1 }, exact('Faults → mx1.bob.example → down')],
      solved: 'mx1.bob.example is off. Now send a message and see what the relay does.',
      solution: [faults(MX1, { down: true })],
      outside: { answers: [{ question: 'next-mx', answer: MX2 }] },
    },
    {
      id: 'fail-over',
      say: 'Alice’s relay looks up the MX records itself, sends a SYN to mx1, waits, gives up after its connect time-out, and tries mx2.',
      task: 'Compose a message to bob@bob.example and send it.',
      check: {
        type: 'all',
        of: [
          {
            type: 'then',
            of: [
              { type: 'event', layer: 'dns', kind: 'query', from: RELAY, summary: 'MX? bob.example', says: 'the relay asks DNS for bob.example’s MX' },
              { type: 'event', layer: 'tcp', kind: 'syn', from: RELAY, to: MX1, says: 'the relay sends its SYN to mx1.bob.example first' },
              { type: 'event', layer: 'tcp', kind: 'timeout', from: RELAY, says: 'nothing answers: the relay times out' },
              { type: 'event', layer: 'tcp', kind: 'syn', from: RELAY, to: MX2, says: 'the relay tries mx2.bob.example' },
            ],
          },
          { type: 'mbox', host: MAILHOST, user: 'bob', delta: 1, message: { headers: [{ name: 'Received', value: 'by mx2.bob.example' }] }, says: 'Bob gets the message, through mx2.bob.example' },
        ],
      },
      hints: [{ text: 'Use the Compose panel of ws.alice.example.', afterAttempts: 1 }, exact('Compose → To: bob@bob.example → Send')],
      notes: 'Scrub the timeline back to the time-out: 30 simulated seconds pass between the SYN and the retry.',
      solved: 'The backup MX took the message and passed it to mailhost.bob.example: that is what MX 20 is for.',
      solution: [compose({ to: ['Bob <bob@bob.example>'], subject: 'Lunch on Friday?', text: 'Hi Bob,\n\nLunch on Friday?\n\nAlice\n' })],
    },
  ],
};
