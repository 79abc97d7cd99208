// Scenarios where Alice's user agent sends and the world does the rest: the
// four-MTA journey and what can happen on the way.
import { HOSTS } from '../net/index';
import type { Draft } from '../net/index';
import { mainMoment, moment } from './moments';
import type { Scenario } from './types';

const WS = HOSTS.ws;
const MTAS = [HOSTS.aliceMta, HOSTS.aliceRelay, HOSTS.mx1, HOSTS.mx2, HOSTS.mailhost];

const RELAY = HOSTS.aliceRelay;

/** The relay's terminal follows its mail log, where these stories are told. */
const relayLog = { host: RELAY, command: 'tail -f /var/log/mail.log' };

const send = (draft: Draft): Scenario['steps'][number] => ({ type: 'input', input: { type: 'compose', host: WS, draft } });

const hello: Draft = { to: ['Bob <bob@bob.example>'], subject: 'Lunch on Friday?', text: 'Hi Bob,\n\nLunch on Friday?\n\nAlice\n' };

export const fourMtaJourney: Scenario = {
  id: 'four-mta-journey',
  title: 'The four-MTA journey',
  goal: 'Follow one message from Alice\'s user agent through her local MTA and relay, an MX look-up, Bob\'s MX and his mailhost into /var/mail/bob, one Received: header per hop.',
  // The landing scenario: the terminal shown first stays Alice's; the relay's follows its log for whoever opens it.
  focus: WS,
  terminal: relayLog,
  world: {},
  steps: [send(hello)],
  moments: [
    moment({ kind: 'compose' }, 'The user agent writes the headers and submits the message to mail.alice.example'),
    moment({ kind: 'queue-run', from: RELAY, summary: 'MX look-up for bob.example' }, "The relay asks DNS for bob.example's MX records, lowest preference first"),
    moment({ kind: 'segment', from: HOSTS.mx1, to: RELAY, summary: 'queued as' }, '250 queued as: Bob\'s MX takes responsibility for the message'),
    mainMoment({ kind: 'append', summary: '/var/mail/bob' }, 'Delivered to /var/mail/bob, with one Received: header per hop'),
  ],
};

export const mxFailover: Scenario = {
  id: 'mx-failover',
  title: 'MX fail-over to the backup',
  goal: 'mx1.bob.example (MX 10) is down: the relay\'s SYN goes unanswered, it times out and tries mx2.bob.example (MX 20), which passes the message on.',
  focus: RELAY,
  terminal: relayLog,
  world: { faults: { [HOSTS.mx1]: { down: true } } },
  steps: [send(hello)],
  moments: [
    moment({ kind: 'queue-run', from: RELAY, summary: 'MX look-up for bob.example' }, 'The relay looks up the MX of bob.example: mx1 (10) first, then mx2 (20)'),
    moment({ kind: 'syn', from: RELAY, to: HOSTS.mx1 }, "mx1 is down: the relay's SYN goes unanswered"),
    mainMoment({ kind: 'timeout', from: RELAY }, 'No SYN-ACK in 30 s: the relay gives up on mx1 and tries the backup MX'),
    moment({ kind: 'segment', from: HOSTS.mx2, to: RELAY, summary: 'queued as' }, 'mx2 (MX 20) accepts the message'),
    moment({ kind: 'append', summary: '/var/mail/bob' }, 'Delivered to /var/mail/bob through the backup'),
  ],
};

export const unknownUserBounce: Scenario = {
  id: 'unknown-user-bounce',
  title: 'Unknown user, and the bounce that comes back',
  goal: 'Bob\'s MX refuses nobody@bob.example with 550 5.1.1; Alice\'s relay, which had accepted the message, sends her a delivery status notification (RFC 3464) from <>.',
  focus: RELAY,
  terminal: relayLog,
  world: {},
  steps: [send({ to: ['nobody@bob.example'], subject: 'Anyone there?', text: 'Hello?\n' })],
  moments: [
    mainMoment({ kind: 'segment', from: HOSTS.mx1, to: RELAY, summary: '550 5.1.1' }, '550 5.1.1: Bob\'s MX has no user nobody'),
    moment({ kind: 'bounce', from: RELAY }, 'The relay had accepted the message, so it must say so: a DSN from <> to Alice'),
    moment({ kind: 'append', summary: '/var/mail/alice' }, 'The bounce reaches /var/mail/alice'),
  ],
};

export const greylisting: Scenario = {
  id: 'greylisting',
  title: 'Greylisting and retry',
  goal: 'Bob\'s MX defers the first try with 451 4.7.1; Alice\'s relay keeps the message in its queue and delivers it on the retry five minutes later.',
  focus: RELAY,
  terminal: relayLog,
  world: { faults: { [HOSTS.mx1]: { greylist: true } } },
  steps: [send(hello)],
  moments: [
    mainMoment({ kind: 'segment', from: HOSTS.mx1, to: RELAY, summary: '451 4.7.1' }, '451 4.7.1: greylisted, the relay will retry'),
    moment({ kind: 'queue-run', from: RELAY, summary: '(attempt 2)' }, 'Five minutes later the relay tries again from its queue'),
    moment({ kind: 'segment', from: HOSTS.mx1, to: RELAY, summary: 'queued as' }, 'The retry is let through: 250 queued as'),
    moment({ kind: 'append', summary: '/var/mail/bob' }, 'Delivered to /var/mail/bob, five minutes late'),
  ],
};

