// Says what a shared lesson step did: replayed exactly, or where and why its
// log differs; the learner's own progress in the lesson is one button away
// (`Keep my own work`), and was never written while the link was on screen.
import { useStore } from 'zustand';
import { lessonsStore } from '../../store/lessons';
import { keepOwnProgress } from '../../store/shareLesson';
import { lessonHash } from '../shell/routes';

function keepOwnWork(id: string) {
  const own = keepOwnProgress();
  if (own !== undefined) window.location.hash = lessonHash(id, own + 1);
}

export function SharedLessonBanner({ lesson }: { lesson: string }) {
  const shared = useStore(lessonsStore, (s) => (s.shared?.id === lesson ? s.shared : undefined));
  if (!shared) return null;
  return (
    <div className="shared-banner" role="status">
      <p>
        <strong>A shared lesson step</strong>, shown beside your own progress in this lesson (which is kept, unchanged). {shared.message}
      </p>
      <button type="button" className="sim-button" onClick={() => keepOwnWork(lesson)}>
        Keep my own work
      </button>
    </div>
  );
}
