// `#/lessons/import/<payload>`: a lesson link opened. The lesson is read
// back field by field (nothing in it runs) and joins My lessons; a bad link
// says what is wrong and changes nothing.
import { useEffect, useState } from 'react';
import type { ValidationError } from '../../core/lessons/index';
import { importLesson } from '../../store/myLessons';
import { lessonHash, MINE_PATH } from '../shell/routes';
import { LessonProblems } from './LessonProblems';

type Read = { ok: true; id: string; title: string; steps: number } | { ok: false; errors: readonly ValidationError[] };

export function ImportLesson({ payload }: { payload: string }) {
  const [read, setRead] = useState<Read | undefined>();
  useEffect(() => {
    let live = true;
    void Promise.all([import('../../core/share/index'), import('../share/compression')]).then(async ([{ readLessonLink }, { inflateRaw }]) => {
      const r = await readLessonLink(payload, inflateRaw);
      if (live) setRead(r.ok ? { ok: true, id: importLesson(r.lesson), title: r.lesson.title, steps: r.lesson.steps.length } : { ok: false, errors: r.errors });
    });
    return () => {
      live = false;
    };
  }, [payload]);
  useEffect(() => {
    document.title = 'Import a lesson · SMTP Lab';
  }, []);
  return (
    <section className="lessons-page">
      <h1>Import a lesson</h1>
      {!read && <p aria-busy="true">Reading the lesson…</p>}
      {read?.ok && (
        <>
          <p role="status">
            Added “{read.title}” ({read.steps === 1 ? '1 step' : `${read.steps} steps`}) to My lessons.
          </p>
          <p className="lp-actions">
            <a className="sim-button" href={lessonHash(read.id, 1)}>
              Start the lesson
            </a>{' '}
            <a href={`${lessonHash()}/${MINE_PATH}`}>My lessons</a>
          </p>
        </>
      )}
      {read && !read.ok && (
        <div role="alert">
          <p>This link does not hold a lesson SMTP Lab can open. Nothing was added.</p>
          <LessonProblems errors={read.errors} />
          <p>
            <a href={lessonHash()}>All lessons</a>
          </p>
        </div>
      )}
    </section>
  );
}
