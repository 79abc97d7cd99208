// `My lessons` on the Lessons page (issue 16 §2): lessons written in the
// builder or imported from a file or a link, each to take, edit or delete;
// `New lesson` and `Import lesson` start one.
import { useId, useState } from 'react';
import { useStore } from 'zustand';
import { builderChecklist, type ValidationError } from '../../core/lessons/index';
import { newLesson } from '../../store/builder';
import { importLesson, isWhole, myLessonsStore } from '../../store/myLessons';
import { builderHash, lessonHash } from '../shell/routes';
import { LessonProblems } from './LessonProblems';
import './builder.css';

type Imported = { ok: true; id: string; title: string } | { ok: false; name: string; errors: readonly ValidationError[] };

export function MyLessons() {
  const id = useId();
  const mine = useStore(myLessonsStore, (s) => s.mine);
  const [imported, setImported] = useState<Imported | undefined>();
  const entries = Object.values(mine);
  const open = (file: File) =>
    void Promise.all([file.text(), import('../../core/share/index')]).then(([text, { readLessonText }]) => {
      const read = readLessonText(text);
      setImported(read.ok ? { ok: true, id: importLesson(read.lesson), title: read.lesson.title } : { ok: false, name: file.name, errors: read.errors });
    });
  const remove = (lessonId: string, title: string) => {
    if (window.confirm(`Delete “${title || 'Untitled lesson'}” from My lessons? This cannot be undone.`)) myLessonsStore.getState().remove(lessonId);
  };
  return (
    <section aria-labelledby={`${id}-title`} className="course my-lessons" id="my-lessons">
      <div className="course-head">
        <h2 id={`${id}-title`}>My lessons</h2>
        <div className="course-actions">
          <button type="button" onClick={() => (window.location.hash = builderHash(newLesson()))}>
            New lesson
          </button>
          <label className="course-button">
            Import lesson
            <input
              type="file"
              accept=".json,application/json"
              className="sr-only"
              onChange={(e) => {
                const file = e.currentTarget.files?.[0];
                if (file) open(file);
                e.currentTarget.value = '';
              }}
            />
          </label>
        </div>
      </div>
      <p className="lessons-intro">
        Write your own: <em>New lesson</em> opens the builder in the workspace, or press <em>Edit</em> on any lesson or challenge to start from a copy. A lesson link or
        file someone sends you lands here too.
      </p>
      {imported?.ok && (
        <p role="status">
          Added “{imported.title}” to My lessons. <a href={lessonHash(imported.id, 1)}>Start it</a>
        </p>
      )}
      {imported && !imported.ok && (
        <div role="alert">
          <p>{imported.name} is not a lesson SMTP Lab can open:</p>
          <LessonProblems errors={imported.errors} />
        </div>
      )}
      {entries.length === 0 ? (
        <p className="bd-note">None yet.</p>
      ) : (
        <ol className="course-list">
          {entries.map(({ lesson, marked }) => {
            const whole = isWhole(lesson);
            const missing = builderChecklist(lesson, marked, undefined).filter((c) => !c.done && c.id !== 'tested').length;
            return (
              <li key={lesson.id} className={`course-item${whole ? '' : ' is-draft'}`}>
                <h3>{whole ? <a href={lessonHash(lesson.id, 1)}>{lesson.title}</a> : lesson.title || 'Untitled lesson'}</h3>
                {lesson.goal && <p className="course-goal">{lesson.goal}</p>}
                <p className="course-meta">
                  <span className="course-status">{whole ? 'Ready to take' : missing ? `Draft: ${missing} thing${missing === 1 ? '' : 's'} missing` : 'Draft'}</span>
                  <span>{lesson.steps.length === 1 ? '1 step' : `${lesson.steps.length} steps`}</span>
                </p>
                <div className="course-actions">
                  <a className="course-button" href={builderHash(lesson.id)}>
                    Edit<span className="sr-only"> {lesson.title || 'Untitled lesson'}</span>
                  </a>
                  <button type="button" onClick={() => remove(lesson.id, lesson.title)}>
                    Delete<span className="sr-only"> {lesson.title || 'Untitled lesson'}</span>
                  </button>
                </div>
              </li>
            );
          })}
        </ol>
      )}
    </section>
  );
}
