// `#/lessons/build/<id>`: the level builder in the classroom workspace, the
// lesson's world on the left as its preview and the builder beside it.
import { useEffect } from 'react';
import { useStore } from 'zustand';
import { builderStore, leaveBuilder, openBuilder } from '../../store/builder';
import { myLessonsStore } from '../../store/myLessons';
import { lessonHash, MINE_PATH } from '../shell/routes';
import { usePlayback } from '../simulator/usePlayback';
import { useShortcuts } from '../simulator/useShortcuts';
import { Workspace } from '../simulator/Workspace';
import { BuilderPanel } from './BuilderPanel';
import './builder.css';

export function BuilderRoom({ id }: { id: string }) {
  usePlayback();
  useShortcuts();
  const exists = useStore(myLessonsStore, (s) => Object.hasOwn(s.mine, id));
  const title = useStore(myLessonsStore, (s) => s.mine[id]?.lesson.title);
  const ready = useStore(builderStore, (s) => s.id === id);
  useEffect(() => {
    if (exists) openBuilder(id);
  }, [id, exists]);
  useEffect(() => () => leaveBuilder(), []);
  useEffect(() => {
    document.title = `${title || 'New lesson'} · Lesson builder · SMTP Lab`;
  }, [title]);
  if (!exists) {
    return (
      <section className="lessons-page">
        <h1>Lesson builder</h1>
        <p role="alert">There is no lesson “{id}” in My lessons on this browser.</p>
        <p>
          <a href={`${lessonHash()}/${MINE_PATH}`}>My lessons</a>
        </p>
      </section>
    );
  }
  return (
    <div className="simulator lesson-room builder-room">
      <header className="sim-head">
        <h1>
          <span className="lesson-n">Lesson builder:</span> {title || 'New lesson'}
        </h1>
        <a href={`${lessonHash()}/${MINE_PATH}`}>My lessons</a>
      </header>
      {ready && <Workspace withheld={[]} side={{ title: 'Builder', content: <BuilderPanel /> }} />}
    </div>
  );
}
