// share-link-size: the link for the four-MTA journey followed by a session
// of 12 lines typed at Alice's workstation, in characters; goal ≤ 600 (the
// limit where a link still fits a chat message or a slide's notes). The
// reference is the same state as URI-encoded JSON, the naive link.
// share-replay: opening that link in core (decode, inflate, validate,
// replay, digest) against replaying the same session with no link at all;
// what the link costs over loading the scenario.
import { compareTimes, result, type Suite } from '../harness';
import { HOSTS } from '../../src/core/net/index';
import { fourMtaJourney } from '../../src/core/scenarios/journeys';
import { checkReplay, decodeShare, encodeShare, replay, worldShare, type SharedInput, type WorldShare } from '../../src/core/share/index';
import { deflateRaw, inflateRaw } from '../../src/ui/share/compression';

const TYPED = [
  'telnet mx1.bob.example 25',
  'EHLO ws.alice.example',
  'MAIL FROM:<alice@alice.example>',
  'RCPT TO:<bob@bob.example>',
  'DATA',
  'From: Alice <alice@alice.example>',
  'To: Bob <bob@bob.example>',
  'Subject: Typed by hand',
  '',
  'Hello Bob, this one I typed myself.',
  '.',
  'QUIT',
];

/** The store's acts for the session: each typed when the world had played out what the line before caused. */
function session(): WorldShare {
  const acts: { at: number; input: SharedInput }[] = [];
  for (const line of TYPED) acts.push({ at: replay(fourMtaJourney, 1, acts).log.length, input: { type: 'shell', host: HOSTS.ws, line } });
  const end = replay(fourMtaJourney, 1, acts).log.length;
  return worldShare({ kind: 'simulator', start: fourMtaJourney, seed: 1, acts, position: end, host: HOSTS.ws, selected: end, layers: { tcp: true, dns: true, smtp: true, delivery: true, ua: true, config: true }, eavesdropper: false });
}

export const suite: Suite = {
  name: 'share',
  async run() {
    const state = session();
    const link = await encodeShare(state, deflateRaw);
    const naive = `#/s/${encodeURIComponent(JSON.stringify(state))}`;
    const open = async () => {
      const out = await decodeShare(link, inflateRaw);
      if (!out.ok || out.value.kind === 'playground' || !checkReplay(out.value, fourMtaJourney).exact) throw new Error('the link did not replay exactly');
    };
    const times = await compareTimes(open, () => replay(fourMtaJourney, 1, state.acts));
    return [
      result('share-link-size', 'characters', link.length, naive.length, 'URI-encoded JSON', false, '≤ 600'),
      result('share-replay', 'ms', times.ours, times.reference, 'replay without a link', false, '≤ 1.5× the replay'),
    ];
  },
};
