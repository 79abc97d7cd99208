// Shared test check for explain paths: steps cover the input and the output
// exactly, in order, without gaps or overlaps (codec/types.ts ExplainStep).
// It throws rather than importing vitest, so src/core imports no package.
import type { ExplainStep } from '../types';

export function checkSteps(steps: ExplainStep[], inputLength: number, outputLength: number): void {
  let input = 0;
  let output = 0;
  for (const [k, step] of steps.entries()) {
    const where = `step ${k} ${JSON.stringify(step)}`;
    if (step.input.start !== input) throw new Error(`${where}: input should start at ${input}`);
    if (step.output.start !== output) throw new Error(`${where}: output should start at ${output}`);
    if (step.input.end <= step.input.start) throw new Error(`${where}: empty input range`);
    if (step.output.end < step.output.start) throw new Error(`${where}: reversed output range`);
    if (step.note.length === 0) throw new Error(`${where}: no note`);
    input = step.input.end;
    output = step.output.end;
  }
  if (input !== inputLength) throw new Error(`steps cover ${input} of ${inputLength} input characters`);
  if (output !== outputLength) throw new Error(`steps cover ${output} of ${outputLength} output units`);
}
