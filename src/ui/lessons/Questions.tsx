import type { AnswerInput, LessonStep, Question } from '../../core/lessons/index';
import { answer } from '../../store/lessonsRunner';

/** The step's questions, one button a choice; the latest answer is the one that counts. */
export function Questions({ step, answers }: { step: LessonStep; answers: readonly AnswerInput[] }) {
  return <QuestionList questions={step.questions} answers={answers} onAnswer={answer} />;
}

/** Questions of a lesson step or a challenge, answered through `onAnswer`. */
export function QuestionList({ questions, answers, onAnswer }: { questions: readonly Question[] | undefined; answers: readonly AnswerInput[]; onAnswer(question: string, text: string): void }) {
  if (!questions?.length) return null;
  return (
    <>
      {questions.map((q) => {
        const given = answers.filter((a) => a.question === q.id).at(-1)?.answer;
        return (
          <div key={q.id} role="group" aria-label={q.ask} className="lp-question">
            <p>{q.ask}</p>
            <div className="lp-choices">
              {(q.choices ?? []).map((c) => (
                <button key={c} type="button" aria-pressed={given === c} onClick={() => onAnswer(q.id, c)}>
                  {c}
                </button>
              ))}
            </div>
            {given !== undefined && <p className="lp-note">You answered: {given}</p>}
          </div>
        );
      })}
    </>
  );
}
