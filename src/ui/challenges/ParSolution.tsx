import { parSolution, scoreText, type Challenge, type ChallengeResult } from '../../core/lessons/index';
import type { ScenarioStep } from '../../core/scenarios/index';

function stepText(step: ScenarioStep): string {
  switch (step.type) {
    case 'type': {
      // The first line is typed at the prompt; the rest inside what it started (telnet, mail).
      const [first = '', ...rest] = step.lines;
      return [`${step.host}$ ${first}`, ...rest].join('\n');
    }
    case 'input':
      return step.input.type === 'faults' ? `(faults on ${step.input.host}: ${JSON.stringify(step.input.faults)})` : `(${step.input.type} on ${step.input.host})`;
    case 'play':
      return '(wait until the world is idle)';
  }
}

/** Par's own solution and why it scores what it does: shown only once the goal is met (parSolution gives nothing before). */
export function ParSolution({ ch, result }: { ch: Challenge; result: Pick<ChallengeResult, 'met'> }) {
  const par = parSolution(ch, result);
  if (!par) return null;
  return (
    <section className="cp-par" aria-labelledby="cp-par-title">
      <h3 id="cp-par-title">Par solution ({scoreText(ch.score.kind, par.par)})</h3>
      {par.solution.map((step, i) => (
        <pre key={i} className="cp-solution">
          {stepText(step)}
        </pre>
      ))}
      <p>{par.parNote}</p>
    </section>
  );
}
