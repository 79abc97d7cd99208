// Issue 10 §3.4: the user agent sends 8-bit text as 8bit when its server
// offers 8BITMIME, so a later hop without it shows the RFC 6152 conversion.
import { describe, expect, it } from 'vitest';
import { latin1String } from '../../codec/ascii';
import { createWorld } from '../step';
import { input, play, startTimeline } from '../timeline';
import { defaultWorldSpec, HOSTS, type Faults } from '../world/index';

function send(faults: Record<string, Partial<Faults>>) {
  let tl = startTimeline(createWorld(defaultWorldSpec(), 1));
  for (const [host, f] of Object.entries(faults)) tl = input(tl, { type: 'faults', host, faults: f });
  tl = play(input(tl, { type: 'compose', host: HOSTS.ws, draft: { to: ['bob@bob.example'], subject: 'Café', text: 'Un café au lait, s\'il te plaît.\n' } }));
  const hop = (from: string, to: string) => tl.log.filter((e) => e.kind === 'segment' && e.from === from && e.to === to);
  const text = (from: string, to: string) => hop(from, to).map((e) => latin1String(e.bytes)).join('');
  return { tl, hop, text };
}

describe('8-bit text from Compose', () => {
  it('goes as 8bit with BODY=8BITMIME to a server that offers it', () => {
    const { text } = send({});
    expect(text(HOSTS.ws, HOSTS.aliceMta)).toMatch(/MAIL FROM:<alice@alice\.example> SIZE=\d+ BODY=8BITMIME/);
    expect(text(HOSTS.ws, HOSTS.aliceMta)).toContain('Content-Transfer-Encoding: 8bit');
    expect(text(HOSTS.aliceRelay, HOSTS.mx1)).toContain('Content-Transfer-Encoding: 8bit');
  });

  it('meets a hop without 8BITMIME: the relay converts it to quoted-printable, and says so', () => {
    const { text, hop } = send({ [HOSTS.mx1]: { no8bitmime: true } });
    expect(text(HOSTS.aliceMta, HOSTS.aliceRelay)).toContain('Content-Transfer-Encoding: 8bit');
    const toMx = text(HOSTS.aliceRelay, HOSTS.mx1);
    expect(toMx).toContain('Content-Transfer-Encoding: quoted-printable');
    expect(toMx).toContain('caf=C3=A9');
    expect(toMx).not.toContain('BODY=8BITMIME');
    expect(hop(HOSTS.mx1, HOSTS.aliceRelay).some((e) => e.rfc === 'RFC 6152 §3' && /converted/.test(e.explanation))).toBe(true);
  });

  it('a submission server without 8BITMIME gets quoted-printable from the user agent itself', () => {
    const { text } = send({ [HOSTS.aliceMta]: { no8bitmime: true } });
    expect(text(HOSTS.ws, HOSTS.aliceMta)).toContain('Content-Transfer-Encoding: quoted-printable');
    expect(text(HOSTS.ws, HOSTS.aliceMta)).not.toContain('BODY=8BITMIME');
  });
});
