// Between a host's shell and the world: what the shell is told, and what
// it asks the world for.
export { shellFeed, submissionReported } from './shell-bridge';
