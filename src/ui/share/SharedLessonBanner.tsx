// Says what a shared lesson step did: replayed exactly, or where and why its
// log differs; the learner's own progress in the lesson is one button away
// (`Keep my own work`), and was never written while the link was on screen.
// And what a file dropped or picked on the lesson did, when it is not a
// lesson step shown here: why it could not be opened, or that Alice's user
// agent has a message.
import { useEffect } from 'react';
import { useStore } from 'zustand';
import { lessonsStore } from '../../store/lessons';
import { shareNotice } from '../../store/shareNotice';
import { keepOwnProgress } from '../../store/shareLesson';
import { lessonHash } from '../shell/routes';
import { isAlert, NoticeText } from './NoticeText';

function keepOwnWork(id: string) {
  const own = keepOwnProgress();
  shareNotice.getState().clear();
  if (own !== undefined) window.location.hash = lessonHash(id, own + 1);
}

export function SharedLessonBanner({ lesson }: { lesson: string }) {
  const shared = useStore(lessonsStore, (s) => (s.shared?.id === lesson ? s.shared : undefined));
  const notice = useStore(shareNotice, (s) => s.notice);
  // A notice left on another page is not about this lesson.
  useEffect(() => shareNotice.getState().clear(), []);
  if (!shared && !notice) return null;
  return (
    <div className={`shared-banner${isAlert(notice) ? ' shared-error' : ''}`} role={isAlert(notice) ? 'alert' : 'status'}>
      {notice && <NoticeText notice={notice} />}
      {shared && (
        <p>
          <strong>A shared lesson step</strong>, shown beside your own progress in this lesson (which is kept, unchanged). {shared.message}
        </p>
      )}
      {shared ? (
        <button type="button" className="sim-button" onClick={() => keepOwnWork(lesson)}>
          Keep my own work
        </button>
      ) : (
        // Nothing of the learner's was set aside: an error or a note only goes away.
        <button type="button" className="sim-button" onClick={() => shareNotice.getState().clear()}>
          Dismiss
        </button>
      )}
    </div>
  );
}
