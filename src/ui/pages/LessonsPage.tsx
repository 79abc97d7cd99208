// The Lessons page: the course and the reference at #/lessons; a lesson's
// step at #/lessons/<id>/<step> in the Simulator's workspace, with the
// lesson as its side panel; the summary at #/lessons/<id>/done. A
// challenge at #/lessons/challenges/<id>, the same way.
import { useEffect } from 'react';
import { useStore } from 'zustand';
import { challengeById, LESSONS, type Lesson } from '../../core/lessons/index';
import { ChallengeList } from '../challenges/ChallengeList';
import { ChallengeRoom } from '../challenges/ChallengeRoom';
import { freshProgress, lessonsStore, progressIn } from '../../store/lessons';
import { leaveLesson, openLesson, runnerStore } from '../../store/lessonsRunner';
import { lessonStepShare } from '../../store/shareLesson';
import { CourseList } from '../lessons/CourseList';
import { PresentButton, PresenterBar } from '../presenter/index';
import { LessonPanel } from '../lessons/LessonPanel';
import { Reference } from '../lessons/Reference';
import { Summary } from '../lessons/Summary';
import { OpenFileButton } from '../share/OpenFileButton';
import { ShareButton } from '../share/ShareButton';
import { SharedLessonBanner } from '../share/SharedLessonBanner';
import { useFileDrop } from '../share/useFileDrop';
import { useRoute } from '../shell/useRoute';
import { BUILD_PATH, builderHash, challengeHash, CHALLENGES_PATH, IMPORT_PATH, lessonHash, MINE_PATH } from '../shell/routes';
import { BuilderRoom } from '../builder/BuilderRoom';
import { ImportLesson } from '../builder/ImportLesson';
import { MyLessons } from '../builder/MyLessons';
import { SimulatorErrorBoundary } from '../simulator/SimulatorErrorBoundary';
import { usePlayback } from '../simulator/usePlayback';
import { useShortcuts } from '../simulator/useShortcuts';
import { Workspace } from '../simulator/Workspace';
import '../simulator/simulator.css';
import '../simulator/workspace.css';
import '../lessons/lessons.css';
import '../share/share.css';
import { findLesson, myLessonsStore } from '../../store/myLessons';

export function LessonsPage() {
  const { rest } = useRoute();
  const [id, step] = rest;
  if (id === undefined) return <Course />;
  if (id === CHALLENGES_PATH) return step === undefined ? <Course at="challenges" /> : <Challenge id={decodeURIComponent(step)} />;
  if (id === MINE_PATH) return <Course at="my-lessons" />;
  if (id === IMPORT_PATH) return <ImportLesson payload={rest.slice(1).join('/')} />;
  if (id === BUILD_PATH && step !== undefined) {
    return (
      <SimulatorErrorBoundary>
        <BuilderRoom id={decodeURIComponent(step)} />
      </SimulatorErrorBoundary>
    );
  }
  const lesson = findLesson(decodeURIComponent(id));
  if (!lesson) {
    const draft = myLessonsStore.getState().mine[decodeURIComponent(id)]?.lesson;
    return (
      <section className="lessons-page">
        <h1>Lessons</h1>
        {draft ? (
          <p role="alert">
            “{draft.title || 'Untitled lesson'}” is still a draft: <a href={builderHash(draft.id)}>finish it in the builder</a> (its checklist says what is missing).
          </p>
        ) : (
          <p role="alert">There is no lesson “{id}” in this version.</p>
        )}
        <p>
          <a href={lessonHash()}>All lessons</a>
        </p>
      </section>
    );
  }
  const done = step === 'done';
  const n = Number.parseInt(step ?? '1', 10);
  return (
    <SimulatorErrorBoundary>
      <Classroom lesson={lesson} index={done ? lesson.steps.length - 1 : Number.isFinite(n) ? n - 1 : 0} done={done} />
    </SimulatorErrorBoundary>
  );
}

function Challenge({ id }: { id: string }) {
  const ch = challengeById(id);
  if (!ch) {
    return (
      <section className="lessons-page">
        <h1>Challenges</h1>
        <p role="alert">There is no challenge “{id}” in this version.</p>
        <p>
          <a href={challengeHash()}>All challenges</a>
        </p>
      </section>
    );
  }
  return (
    <SimulatorErrorBoundary>
      <ChallengeRoom ch={ch} />
    </SimulatorErrorBoundary>
  );
}

function Course({ at }: { at?: 'challenges' | 'my-lessons' }) {
  useEffect(() => {
    document.title = 'Lessons · SMTP Lab';
  }, []);
  // #/lessons/challenges and #/lessons/mine: the same page, at that section.
  useEffect(() => {
    if (at) document.getElementById(at)?.scrollIntoView();
  }, [at]);
  return (
    <div className="lessons-page">
      <h1>Lessons</h1>
      <p className="lessons-intro">
        {LESSONS.length} short lessons, guided scenarios over the same world as the Simulator. Each step says what to read and what to do; a checklist ticks
        as the world does it, and before a server answers you guess what it will say. Your sandbox in the Simulator is left as it is.
      </p>
      <CourseList />
      <ChallengeList />
      <MyLessons />
      <Reference />
    </div>
  );
}

function Classroom({ lesson, index, done }: { lesson: Lesson; index: number; done: boolean }) {
  usePlayback();
  useShortcuts();
  const drop = useFileDrop();
  const ready = useStore(runnerStore, (s) => s.lessonId === lesson.id);
  const predicting = useStore(runnerStore, (s) => s.stop !== undefined);
  const progress = useStore(lessonsStore, (s) => progressIn(s, lesson.id)) ?? freshProgress(lesson);
  useEffect(() => {
    openLesson(lesson.id, index);
  }, [lesson.id, index]);
  useEffect(() => () => leaveLesson(), []);
  useEffect(() => {
    document.title = `${lesson.title} · Lessons · SMTP Lab`;
  }, [lesson.title]);
  const number = LESSONS.indexOf(lesson) + 1;
  const label = number > 0 ? `Lesson ${number}:` : 'My lesson:';
  return (
    <div className={`simulator lesson-room${predicting ? ' is-predicting' : ''}${drop.over ? ' drop-over' : ''}`} {...drop.handlers}>
      <header className="sim-head">
        <h1>
          <span className="lesson-n">{label}</span> {lesson.title}
        </h1>
        {/* On the summary: the finished lesson as its last step, which is what a lesson link holds. */}
        {ready && <ShareButton make={lessonStepShare} name={`smtp-lab-${lesson.id}-${done ? 'done' : `step-${index + 1}`}`} />}
        <OpenFileButton />
        <a href={lessonHash()}>All lessons</a>
        <PresentButton />
      </header>
      <SharedLessonBanner lesson={lesson.id} />
      <PresenterBar />
      {ready && (
        <Workspace
          withheld={lesson.withheldPanels ?? []}
          side={{ title: 'Lesson', content: done ? <Summary lesson={lesson} progress={progress} /> : <LessonPanel /> }}
        />
      )}
    </div>
  );
}
