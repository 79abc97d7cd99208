// Scenarios typed by hand at a terminal: the commands a student types,
// the replies a real MTA gives.
import { HOSTS } from '../net/index';
import type { Scenario } from './types';

const WS = HOSTS.ws;

const message = (subject: string, body: string[]) => [`From: Alice <alice@alice.example>`, `To: Bob <bob@bob.example>`, `Subject: ${subject}`, '', ...body, '.'];

export const heloByHand: Scenario = {
  id: 'helo-by-hand',
  title: 'A plain SMTP session, typed by hand',
  goal: 'Speak RFC 821 SMTP yourself: HELO, MAIL FROM, RCPT TO, DATA, a lone dot, QUIT, and find the message in /var/mail/bob.',
  focus: WS,
  world: {},
  steps: [
    { type: 'type', host: WS, lines: ['telnet mx1.bob.example 25', 'HELO ws.alice.example', 'MAIL FROM:<alice@alice.example>', 'RCPT TO:<bob@bob.example>', 'DATA', ...message('Typed by hand', ['Hello Bob,', 'I typed this one myself.']), 'QUIT'] },
  ],
};

export const esmtpSession: Scenario = {
  id: 'esmtp-session',
  title: 'An ESMTP session: EHLO, SIZE, 8BITMIME, PIPELINING',
  goal: 'EHLO makes the server list its extensions; the client then declares the size and the body type and may send MAIL and RCPT in one go.',
  focus: WS,
  world: {},
  steps: [
    {
      type: 'type',
      host: WS,
      lines: ['telnet mx1.bob.example 25', 'EHLO ws.alice.example', 'MAIL FROM:<alice@alice.example> SIZE=200 BODY=8BITMIME', 'RCPT TO:<bob@bob.example>', 'DATA', ...message('Extensions', ['SIZE told the server how big this is before it was sent.']), 'QUIT'],
    },
  ],
};

export const relayThenAuth: Scenario = {
  id: 'relay-auth',
  title: 'Relay refused, then AUTH LOGIN',
  goal: 'An MX refuses to relay to other domains for strangers (554 5.7.1) but relays for a client that authenticates; base64 is not encryption.',
  focus: WS,
  world: {},
  steps: [
    {
      type: 'type',
      host: WS,
      lines: [
        'telnet mx1.bob.example 25',
        'EHLO ws.alice.example',
        'MAIL FROM:<bob@bob.example>',
        'RCPT TO:<alice@alice.example>',
        'RSET',
        'AUTH LOGIN',
        'YWxpY2U=',
        'd29uZGVybGFuZA==',
        'MAIL FROM:<bob@bob.example>',
        'RCPT TO:<alice@alice.example>',
        'DATA',
        'From: Bob <bob@bob.example>',
        'To: Alice <alice@alice.example>',
        'Subject: Relayed after AUTH',
        '',
        'The MX relayed this because we authenticated.',
        '.',
        'QUIT',
      ],
    },
  ],
};

export const vrfyExpn: Scenario = {
  id: 'vrfy-expn',
  title: 'VRFY and EXPN',
  goal: 'VRFY says whether a mailbox exists and EXPN lists a mailing list, which is why most servers now answer 252 or 502.',
  focus: WS,
  world: {},
  steps: [
    { type: 'type', host: WS, lines: ['telnet mx1.bob.example 25', 'EHLO ws.alice.example', 'VRFY bob', 'VRFY nobody', 'EXPN staff', 'QUIT'] },
    { type: 'input', input: { type: 'faults', host: HOSTS.mx1, faults: { vrfy: 'cannot-verify' } } },
    { type: 'type', host: WS, lines: ['telnet mx1.bob.example 25', 'EHLO ws.alice.example', 'VRFY bob', 'QUIT'] },
    { type: 'input', input: { type: 'faults', host: HOSTS.mx1, faults: { vrfy: 'disabled' } } },
    { type: 'type', host: WS, lines: ['telnet mx1.bob.example 25', 'EHLO ws.alice.example', 'VRFY bob', 'EXPN staff', 'QUIT'] },
  ],
};

export const eightBitToSevenBit: Scenario = {
  id: 'eight-bit-downgrade',
  title: '8-bit content meets a 7-bit hop',
  goal: 'Bob\'s MX does not offer 8BITMIME, so Alice\'s relay converts the 8-bit body to quoted-printable before sending it on (RFC 6152 §3).',
  focus: WS,
  world: { faults: { [HOSTS.mx1]: { no8bitmime: true }, [HOSTS.mx2]: { no8bitmime: true } } },
  steps: [
    {
      type: 'type',
      host: WS,
      lines: [
        'telnet mail.alice.example 25',
        'EHLO ws.alice.example',
        'MAIL FROM:<alice@alice.example> BODY=8BITMIME',
        'RCPT TO:<bob@bob.example>',
        'DATA',
        'From: Alice <alice@alice.example>',
        'To: Bob <bob@bob.example>',
        'Subject: Greetings',
        'MIME-Version: 1.0',
        'Content-Type: text/plain; charset=utf-8',
        'Content-Transfer-Encoding: 8bit',
        '',
        'Hello Bob, greetings from Zürich! The weather is lovely, the lake is calm, and the café by the station still serves the best croissants in town.',
        '.',
        'QUIT',
      ],
    },
  ],
};

export const smugglingRefused: Scenario = {
  id: 'smtp-smuggling',
  title: 'SMTP smuggling refused',
  goal: 'A bare LF before the dot does not end the data: mx1 answers 521 5.5.2 and closes the connection, so the "second message" hidden in it never becomes commands (the 2023 smuggling attacks).',
  focus: WS,
  world: {},
  steps: [
    {
      type: 'type',
      host: WS,
      lines: [
        'telnet mx1.bob.example 25',
        'EHLO ws.alice.example',
        'MAIL FROM:<alice@alice.example>',
        'RCPT TO:<bob@bob.example>',
        'DATA',
        'Subject: innocent',
        '',
        // The server closes on this line (521), so nothing more is typed: a '.' or QUIT would land at the shell's prompt.
        'Nothing to see here.\n.\nMAIL FROM:<ceo@bob.example>\nRCPT TO:<carol@bob.example>\nDATA\nSubject: smuggled',
      ],
    },
  ],
};

export const rfc821Server: Scenario = {
  id: 'rfc821-server',
  title: 'An RFC 821-only server',
  goal: 'A server that predates ESMTP answers EHLO with 500, and the relay falls back to HELO (RFC 5321 §3.2).',
  focus: HOSTS.aliceRelay,
  world: { faults: { [HOSTS.mx1]: { rfc821Only: true } } },
  steps: [{ type: 'input', input: { type: 'compose', host: WS, draft: { to: ['bob@bob.example'], subject: 'Old school', text: 'Hello from the 1980s.\n' } } }],
};