export const sizeLimit: Scenario = {
  id: 'size-limit',
  title: 'Size limit',
  goal: 'Bob\'s MX announces SIZE 2000; the relay sees the message is bigger and gives up before sending it, and Alice gets a bounce (RFC 1870).',
  focus: RELAY,
  terminal: relayLog,
  world: { policies: { [HOSTS.mx1]: { maxSize: 2000 }, [HOSTS.mx2]: { maxSize: 2000 } } },
  moments: [
    moment({ kind: 'segment', from: HOSTS.mx1, to: RELAY, summary: 'S: 250-mx1' }, "mx1's EHLO answer says SIZE 2000"),
    mainMoment({ kind: 'bounce', from: RELAY }, 'Bigger than SIZE: the relay gives up before sending and bounces (552 5.3.4)'),
    moment({ kind: 'append', summary: '/var/mail/alice' }, 'Alice finds the bounce in /var/mail/alice'),
  ],
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
  moments: [
    moment({ kind: 'compose', summary: 'carol@bob.example' }, 'Carol is in Bcc: the envelope names her, no header does'),
    mainMoment({ kind: 'append', summary: '/var/mail/carol' }, "Carol's copy arrives though no header names her: RCPT TO decides"),
    moment({ kind: 'segment', from: WS, to: HOSTS.mx1, summary: 'To: The President' }, 'Typed by hand, a To: header can say anything'),
    moment({ kind: 'append', summary: '/var/mail/carol', nth: 2 }, 'The message goes where RCPT TO said: to Carol'),
  ],
};

export const eavesdropper: Scenario = {
  id: 'eavesdropper',
  title: 'What an eavesdropper sees, with and without STARTTLS and PGP',
  goal: 'In clear, an observer on a link reads everything; with STARTTLS only that two hosts talked; with a PGP body and no TLS, the envelope and headers but not the body.',
  focus: RELAY,
  terminal: relayLog,
  world: {},
  steps: [
    send({ ...hello, subject: 'In clear' }),
    ...[WS, ...MTAS].map((host) => ({ type: 'input' as const, input: { type: 'faults' as const, host, faults: { starttls: true } } })),
    send({ ...hello, subject: 'Over STARTTLS' }),
    ...[WS, ...MTAS].map((host) => ({ type: 'input' as const, input: { type: 'faults' as const, host, faults: { starttls: false } } })),
    { type: 'input', input: { type: 'faults', host: WS, faults: { encryptBody: true } } },
    send({ ...hello, subject: 'PGP body' }),
  ],
  moments: [
    moment({ kind: 'segment', from: RELAY, to: HOSTS.mx1, summary: 'C: Received:' }, 'In clear: an observer on the link reads envelope, headers and body'),
    mainMoment({ kind: 'tls', from: RELAY, to: HOSTS.mx1 }, 'STARTTLS: from here an observer sees only that the relay and mx1 talked'),
    moment({ kind: 'faults', summary: 'end-to-end encryption on' }, 'PGP: the body is encrypted by the sender, for Bob alone'),
    moment({ kind: 'segment', from: RELAY, to: HOSTS.mx1, summary: 'C: Received:', nth: 3 }, 'Without TLS, envelope and headers are in clear; the PGP body is not'),
  ],
};

const pdf = new TextEncoder().encode('%PDF-1.4\n% SMTP Lab sample\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n');

export const mimeAttachments: Scenario = {
  id: 'mime-attachments',
  title: 'A MIME message with attachments',
  goal: 'Text, HTML and a PDF travel as one multipart message: base64 for the binary part, boundaries between the parts, all of it plain 7-bit text on the wire.',
  focus: RELAY,
  terminal: relayLog,
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
  moments: [
    moment({ kind: 'compose', summary: 'Agenda attached' }, 'One multipart message: text, HTML and a PDF'),
    mainMoment({ kind: 'segment', from: WS, to: HOSTS.aliceMta, summary: 'C: From:' }, 'On the wire: boundaries between the parts, base64 for the PDF, all 7-bit'),
    moment({ kind: 'append', summary: '/var/mail/bob' }, 'Delivered as it was sent: the parts are only text'),
  ],
};

export const nullMx: Scenario = {
  id: 'null-mx',
  title: 'A domain that takes no mail (null MX)',
  goal: 'nomail.example publishes "MX 0 ." (RFC 7505): the relay fails at once, without retries, and Alice gets a bounce.',
  focus: RELAY,
  terminal: relayLog,
  world: { records: [{ type: 'MX', name: 'nomail.example', ttl: 3600, preference: 0, exchange: '.' }] },
  steps: [send({ to: ['info@nomail.example'], subject: 'Hello?', text: 'Is anyone there?\n' })],
  moments: [
    moment({ kind: 'queue-run', from: RELAY, summary: 'MX look-up for nomail.example' }, "The relay asks DNS for nomail.example's MX"),
    mainMoment({ kind: 'bounce', from: RELAY }, 'MX 0 ".": the domain takes no mail, so the relay bounces at once, with no retries'),
    moment({ kind: 'append', summary: '/var/mail/alice' }, 'Alice gets the bounce (5.1.10)'),
  ],
};
