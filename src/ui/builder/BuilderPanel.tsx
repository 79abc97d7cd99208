// The level builder's side of the workspace (issue 16 §2): the tools that
// turn what the author selects and does into the lesson (Mark start, Pin,
// Pause here, Add step, Test), the lesson's fields, its steps, the checklist
// and export. The workspace beside it is the preview: the lesson's world.
import { useId, useMemo } from 'react';
import { useStore } from 'zustand';
import { builderReady, builderChecklist, type Lesson } from '../../core/lessons/index';
import { SCENARIOS } from '../../core/scenarios/index';
import { builderStore, currentTest, dropLastStep, editLessonFields, markStart, newStep, pauseHere, pin, selectStep, startFrom } from '../../store/builder';
import { isWhole, myLessonsStore } from '../../store/myLessons';
import { useSimulator } from '../simulator/useSimulator';
import { lessonHash } from '../shell/routes';
import { BuilderChecklist } from './BuilderChecklist';
import { ExportLesson } from './ExportLesson';
import { Recorded, StepEditor } from './StepEditor';
import { TextField } from './TextField';

export function BuilderPanel() {
  const id = useId();
  const b = useStore(builderStore);
  const entry = useStore(myLessonsStore, (s) => (b.id === undefined ? undefined : s.mine[b.id]));
  const selecting = useSimulator((s) => s.position > 0);
  const test = currentTest(b, entry?.lesson);
  // The validator runs over the whole lesson: once per change of it, not per render.
  const checklist = useMemo(() => entry && builderChecklist(entry.lesson, entry.marked, test), [entry, test]);
  if (!entry || !checklist) return null;
  const { lesson, marked } = entry;
  const step = lesson.steps[b.step] ?? lesson.steps[0]!;
  const index = lesson.steps.indexOf(step);
  const field = (key: 'title' | 'goal', text: string) => editLessonFields((l: Lesson) => ({ ...l, [key]: text }));
  return (
    <div className="lp bd">
      <div className="bd-tools" role="toolbar" aria-label="Builder tools">
        {!marked && (
          <button type="button" className="is-primary" onClick={markStart}>
            Mark start
          </button>
        )}
        <button type="button" onClick={pin} disabled={!selecting}>
          Pin
        </button>
        <button type="button" onClick={pauseHere} disabled={!selecting}>
          Pause here
        </button>
        <button type="button" onClick={newStep} disabled={!marked}>
          Add step
        </button>
      </div>
      <p className="bd-said" role="status">
        {b.announcement}
      </p>
      <SelectedEvent />
      {marked ? (
        <p className="bd-note">
          Recording step {lesson.steps.length}: what you do in the workspace is its solution. Pin and Pause here add to step {index + 1}.
        </p>
      ) : (
        <div className="lp-task">
          <strong>Set up the start.</strong> Switch faults, or type what should already have happened (a user added, a message queued). This is the prelude. Then press{' '}
          <em>Mark start</em>: what you do next is the solution learners must match.
          <div className="bd-field">
            <label htmlFor={`${id}-world`}>The world it starts from</label>
            <select id={`${id}-world`} value={lesson.start.scenario ?? ''} onChange={(e) => startFrom(e.target.value || undefined)}>
              <option value="">The default world</option>
              {SCENARIOS.filter((sc) => Object.keys(sc.world).length > 0).map((sc) => (
                <option key={sc.id} value={sc.id}>
                  {sc.title}
                </option>
              ))}
            </select>
          </div>
          {lesson.start.prelude?.length ? <Recorded steps={lesson.start.prelude} /> : null}
        </div>
      )}

      <div className="bd-field">
        <label htmlFor={`${id}-title`}>Title</label>
        <TextField id={`${id}-title`} value={lesson.title} onChange={(t) => field('title', t)} />
      </div>
      <div className="bd-field">
        <label htmlFor={`${id}-goal`}>Goal (one line for the course list)</label>
        <TextField id={`${id}-goal`} value={lesson.goal} onChange={(t) => field('goal', t)} />
      </div>

      <div className="bd-steps" role="tablist" aria-label="Steps">
        {lesson.steps.map((s, i) => (
          <button key={s.id} type="button" role="tab" aria-selected={i === index} onClick={() => selectStep(i)}>
            Step {i + 1}
          </button>
        ))}
        {lesson.steps.length > 1 && (
          <button type="button" onClick={dropLastStep}>
            Remove last step
          </button>
        )}
      </div>
      <div role="tabpanel" aria-label={`Step ${index + 1}`}>
        <StepEditor index={index} step={step} />
      </div>

      <BuilderChecklist items={checklist} test={test} />
      <ExportLesson lesson={lesson} ready={builderReady(checklist)} />
      {isWhole(lesson) && (
        <p>
          <a href={lessonHash(lesson.id, 1)}>Take it as a learner</a>
        </p>
      )}
    </div>
  );
}

/** What Pin would take: the event the workspace stands at. Its own component, so playback re-renders this line and not the forms. */
function SelectedEvent() {
  const selected = useSimulator((s) => (s.position > 0 ? s.timeline.log[s.position - 1] : undefined));
  return (
    <p className="bd-selected">
      {selected ? (
        <>
          Selected: event {selected.seq}, <code>{selected.summary}</code>
        </>
      ) : (
        'Select an event in the timeline to pin it.'
      )}
    </p>
  );
}
