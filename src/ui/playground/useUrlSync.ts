// Small inputs live in the URL (`#/playground/base64?in=…&dir=encode`) so a
// link reproduces the view; a link opened applies to the store (an input
// other than the person's opens beside theirs: applyLink), and what the
// learner types is written back with replaceState (no history entry a key).
import { useEffect, useRef } from 'react';
import { useStore } from 'zustand';
import { playgroundStore, type Direction, type ExplorerId, type ExplorerInput } from '../../store/playgroundStore';
import { playgroundHash } from '../shell/routes';

/** Inputs longer than this stay out of the URL (links must stay shareable). */
const URL_LIMIT = 2000;

let lastWritten = '';

/** Explorers whose view depends on the charset choice. */
const CHARSET_MATTERS: readonly ExplorerId[] = ['base64', 'quoted-printable', 'encoded-words'];

/** `file`: a message file shown in place of the text, which the URL then does not claim. */
function linkOf(id: ExplorerId, input: ExplorerInput, file: boolean): URLSearchParams {
  const q = new URLSearchParams();
  if (!input.sample && !file && input.text.length <= URL_LIMIT) q.set('in', input.text);
  if (input.direction !== 'decode') q.set('dir', input.direction);
  if (CHARSET_MATTERS.includes(id)) q.set('cs', input.charset);
  if (input.wordEncoding !== 'Q') q.set('we', input.wordEncoding);
  if (input.sample) q.set('sample', input.sample);
  return q;
}

function fromLink(q: URLSearchParams): Partial<ExplorerInput> {
  const link: Partial<ExplorerInput> = {};
  const text = q.get('in');
  if (text !== null) link.text = text;
  const dir = q.get('dir');
  if (dir === 'decode' || dir === 'encode') link.direction = dir as Direction;
  const cs = q.get('cs');
  if (cs && /^[\w.:-]{1,40}$/.test(cs)) link.charset = cs.toLowerCase();
  const we = q.get('we');
  if (we === 'B' || we === 'Q') link.wordEncoding = we;
  const sample = q.get('sample');
  if (sample && /^[\w.-]{1,80}\.eml$/.test(sample)) link.sample = sample;
  return link;
}

export function useUrlSync(id: ExplorerId, query: URLSearchParams): void {
  const input = useStore(playgroundStore, (s) => s.inputs[id]);
  const file = useStore(playgroundStore, (s) => id === 'mime' && s.file !== undefined);
  const search = query.toString();
  const applying = useRef(false);

  useEffect(() => {
    if (window.location.hash === lastWritten) return;
    const link = fromLink(new URLSearchParams(search));
    if (Object.keys(link).length === 0) return;
    applying.current = true;
    playgroundStore.getState().applyLink(id, link);
  }, [id, search]);

  useEffect(() => {
    if (applying.current) {
      applying.current = false;
      return;
    }
    const hash = playgroundHash(id, linkOf(id, input, file));
    if (window.location.hash === hash) return;
    lastWritten = hash;
    window.history.replaceState(window.history.state, '', hash);
  }, [id, input, file]);
}
