// A workstation as it is after a fresh Linux install: a user agent and no
// MTA, so `mail` has nobody to hand its message to; then Postfix from the
// package manager, a new user, and local mail with the dialogue shown.
import { HOSTS } from '../net/index';
import { mainMoment, moment } from './moments';
import type { Scenario } from './types';

const WS = HOSTS.ws;

export const freshInstall: Scenario = {
  id: 'fresh-install',
  title: 'An MTA of your own',
  goal: 'On a fresh install mail fails (no /usr/sbin/sendmail); after sudo apt install postfix the workstation has a local MTA, useradd dave gives him /var/mail/dave, and mail --debug-level=2 shows the SMTP dialogue with it.',
  focus: WS,
  world: { fresh: [WS] },
  steps: [
    { type: 'type', host: WS, lines: ['mail -s hi alice', 'hello', '.'] },
    { type: 'type', host: WS, lines: ['sudo apt install postfix', 'sudo useradd dave'] },
    { type: 'type', host: WS, lines: ['mail --debug-level=2 -s hi dave', 'hello dave', '.', 'cat /var/mail/dave'] },
  ],
  moments: [
    moment({ kind: 'shell-input', summary: '(compose): .' }, 'No MTA: mail has nobody to hand the message to'),
    moment({ kind: 'shell-input', summary: 'apt install postfix' }, 'apt installs Postfix: the workstation now runs an MTA'),
    moment({ kind: 'compose', summary: 'dave@ws.alice.example' }, 'mail hands the message to the local MTA over SMTP'),
    mainMoment({ kind: 'append', summary: '/var/mail/dave' }, "Delivered to /var/mail/dave by the workstation's own MTA"),
  ],
};
