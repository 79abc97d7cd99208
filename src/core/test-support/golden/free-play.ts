// A free-play session for the golden test: a person at the workstation tries
// every tool of the shell, types SMTP by hand, uses the compose form, hands
// the user agent an .eml and switches faults, as the Simulator allows.
import { HOSTS, type WorldInput } from '../../net/index';

const WS = HOSTS.ws;
const line = (host: string, l: string): WorldInput => ({ type: 'shell', host, line: l });
const typed = (host: string, lines: string[]) => lines.map((l) => line(host, l));

const eml = new TextEncoder().encode(
  ['From: Alice <alice@alice.example>', 'To: Bob <bob@bob.example>, nobody@bob.example', 'Cc: carol@bob.example', 'Subject: An existing message', 'Message-ID: <eml.1@alice.example>', 'Date: Wed, 25 Nov 2026 09:00:00 +0000', '', 'Sent as a whole file.', ''].join('\r\n'),
);

export const FREE_PLAY: readonly WorldInput[] = [
  ...typed(WS, ['help', 'hostname', 'whoami', 'host bob.example', 'host -t mx bob.example', 'host -a bob.example', 'dig mx bob.example', 'dig +short a mx1.bob.example', 'dig -x 198.51.100.25', 'host nowhere.example', 'host 192.0.2.99']),
  ...typed(WS, ['telnet mail.alice.example 25', 'EHLO ws.alice.example', 'VRFY bob', 'MAIL FROM:<alice@alice.example>', 'RCPT TO:<bob@bob.example>', 'RCPT TO:<carol@bob.example>', 'DATA', 'From: Alice <alice@alice.example>', 'To: Bob <bob@bob.example>', 'Subject: Typed', '', 'Hello by hand.', '..a dot', '.', 'QUIT']),
  ...typed(WS, ['mail -s "From the shell" bob@bob.example', 'Hello from mail(1).', '.', 'mail --debug-level=2 -s Debug carol@bob.example', 'Look at the dialogue.', '\x04', 'mailq']),
  ...typed(WS, ['nc mx1.bob.example 25', 'EHLO nc.example', 'NOOP', '\x03', 'telnet ws.alice.example 25', 'telnet mx1.bob.example 80', 'telnet nowhere.example 25']),
  ...typed(WS, ['openssl s_client -starttls smtp -connect mx1.bob.example:25', 'EHLO tls.example', 'QUIT']),
  { type: 'compose', host: WS, draft: { to: ['bob@bob.example'], cc: ['carol@bob.example'], bcc: ['nobody@bob.example'], subject: 'Composed', text: 'From the compose form.\n' } },
  { type: 'submit', host: WS, content: eml },
  { type: 'faults', host: HOSTS.mx1, faults: { down: true } },
  { type: 'compose', host: WS, draft: { to: ['bob@bob.example'], subject: 'Fail-over', text: 'MX 10 is down.\n' } },
  { type: 'faults', host: HOSTS.mx2, faults: { down: true } },
  { type: 'compose', host: WS, draft: { to: ['carol@bob.example'], subject: 'Deferred', text: 'Both MX are down.\n' } },
  { type: 'faults', host: HOSTS.mx1, faults: { down: false, greylist: true } },
  { type: 'compose', host: WS, draft: { to: ['bob@bob.example'], subject: 'Greylisted', text: 'Try again later.\n' } },
  ...typed(WS, ['useradd dave', 'ls /var/mail', 'cat /var/mail/alice', 'mail', '1', 'q', 'history', 'mailq', 'exit']),
  ...typed(HOSTS.mailhost, ['ls /var/mail', 'cat /var/mail/bob', 'mail', '1', 'q', 'history']),
  line('nowhere.example', 'help'),
];
