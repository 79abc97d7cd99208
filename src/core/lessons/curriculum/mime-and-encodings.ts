// Lesson 12: MIME (RFC 2045–2047): encoded-words for non-ASCII headers, the
// media types, the transfer encodings, and 8-bit text converted for a 7-bit
// hop (RFC 6152 §3).
import type { Lesson } from '../types';
import { ALICE_MTA, compose, exact, MAILHOST, MX1, MX2, RELAY, typed, WS } from './common';

const pdf = new TextEncoder().encode('%PDF-1.4\n% SMTP Lab sample\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n');
const eightBit = ['From: Alice <alice@alice.example>', 'To: Bob <bob@bob.example>', 'Subject: Greetings', 'MIME-Version: 1.0', 'Content-Type: text/plain; charset=utf-8', 'Content-Transfer-Encoding: 8bit', '', 'Hello Bob, greetings from Zürich!', '.'];

export const mimeAndEncodings: Lesson = {
  id: 'mime-and-encodings',
  revision: 1,
  title: 'MIME and encodings',
  goal: 'Decode Q and B encoded-words, send a multipart message with an attachment, and watch 8-bit text cross a 7-bit hop.',
  topics: ['mime', 'encoded-words'],
  minutes: 15,
  // Bob's MXs do not offer 8BITMIME, so the relay must convert 8-bit content.
  start: { focus: WS, opens: 'playground', world: { faults: { [MX1]: { no8bitmime: true }, [MX2]: { no8bitmime: true } } } },
  steps: [
    {
      id: 'q-word',
      say: 'A header must be ASCII. Other text travels as an encoded-word: =?charset?Q?text?= or =?charset?B?text?=. In Q, =E9 is the octet E9, which in ISO-8859-1 is é (RFC 2047 §4.2).',
      task: 'Decode =?ISO-8859-1?Q?Caf=E9?= in the encoded-words explorer.',
      check: { type: 'playground', explorer: 'encoded-words', input: '=E9', output: 'Café', says: 'you decode a Q encoded-word into Café' },
      hints: [{ text: 'Open Playground → Encoded-words and paste it.', afterAttempts: 1 }, exact('=?ISO-8859-1?Q?Caf=E9?=')],
      solved: 'Café: charset ISO-8859-1, Q encoding, =E9 for é.',
      solution: [],
      outside: { playground: [{ explorer: 'encoded-words', input: '=?ISO-8859-1?Q?Caf=E9?=', output: 'Café' }] },
    },
    {
      id: 'b-word',
      say: 'B is base64 of the charset’s bytes: é in UTF-8 is two octets, C3 A9.',
      task: 'Decode =?UTF-8?B?Q2Fmw6k=?=.',
      check: { type: 'playground', explorer: 'encoded-words', input: '?B?', output: 'Café', says: 'you decode a B encoded-word into Café' },
      hints: [exact('=?UTF-8?B?Q2Fmw6k=?=')],
      solved: 'The same word, in UTF-8 and base64.',
      solution: [],
      outside: { playground: [{ explorer: 'encoded-words', input: '=?UTF-8?B?Q2Fmw6k=?=', output: 'Café' }] },
    },
    {
      id: 'multipart',
      say: 'MIME has seven top-level types: text, image, audio, video, application, multipart and message, each with subtypes (text/plain, application/pdf …), and five transfer encodings: 7bit, 8bit, binary, quoted-printable and base64. A message with a text and a file is multipart/mixed.',
      task: 'Compose to bob@bob.example with the Subject Café, a text, an HTML version and a PDF attachment.',
      opens: 'simulator',
      questions: [{ id: 'pdf-encoding', ask: 'In which transfer encoding will the PDF travel?', choices: ['7bit', '8bit', 'binary', 'quoted-printable', 'base64'] }],
      check: {
        type: 'all',
        of: [
          { type: 'answer', question: 'pdf-encoding', accept: ['base64'], says: 'you predict the PDF’s transfer encoding' },
          {
            type: 'mbox',
            host: MAILHOST,
            user: 'bob',
            delta: 1,
            message: { headers: [{ name: 'Subject', value: '=?' }], parts: [{ type: 'multipart/mixed' }, { type: 'text/plain' }, { type: 'text/html' }, { type: 'application/pdf', encoding: 'base64' }] },
            says: 'Bob gets multipart/mixed with text, HTML and a base64 PDF, and an encoded-word Subject',
          },
        ],
      },
      hints: [{ text: 'Compose has fields for HTML and for attachments.', afterAttempts: 1 }, exact('Compose → Subject: Café → text, HTML, attach agenda.pdf → Send')],
      solved: 'The Subject became an encoded-word, the PDF base64, and all of it is 7-bit text on the wire.',
      solution: [compose({ to: ['Bob <bob@bob.example>'], subject: 'Café', text: 'Hi Bob,\n\nThe agenda is attached.\n', html: '<p>Hi Bob,</p><p>The agenda is <b>attached</b>.</p>', attachments: [{ filename: 'agenda.pdf', contentType: 'application/pdf', content: pdf }] })],
      outside: { answers: [{ question: 'pdf-encoding', answer: 'base64' }] },
    },
    {
      id: 'seven-bit-hop',
      say: 'Type an 8-bit message to Alice’s MTA with BODY=8BITMIME. Bob’s MXs do not offer 8BITMIME, so the relay must convert the body to quoted-printable before passing it on (RFC 6152 §3).',
      task: 'By telnet to mail.alice.example: EHLO, MAIL FROM … BODY=8BITMIME, RCPT TO:<bob@bob.example>, an 8-bit text/plain body, the lone dot, QUIT.',
      check: {
        type: 'all',
        of: [
          { type: 'reply', server: ALICE_MTA, command: 'MAIL', argument: 'BODY=8BITMIME', code: 250 },
          { type: 'event', to: RELAY, summary: { text: '8BITMIME|quoted-printable', regex: true }, says: 'the relay notices the next hop is 7-bit only' },
          { type: 'mbox', host: MAILHOST, user: 'bob', delta: 1, message: { body: 'Z=C3=BCrich', parts: [{ type: 'text/plain', encoding: 'quoted-printable' }] }, says: 'Bob gets the text in quoted-printable: Z=C3=BCrich' },
        ],
      },
      hints: [{ text: 'Declare the 8-bit body on MAIL FROM.', afterAttempts: 1 }, exact('telnet mail.alice.example 25', 'EHLO ws.alice.example', 'MAIL FROM:<alice@alice.example> BODY=8BITMIME', 'RCPT TO:<bob@bob.example>', 'DATA', ...eightBit, 'QUIT')],
      solved: 'ü left as two 8-bit octets and arrived as =C3=BC: the same bytes, in 7-bit clothes.',
      solution: [typed(WS, 'telnet mail.alice.example 25', 'EHLO ws.alice.example', 'MAIL FROM:<alice@alice.example> BODY=8BITMIME', 'RCPT TO:<bob@bob.example>', 'DATA', ...eightBit, 'QUIT')],
    },
  ],
};
