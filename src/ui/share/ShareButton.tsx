// `Share`: a link that reproduces what is on screen (issue 15 §1), in a
// field labelled Link and copied to the clipboard; a link too long to paste
// is offered as a `.smtplab.json` file instead, which opens the same way;
// a state too big for any SMTP Lab to open is refused, and the page says so.
// The codec loads on the first press: the share format reaches into the
// world's types, which a Playground page would otherwise load with it.
// The Simulator, each lesson step (`lessonStepShare`) and each Playground
// explorer place it with their own `make`.
import { useId, useState } from 'react';
import type { SharedState, TooBig } from '../../core/share/index';
import { formatSize } from '../playground/size';
import { copyLink, LinkField, type MadeLink } from './LinkField';

type Props = {
  /** The state to share, read when the button is pressed; or that it is too big (a maker may know before it reads it all). */
  make(): SharedState | TooBig | Promise<SharedState | TooBig>;
  /** The file's name without `.smtplab.json`. */
  name: string;
  className?: string;
};

type Shown = MadeLink | TooBig | { kind: 'file'; state: SharedState; length: number };

export function ShareButton({ make, name, className = 'sim-button' }: Props) {
  const [shown, setShown] = useState<Shown | undefined>();
  const id = useId();
  const share = async () => {
    try {
      const [{ shareUrl, tooBigToShare, LINK_FILE_THRESHOLD }, state] = await Promise.all([import('./link'), make()]);
      if (state.kind === 'too-big') return setShown(state);
      const big = tooBigToShare(state);
      if (big) return setShown(big);
      const url = await shareUrl(state, window.location.href);
      setShown(url.length > LINK_FILE_THRESHOLD ? { kind: 'file', state, length: url.length } : await copyLink(url));
    } catch {
      setShown({ kind: 'failed' });
    }
  };
  return (
    <div className="share">
      <button type="button" className={className} onClick={() => void share()} aria-expanded={shown !== undefined} aria-controls={id}>
        Share
      </button>
      {shown && (
        <div className="share-box" id={id} role="group" aria-label="Share">
          {shown.kind === 'too-big' ? (
            <p role="status">
              Too big to share: written out, this would be {formatSize(shown.size)}, and SMTP Lab opens shared states of up to {formatSize(shown.limit)}. Nothing
              was shared.
            </p>
          ) : shown.kind === 'file' ? (
            <>
              <p role="status">The link would be {shown.length.toLocaleString('en')} characters, too long to paste. Download the state as a file instead: dropping it on SMTP Lab, or picking it with Open file, opens the same.</p>
              <button type="button" className={className} onClick={() => void import('./downloads').then((d) => d.downloadShareFile(shown.state, name))}>
                Download .smtplab.json
              </button>
            </>
          ) : (
            <LinkField made={shown} />
          )}
          <button type="button" className={className} onClick={() => setShown(undefined)}>
            Close
          </button>
        </div>
      )}
    </div>
  );
}
