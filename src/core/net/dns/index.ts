// DNS as the world plays it: look-ups through a host's cache, queries to
// the name server and its answers, each an event of the log.
export { onAnswer, onQuery, resolve } from './dns-flow';
