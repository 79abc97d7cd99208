// Lesson 4: a workstation with no MTA cannot send even to itself; install
// one, add a user, and watch `mail` speak SMTP to it.
import type { Lesson } from '../types';
import { exact, typed, WS } from './common';

export const mtaOfYourOwn: Lesson = {
  id: 'mta-of-your-own',
  revision: 2,
  title: 'An MTA of your own',
  goal: 'See mail fail without an MTA, install Postfix, add a user and send them local mail with the SMTP dialogue shown.',
  topics: ['local-mta', 'ua-vs-mta', 'var-mail'],
  minutes: 10,
  // The workstation as a fresh install: neither an MTA nor a submission server (the fresh-install scenario's world).
  start: { scenario: 'fresh-install', focus: WS, opens: 'simulator' },
  withheldPanels: ['compose'],
  steps: [
    {
      id: 'no-mta',
      say: 'mail is a user agent: it writes the message and hands it to an MTA through /usr/sbin/sendmail. On a fresh install there is no MTA, so there is nobody to hand it to.',
      task: 'Try to mail yourself: mail -s hi alice, a line of text, and a lone dot.',
      check: { type: 'shell', host: WS, command: { text: '^mail\\b', regex: true }, output: 'sendmail', failed: true, says: 'mail fails: there is no sendmail' },
      hints: [{ text: 'End the body with a line holding only a dot.', afterAttempts: 1 }, exact('mail -s hi alice', 'hello', '.')],
      solved: 'No MTA, no mail, not even to yourself.',
      solution: [typed(WS, 'mail -s hi alice', 'hello', '.')],
    },
    {
      id: 'install',
      say: 'Debian and Ubuntu install Postfix from a package; once it runs, the host has an MTA listening on port 25 and a sendmail program for user agents.',
      task: 'Install Postfix: sudo apt install postfix',
      check: { type: 'shell', host: WS, command: { text: '^(sudo )?apt(-get)? install (-y )?postfix\\b', regex: true }, output: 'postfix', failed: false, says: 'Postfix is installed' },
      hints: [{ text: 'The package manager is apt (or apt-get).', afterAttempts: 1 }, exact('sudo apt install postfix')],
      solved: 'The workstation now runs an MTA of its own.',
      solution: [typed(WS, 'sudo apt install postfix')],
    },
    {
      id: 'useradd',
      say: 'Local mail goes to local users; each gets a mailbox file under /var/mail.',
      task: 'Add a user dave: sudo useradd dave',
      check: { type: 'shell', host: WS, command: { text: '^(sudo\\s+)?useradd\\s+dave$', regex: true }, failed: false, says: 'the user dave exists' },
      hints: [exact('sudo useradd dave')],
      solved: 'dave exists; his mailbox will be /var/mail/dave.',
      solution: [typed(WS, 'sudo useradd dave')],
    },
    {
      id: 'debug',
      say: 'With --debug-level=2, mail shows the SMTP dialogue it has with the MTA: the same commands you typed by hand in lesson 2.',
      task: 'mail --debug-level=2 -s hi dave, a line, a lone dot; then cat /var/mail/dave.',
      check: {
        type: 'all',
        of: [
          { type: 'shell', host: WS, command: 'mail --debug-level=2', output: 'RCPT TO', failed: false, says: 'mail shows its SMTP dialogue' },
          { type: 'mbox', host: WS, user: 'dave', delta: 1, says: '/var/mail/dave gets the message' },
          { type: 'shell', host: WS, command: 'cat /var/mail/dave', output: 'Subject: hi', failed: false, says: 'you read /var/mail/dave' },
        ],
      },
      hints: [{ text: 'The option goes before -s.', afterAttempts: 1 }, exact('mail --debug-level=2 -s hi dave', 'hello dave', '.', 'cat /var/mail/dave')],
      solved: 'Your own MTA took the message over SMTP and delivered it to /var/mail/dave.',
      solution: [typed(WS, 'mail --debug-level=2 -s hi dave', 'hello dave', '.', 'cat /var/mail/dave')],
    },
  ],
};
