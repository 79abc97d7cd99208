// The terminal as the room reads it: inside a telnet or nc session, each line
// marked `C:` (what the client sent) or `S:` (what the server answered), as
// RFC 5321's own examples write them, so colour is never the only signal.
export type RoomLine = { who: 'C' | 'S' | ''; text: string };

const REPLY = /^[2-5]\d\d(?:[ -]|$)/;
const OPENS = /^Connected to /;
const CLOSES = /^Connection closed/;

/** The last `max` lines of a shell's screen, each with who said it. */
export function roomLines(screen: string, max: number): RoomLine[] {
  const lines = screen.replace(/\n$/, '').split('\n');
  let inSession = false;
  const out: RoomLine[] = [];
  for (const text of lines) {
    if (OPENS.test(text)) {
      inSession = true;
      out.push({ who: '', text });
    } else if (CLOSES.test(text)) {
      inSession = false;
      out.push({ who: '', text });
    } else if (inSession && REPLY.test(text)) out.push({ who: 'S', text });
    else if (inSession && !text.startsWith('Escape character')) out.push({ who: 'C', text });
    else out.push({ who: '', text });
  }
  return out.slice(-max);
}
