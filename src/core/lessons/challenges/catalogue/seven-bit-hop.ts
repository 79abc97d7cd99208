// A server without 8BITMIME is a 7-bit hop (RFC 6152 §3): 8-bit text must
// cross it as quoted-printable or base64 (RFC 2045 §6), by you or by an MTA
// that converts it for you.
import { MAILHOST, MX1, MX2, typed, WS } from '../../curriculum/common';
import type { Challenge } from '../types';

const arrives = (encoding: string) => ({ type: 'mbox' as const, host: MAILHOST, user: 'bob', delta: 1, message: { body: 'Grüße aus Zürich', parts: [{ type: 'text/plain', charset: 'utf-8', encoding }] } });

export const sevenBitHop: Challenge = {
  id: 'seven-bit-hop',
  revision: 1,
  title: 'Through a 7-bit hop intact',
  task: 'mx1 and mx2 do not offer 8BITMIME: get “Grüße aus Zürich” to Bob through one of them, as UTF-8 text that arrives intact.',
  goal: {
    type: 'all',
    of: [
      { type: 'any', of: [{ type: 'reply', server: MX1, command: '<content>', code: 250 }, { type: 'reply', server: MX2, command: '<content>', code: 250 }], says: 'the message crosses mx1 or mx2, which have no 8BITMIME' },
      { type: 'any', of: [arrives('quoted-printable'), arrives('base64')], says: 'Bob reads “Grüße aus Zürich” in a utf-8 text part sent as quoted-printable or base64' },
    ],
  },
  start: { focus: WS, opens: 'simulator', world: { faults: { [MX1]: { no8bitmime: true }, [MX2]: { no8bitmime: true } } } },
  withheldPanels: ['compose'],
  rules: ['Raw 8-bit bytes labelled 7bit may arrive looking right here, but they are not intact by the rules of a 7-bit hop: the part must be encoded.'],
  score: { kind: 'smtp-lines' },
  par: 11,
  solution: [
    typed(
      WS,
      'telnet mx1.bob.example 25',
      'HELO ws.alice.example',
      'MAIL FROM:<alice@alice.example>',
      'RCPT TO:<bob@bob.example>',
      'DATA',
      'MIME-Version: 1.0',
      'Content-Type: text/plain; charset=utf-8',
      'Content-Transfer-Encoding: quoted-printable',
      '',
      'Gr=C3=BC=C3=9Fe aus Z=C3=BCrich',
      '.',
      'QUIT',
    ),
  ],
  parNote: 'Quoted-printable by hand: =C3=BC is ü in UTF-8, =C3=9F is ß. Fewer lines: give your own MTA the 8-bit text with BODY=8BITMIME and let the relay convert it before the 7-bit hop.',
  topics: ['mime', 'esmtp'],
};
