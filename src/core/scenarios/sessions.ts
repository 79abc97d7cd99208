// Scenarios typed by hand at a terminal: the commands a student types,
// the replies a real MTA gives.
import { HOSTS } from '../net/index';
import { mainMoment, moment } from './moments';
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
  moments: [
    moment({ kind: 'segment', from: HOSTS.mx1, to: WS, summary: 'S: 220' }, 'The server speaks first: its 220 greeting'),
    moment({ kind: 'segment', from: WS, to: HOSTS.mx1, summary: 'C: HELO' }, 'HELO: the client names itself'),
    moment({ kind: 'segment', from: WS, to: HOSTS.mx1, summary: 'C: .' }, 'A line with a lone dot ends the data'),
    mainMoment({ kind: 'segment', from: HOSTS.mx1, to: WS, summary: 'queued as' }, '250 queued as: mx1 is now responsible for the message'),
    moment({ kind: 'append', summary: '/var/mail/bob' }, 'Delivered to /var/mail/bob'),
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
  moments: [
    mainMoment({ kind: 'segment', from: HOSTS.mx1, to: WS, summary: 'S: 250-mx1' }, "EHLO's answer lists the extensions: SIZE, 8BITMIME, PIPELINING …"),
    moment({ kind: 'segment', from: WS, to: HOSTS.mx1, summary: 'BODY=8BITMIME' }, 'MAIL FROM with SIZE= and BODY= parameters, as offered'),
    moment({ kind: 'segment', from: HOSTS.mx1, to: WS, summary: 'queued as' }, '250 queued as: accepted'),
    moment({ kind: 'append', summary: '/var/mail/bob' }, 'Delivered to /var/mail/bob'),
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
  moments: [
    mainMoment({ kind: 'segment', from: HOSTS.mx1, to: WS, summary: '554 5.7.1' }, '554 5.7.1: mx1 will not relay for a client it does not know'),
    moment({ kind: 'segment', from: WS, to: HOSTS.mx1, summary: 'C: AUTH LOGIN' }, 'AUTH LOGIN: user name and password, each in base64'),
    moment({ kind: 'segment', from: HOSTS.mx1, to: WS, summary: '235 2.7.0' }, '235: authenticated, so mx1 relays'),
    moment({ kind: 'append', summary: '/var/mail/alice' }, "Relayed to Alice's MTA and delivered to /var/mail/alice"),
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
  moments: [
    moment({ kind: 'segment', from: HOSTS.mx1, to: WS, summary: 'S: 250 2.1.5 <bob@bob.example>' }, 'VRFY bob: 250, the user exists'),
    moment({ kind: 'segment', from: HOSTS.mx1, to: WS, summary: '550 5.1.1 <nobody>' }, 'VRFY nobody: 550, no such user'),
    moment({ kind: 'faults', summary: '252' }, 'The policy changes: VRFY now answers 252'),
    mainMoment({ kind: 'segment', from: HOSTS.mx1, to: WS, summary: 'S: 252' }, '252: neither yes nor no, as most servers answer today'),
    moment({ kind: 'segment', from: HOSTS.mx1, to: WS, summary: '502 5.5.1 VRFY' }, '502: VRFY switched off altogether'),
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
  moments: [
    moment({ kind: 'segment', from: WS, to: HOSTS.aliceMta, summary: 'BODY=8BITMIME' }, 'BODY=8BITMIME: the body has 8-bit bytes'),
    mainMoment({ kind: 'segment', rfc: 'RFC 6152 §3' }, '8-bit body meets a hop without 8BITMIME: converted to quoted-printable'),
    moment({ kind: 'append', summary: '/var/mail/bob' }, 'Bob gets the text intact, now quoted-printable'),
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
  moments: [
    moment({ kind: 'segment', from: WS, to: HOSTS.mx1, summary: 'Nothing to see here.' }, 'A bare LF before the dot: not the end of the data'),
    mainMoment({ kind: 'segment', from: HOSTS.mx1, to: WS, summary: '521 5.5.2' }, '521 5.5.2: mx1 refuses the bare LF, so nothing is smuggled'),
    moment({ kind: 'fin', from: HOSTS.mx1, to: WS }, 'mx1 closes the connection'),
  ],
};

export const rfc821Server: Scenario = {
  id: 'rfc821-server',
  title: 'An RFC 821-only server',
  goal: 'A server that predates ESMTP answers EHLO with 500, and the relay falls back to HELO (RFC 5321 §3.2).',
  focus: HOSTS.aliceRelay,
  terminal: { host: HOSTS.aliceRelay, command: 'tail -f /var/log/mail.log' },
  world: { faults: { [HOSTS.mx1]: { rfc821Only: true } } },
  steps: [{ type: 'input', input: { type: 'compose', host: WS, draft: { to: ['bob@bob.example'], subject: 'Old school', text: 'Hello from the 1980s.\n' } } }],
  moments: [
    mainMoment({ kind: 'segment', from: HOSTS.mx1, to: HOSTS.aliceRelay, summary: 'S: 500' }, '500 to EHLO: an RFC 821 server knows no extensions'),
    moment({ kind: 'segment', from: HOSTS.aliceRelay, to: HOSTS.mx1, summary: 'C: HELO' }, 'The relay falls back to HELO'),
    moment({ kind: 'append', summary: '/var/mail/bob' }, 'Delivered all the same'),
  ],
};
