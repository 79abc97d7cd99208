import { useStore } from 'zustand';
import { LESSONS, TOPICS } from '../../core/lessons/index';
import { lessonsStore, lessonStatus, type LessonStatus } from '../../store/lessons';
import { lessonHash } from '../shell/routes';
import { EditButton } from '../builder/EditButton';

const topicName = (id: string) => (Object.hasOwn(TOPICS, id) ? TOPICS[id as keyof typeof TOPICS] : id);

// The status is a word, not only a mark: colour is never alone.
const MARK: Record<LessonStatus, string> = { done: '✓', 'in progress': '◐', 'not started': '○' };

/** The course in order: each lesson's title, goal, topics, minutes and where the learner stands. */
export function CourseList() {
  const progress = useStore(lessonsStore, (s) => s.progress);
  const started = Object.keys(progress).length > 0;
  const reset = () => {
    if (window.confirm('Forget every lesson’s progress: steps done, guesses, hints and your work? This cannot be undone.')) lessonsStore.getState().resetProgress();
  };
  return (
    <section aria-labelledby="course-title" className="course">
      <div className="course-head">
        <h2 id="course-title">The course</h2>
        <button type="button" onClick={reset} disabled={!started}>
          Reset progress
        </button>
      </div>
      <ol className="course-list">
        {LESSONS.map((lesson, i) => {
          const p = progress[lesson.id];
          const status = lessonStatus(lesson, p);
          const step = status === 'in progress' && p ? p.step + 1 : 1;
          return (
            <li key={lesson.id} className={`course-item is-${status.replace(' ', '-')}`}>
              <h3>
                <a href={lessonHash(lesson.id, status === 'done' ? 'done' : step)}>
                  <span className="course-n">{i + 1}.</span> {lesson.title}
                </a>
              </h3>
              <p className="course-goal">{lesson.goal}</p>
              <p className="course-meta">
                <span className={`course-status status-${status.replace(' ', '-')}`}>
                  <span aria-hidden="true">{MARK[status]} </span>
                  {status === 'in progress' ? `In progress, step ${step} of ${lesson.steps.length}` : status === 'done' ? 'Done' : 'Not started'}
                </span>
                <span>{lesson.minutes} min</span>
                <span>{lesson.steps.length} steps</span>
                <EditButton source={lesson.id} title={lesson.title} />
              </p>
              <ul className="course-topics" aria-label="Topics">
                {lesson.topics.map((t) => (
                  <li key={t}>{topicName(t)}</li>
                ))}
              </ul>
            </li>
          );
        })}
      </ol>
    </section>
  );
}
