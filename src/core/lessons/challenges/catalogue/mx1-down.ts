// When the preferred MX does not answer, a sender tries the next one
// (RFC 5321 §5.1); without mail, the learner does what an MTA would.
import { MAILHOST, MX1, typed, WS } from '../../curriculum/common';
import type { Challenge } from '../types';

export const mx1Down: Challenge = {
  id: 'mx1-down-no-mail',
  revision: 1,
  title: 'mx1 is down, and mail is gone',
  task: 'mx1.bob.example is down: get a message into /var/mail/bob without mail or the Compose form.',
  // challengeGoal adds "without mail" and "without mailx" from withheldCommands.
  goal: { type: 'mbox', host: MAILHOST, user: 'bob', delta: 1, says: 'a new message in /var/mail/bob' },
  start: { focus: WS, opens: 'simulator', world: { faults: { [MX1]: { down: true } } } },
  withheldCommands: ['mail', 'mailx'],
  withheldPanels: ['compose'],
  rules: ['A command that fails costs nothing; the lines you type inside telnet are not shell lines.'],
  score: { kind: 'shell-lines' },
  par: 2,
  solution: [
    typed(WS, 'host -t mx bob.example'),
    typed(WS, 'telnet mx2.bob.example 25', 'HELO ws.alice.example', 'MAIL FROM:<alice@alice.example>', 'RCPT TO:<bob@bob.example>', 'DATA', 'Subject: Via the backup', '.', 'QUIT'),
  ],
  parNote: 'Look up the MX records, then speak to the backup, mx2 (preference 20), yourself. One line less if you know the backup already, or let your own MTA find it: telnet mail.alice.example 25.',
  topics: ['mx-records'],
};
