// `Share`: a link that reproduces what is on screen (issue 15 §1), in a
// field labelled Link and copied to the clipboard; a link too long to paste
// is offered as a `.smtplab.json` file instead, which opens the same way.
// The codec loads on the first press: the share format reaches into the
// world's types, which a Playground page would otherwise load with it.
// The Simulator, each lesson step (`lessonStepShare`) and each Playground
// explorer place it with their own `make`.
import { useId, useState } from 'react';
import type { SharedState } from '../../core/share/index';

type Props = {
  /** The state to share, read when the button is pressed. */
  make(): SharedState | Promise<SharedState>;
  /** The file's name without `.smtplab.json`. */
  name: string;
  className?: string;
};

type Shown = { kind: 'link'; url: string; copied: boolean } | { kind: 'file'; state: SharedState; length: number } | { kind: 'failed' };

export function ShareButton({ make, name, className = 'sim-button' }: Props) {
  const [shown, setShown] = useState<Shown | undefined>();
  const id = useId();
  const share = async () => {
    try {
      const [{ shareUrl, LINK_FILE_THRESHOLD }, state] = await Promise.all([import('./link'), make()]);
      const url = await shareUrl(state, window.location.href);
      if (url.length > LINK_FILE_THRESHOLD) return setShown({ kind: 'file', state, length: url.length });
      // The clipboard may be refused (no permission, an insecure origin): the field still holds the link.
      const copied = await navigator.clipboard.writeText(url).then(
        () => true,
        () => false,
      );
      setShown({ kind: 'link', url, copied });
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
          {shown.kind === 'link' && (
            <>
              <label>
                {/* Focus moves to the link, selected, so Ctrl-C copies it where the clipboard was refused. */}
                Link <input type="text" readOnly value={shown.url} autoFocus onFocus={(e) => e.currentTarget.select()} />
              </label>
              <p role="status">{shown.copied ? 'Link copied to the clipboard.' : 'Copy the link from the field (the clipboard was not available).'}</p>
            </>
          )}
          {shown.kind === 'file' && (
            <>
              <p role="status">The link would be {shown.length.toLocaleString('en')} characters, too long to paste. Download the state as a file instead: dropping it on SMTP Lab, or picking it with Open file, opens the same.</p>
              <button type="button" className={className} onClick={() => void import('./downloads').then((d) => d.downloadShareFile(shown.state, name))}>
                Download .smtplab.json
              </button>
            </>
          )}
          {shown.kind === 'failed' && <p role="status">The link could not be made; try again.</p>}
          <button type="button" className={className} onClick={() => setShown(undefined)}>
            Close
          </button>
        </div>
      )}
    </div>
  );
}
