// Says what a shared explorer is (shown exactly as shared, or what differs)
// while it is on screen beside the person's own input, which is kept,
// unchanged, one button away (`Keep my own work`); once they edit it, that
// it is theirs now, their earlier input still one button away until they
// dismiss it. And what a file dropped or picked on the Playground did, when
// it is not an explorer shown here: why it could not be opened, or why a
// message was not sent.
import { useEffect } from 'react';
import { useStore } from 'zustand';
import { playgroundStore, type ExplorerId } from '../../store/playgroundStore';
import { shareNotice } from '../../store/shareNotice';
import { explorerInfo } from '../playground/explorers';
import { isAlert, NoticeText } from './NoticeText';

function keepOwnWork() {
  playgroundStore.getState().keepOwnWork();
  shareNotice.getState().clear();
}

/** `explorer`: the explorer on screen (none on the overview). */
export function SharedPlaygroundBanner({ explorer }: { explorer?: ExplorerId }) {
  const shared = useStore(playgroundStore, (s) => (s.visiting && s.visiting.explorer === explorer ? s.visiting : undefined));
  const notice = useStore(shareNotice, (s) => s.notice);
  // A notice left on another page is not about the Playground, and one left here is not about the next page.
  useEffect(() => {
    shareNotice.getState().clear();
    return () => shareNotice.getState().clear();
  }, []);
  if (!shared && !notice) return null;
  const title = explorerInfo(shared?.explorer ?? 'base64').title;
  return (
    <div className={`shared-banner pg-shared${isAlert(notice) ? ' shared-error' : ''}`} role={isAlert(notice) ? 'alert' : 'status'}>
      {notice && <NoticeText notice={notice} />}
      {shared && !shared.adopted && (
        <p>
          <strong>A shared {title} input</strong>, shown beside your own, which is kept unchanged. {shared.message} Editing it makes it yours (your earlier
          input stays one click away).
        </p>
      )}
      {shared?.adopted && (
        <p>
          <strong>You edited the shared {title} input</strong>, so it is yours now and saved, in place of your earlier input.
        </p>
      )}
      <div className="pg-row">
        {shared && (
          <button type="button" className="pg-button" onClick={keepOwnWork}>
            {shared.adopted ? 'Back to my earlier input' : 'Keep my own work'}
          </button>
        )}
        {(shared?.adopted || notice) && (
          <button
            type="button"
            className="pg-button"
            onClick={() => {
              playgroundStore.getState().forgetEarlier();
              shareNotice.getState().clear();
            }}
          >
            Dismiss
          </button>
        )}
      </div>
    </div>
  );
}
