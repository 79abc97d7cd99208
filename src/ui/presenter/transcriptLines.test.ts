import { describe, expect, it } from 'vitest';
import { roomLines } from './transcriptLines';

const SCREEN = `alice@ws:~$ telnet mx1.bob.example 25
Trying 198.51.100.25...
Connected to mx1.bob.example.
Escape character is '^]'.
220 mx1.bob.example ESMTP
HELO ws.alice.example
250-mx1.bob.example Hello
250 SIZE 10240000
Connection closed by foreign host.
alice@ws:~$ 250 is not a reply here
`;

describe('roomLines', () => {
  it('marks client and server lines inside a session only', () => {
    expect(roomLines(SCREEN, 100).map((l) => l.who)).toEqual(['', '', '', '', 'S', 'C', 'S', 'S', '', '']);
  });

  it('keeps the last lines', () => {
    expect(roomLines(SCREEN, 2).map((l) => l.text)).toEqual(['Connection closed by foreign host.', 'alice@ws:~$ 250 is not a reply here']);
  });
});
