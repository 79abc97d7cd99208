// The host shells of the simulated world.
export { newShell, prompt, stepShell } from './shell';
export { splitWords } from './parse';
export type { ShellContext, ShellInput, ShellMode, ShellRequest, ShellState, ShellStep, QueueView } from './types';
