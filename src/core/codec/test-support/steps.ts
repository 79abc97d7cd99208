// Shared test check for explain paths: steps cover the input and the output
// exactly, in order, without gaps or overlaps (codec/types.ts ExplainStep).
import { expect } from 'vitest';
import type { ExplainStep } from '../types';

export function checkSteps(steps: ExplainStep[], inputLength: number, outputLength: number): void {
  let input = 0;
  let output = 0;
  for (const step of steps) {
    expect(step.input.start).toBe(input);
    expect(step.output.start).toBe(output);
    expect(step.input.end).toBeGreaterThan(step.input.start);
    expect(step.output.end).toBeGreaterThanOrEqual(step.output.start);
    expect(step.note.length).toBeGreaterThan(0);
    input = step.input.end;
    output = step.output.end;
  }
  expect(input).toBe(inputLength);
  expect(output).toBe(outputLength);
}
