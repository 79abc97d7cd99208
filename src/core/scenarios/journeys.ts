// Scenarios where Alice's user agent sends and the world does the rest: the
// four-MTA journey and what can happen on the way.
import { HOSTS } from '../net/index';
import type { Draft } from '../net/index';
import type { Scenario } from './types';

const WS = HOSTS.ws;
const MTAS = [HOSTS.aliceMta, HOSTS.aliceRelay, HOSTS.mx1, HOSTS.mx2, HOSTS.mailhost];

const send = (draft: Draft): Scenario['steps'][number] => ({ type: 'input', input: { type: 'compose', host: WS, draft } });

const hello: Draft = { to: ['Bob <bob@bob.example>'], subject: 'Lunch on Friday?', text: 'Hi Bob,\n\nLunch on Friday?\n\nAlice\n' };

export const fourMtaJourney: Scenario = {
  id: 'four-mta-journey',
  title: 'The four-MTA journey',
  goal: 'Follow one message from Alice\'s user agent through her local MTA and relay, an MX look-up, Bob\'s MX and his mailhost into /var/mail/bob, one Received: header per hop.',
  focus: WS,
  world: {},
  steps: [send(hello)],
};

export const mxFailover: Scenario = {
  id: 'mx-failover',
  title: 'MX fail-over to the backup',
  goal: 'mx1.bob.example (MX 10) is down: the relay\'s SYN goes unanswered, it times out and tries mx2.bob.example (MX 20), which passes the message on.',
  focus: HOSTS.aliceRelay,
  world: { faults: { [HOSTS.mx1]: { down: true } } },
  steps: [send(hello)],
};

export const unknownUserBounce: Scenario = {
  id: 'unknown-user-bounce',
  title: 'Unknown user, and the bounce that comes back',
  goal: 'Bob\'s MX refuses nobody@bob.example with 550 5.1.1; Alice\'s relay, which had accepted the message, sends her a delivery status notification (RFC 3464) from <>.',
  focus: HOSTS.aliceMta,
  world: {},
  steps: [send({ to: ['nobody@bob.example'], subject: 'Anyone there?', text: 'Hello?\n' })],
};

export const greylisting: Scenario = {
  id: 'greylisting',
  title: 'Greylisting and retry',
  goal: 'Bob\'s MX defers the first try with 451 4.7.1; Alice\'s relay keeps the message in its queue and delivers it on the retry five minutes later.',
  focus: HOSTS.aliceRelay,
  world: { faults: { [HOSTS.mx1]: { greylist: true } } },
  steps: [send(hello)],
};

export const sizeLimit: Scenario = {
  id: 'size-limit',
  title: 'Size limit',
  goal: 'Bob\'s MX announces SIZE 2000; the relay sees the message is bigger and gives up before sending it, and Alice gets a bounce (RFC 1870).',
  focus: HOSTS.aliceRelay,
  world: { policies: { [HOSTS.mx1]: { maxSize: 2000 }, [HOSTS.mx2]: { maxSize: 2000 } } },
  steps: [send({ ...hello, subject: 'The whole report', text: `${'This report is long. '.repeat(150)}\n` })],
};

export const envelopeVsHeaders: Scenario = {
  id: 'envelope-vs-headers',
  title: 'Envelope vs headers: Bcc, and a To: that is not RCPT TO',
  goal: 'Carol, in Bcc, gets the message though no header names her; and by hand, a To: header can say anything while RCPT TO decides who receives.',
  focus: WS,
  world: {},
  steps: [
    send({ ...hello, bcc: ['carol@bob.example'], subject: 'Team lunch' }),
    {
      type: 'type',
      host: WS,
      lines: ['telnet mx1.bob.example 25', 'HELO ws.alice.example', 'MAIL FROM:<alice@alice.example>', 'RCPT TO:<carol@bob.example>', 'DATA', 'From: Alice <alice@alice.example>', 'To: The President <president@whitehouse.example>', 'Subject: Who is this for?', '', 'The To: header says the President; RCPT TO said Carol.', '.', 'QUIT'],
    },
  ],
};

export const eavesdropper: Scenario = {
  id: 'eavesdropper',
  title: 'What an eavesdropper sees, with and without STARTTLS and PGP',
  goal: 'In clear, an observer on a link reads everything; with STARTTLS only that two hosts talked; with a PGP body and no TLS, the envelope and headers but not the body.',
  focus: HOSTS.aliceRelay,
  world: {},
  steps: [
    send({ ...hello, subject: 'In clear' }),
    ...[WS, ...MTAS].map((host) => ({ type: 'input' as const, input: { type: 'faults' as const, host, faults: { starttls: true } } })),
    send({ ...hello, subject: 'Over STARTTLS' }),
    ...[WS, ...MTAS].map((host) => ({ type: 'input' as const, input: { type: 'faults' as const, host, faults: { starttls: false } } })),
    { type: 'input', input: { type: 'faults', host: WS, faults: { encryptBody: true } } },
    send({ ...hello, subject: 'PGP body' }),
  ],
};

const pdf = new TextEncoder().encode('%PDF-1.4\n% SMTP Lab sample\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n');

export const mimeAttachments: Scenario = {
  id: 'mime-attachments',
  title: 'A MIME message with attachments',
  goal: 'Text, HTML and a PDF travel as one multipart message: base64 for the binary part, boundaries between the parts, all of it plain 7-bit text on the wire.',
  focus: WS,
  world: {},
  steps: [
    send({
      ...hello,
      subject: 'Agenda attached',
      text: 'Hi Bob,\n\nThe agenda is attached.\n',
      html: '<p>Hi Bob,</p><p>The agenda is <b>attached</b>.</p>',
      attachments: [{ filename: 'agenda.pdf', contentType: 'application/pdf', content: pdf }],
      headers: [{ name: 'X-Course', value: 'SMTP Lab 101' }],
    }),
  ],
};

export const nullMx: Scenario = {
  id: 'null-mx',
  title: 'A domain that takes no mail (null MX)',
  goal: 'nomail.example publishes "MX 0 ." (RFC 7505): the relay fails at once, without retries, and Alice gets a bounce.',
  focus: HOSTS.aliceRelay,
  world: { records: [{ type: 'MX', name: 'nomail.example', ttl: 3600, preference: 0, exchange: '.' }] },
  steps: [send({ to: ['info@nomail.example'], subject: 'Hello?', text: 'Is anyone there?\n' })],
};
