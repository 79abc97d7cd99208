// Says what a shared link or file did: replayed exactly, or where and why
// its log differs, or why it could not be opened; the person's own work is
// one button away (`Keep my own work`).
import { useStore } from 'zustand';
import { sharedView, simulatorStore } from '../../store/simulator';
import { shareNotice } from '../../store/shareNotice';
import { isAlert, NoticeText } from './NoticeText';

function keepOwnWork() {
  simulatorStore.getState().keepOwnWork();
  shareNotice.getState().clear();
  // The link leaves the address bar, so a reload opens the person's own work.
  if (window.location.hash.startsWith('#/s/')) window.history.replaceState(window.history.state, '', '#/simulator');
}

export function SharedBanner() {
  const shared = useStore(simulatorStore, sharedView);
  const notice = useStore(shareNotice, (s) => s.notice);
  if (!shared && !notice) return null;
  return (
    <div className={`shared-banner${isAlert(notice) ? ' shared-error' : ''}`} role={isAlert(notice) ? 'alert' : 'status'}>
      {notice && <NoticeText notice={notice} />}
      {shared && (
        <p>
          <strong>A shared session</strong>, shown beside your own work (which is kept, unchanged). {shared.message}
        </p>
      )}
      {shared || notice?.kind === 'error' ? (
        <button type="button" className="sim-button" onClick={keepOwnWork}>
          Keep my own work
        </button>
      ) : (
        <button type="button" className="sim-button" onClick={() => shareNotice.getState().clear()}>
          Dismiss
        </button>
      )}
    </div>
  );
}
