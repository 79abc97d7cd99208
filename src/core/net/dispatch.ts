// The one place that maps what happens to who handles it: an action that
// came due on the agenda, or a cause a handler recorded on the tick for
// another concept (a DNS answer for whoever asked, bytes for TCP, a line for
// a shell). Rooms never call into each other; they cause, and this routes.
import { close, connectAnswered, onAck, onConnectTimeout, onFin, onReset, onSyn, onSynAck, recordSegment, sendSegment, startJob } from './tcp/index';
import { onAnswer, onQuery, resolve } from './dns/index';
import { accept, attemptDone, clientClosed, clientConnected, clientReceives, greet, onBounce, onDeliver, onQueueRun, routeAnswered, serverReceives, tlsEstablished, tryNext } from './mta/index';
import { shellFeed, submissionReported } from './shell/index';
import { compose, noSubmissionServer } from './ua/index';
import type { Action, Cause, Tick } from './world/index';

/** Where the world goes on once a DNS answer is in, by what it was for. */
function answered(t: Tick, { purpose, question, answer }: Cause & { type: 'answered' }): void {
  switch (purpose.type) {
    case 'accept':
      return greet(t, purpose.conn, answer);
    case 'route':
      return routeAnswered(t, purpose, answer);
    case 'connect':
      return connectAnswered(t, purpose.job, question, answer);
    case 'shell':
      return shellFeed(t, purpose.host, { type: 'dns', question, answer });
  }
}

/** Who opened a connection that could not be opened hears of it: the MTA tries its next MX, a shell says why. */
function jobFailed(t: Tick, { job, reason, text }: Cause & { type: 'job-failed' }): void {
  if (job.type === 'relay') tryNext(t, job, text);
  else if (job.type === 'terminal') shellFeed(t, job.host, { type: 'connect-failed', reason });
  else if (job.shell) shellFeed(t, job.host, { type: 'submitted', ok: false, text });
}

function jobDone(t: Tick, { conn, report }: Cause & { type: 'job-done' }): void {
  const job = conn.job;
  if (job.type === 'relay') attemptDone(t, job, report, conn);
  else if (job.type === 'submit' && job.shell) submissionReported(t, job.host, report);
}

type ConnectionAction = Action & { type: 'syn' | 'syn-ack' | 'ack' | 'rst' | 'connect-timeout' | 'segment' | 'tls-handshake' | 'fin' };

function onConnection(t: Tick, a: ConnectionAction): void {
  const c = t.conn(a.conn);
  if (!c) {
    // Cannot happen with in-order delivery; recorded rather than thrown so a log still explains itself.
    t.record({ from: '', to: '', layer: 'tcp', kind: 'stale', summary: `${a.type} for a closed connection ${a.conn}`, explanation: 'The connection was already closed.', rfc: 'RFC 793 §3.5', connection: a.conn });
    return;
  }
  switch (a.type) {
    case 'syn':
      return onSyn(t, c);
    case 'syn-ack':
      return onSynAck(t, c);
    case 'ack':
      return onAck(t, c);
    case 'rst':
      return onReset(t, c);
    case 'connect-timeout':
      return onConnectTimeout(t, c);
    case 'segment':
      return a.from === 'client' ? serverReceives(t, c, a.bytes, a.records) : clientReceives(t, c, a.bytes, a.records);
    case 'tls-handshake':
      return tlsEstablished(t, c);
    case 'fin':
      return onFin(t, c, a.from);
  }
}

/** Every action that comes due and every cause a handler records goes through here, to exactly one handler. */
export function dispatch(t: Tick, a: Action | Cause): void {
  switch (a.type) {
    case 'dns-query':
      return onQuery(t, a);
    case 'dns-answer':
      return onAnswer(t, a);
    case 'deliver':
      return onDeliver(t, a);
    case 'queue-run':
      return onQueueRun(t, a);
    case 'bounce':
      return onBounce(t, a);
    case 'compose':
      if (!compose(t, a.host, a.draft, { shell: a.shell, debug: a.debug })) noSubmissionServer(t, a.host);
      return;
    case 'syn':
    case 'syn-ack':
    case 'ack':
    case 'rst':
    case 'connect-timeout':
    case 'segment':
    case 'tls-handshake':
    case 'fin':
      return onConnection(t, a);
    case 'resolve':
      return resolve(t, a);
    case 'answered':
      return answered(t, a);
    case 'start-job':
      return startJob(t, a.job);
    case 'send':
      return sendSegment(t, a);
    case 'arrived':
      return onConnection(t, { ...a, type: 'segment' });
    case 'close':
      return close(t, a.conn, a.side);
    case 'record-segment':
      return recordSegment(t, a);
    case 'connected':
      return clientConnected(t, a.conn);
    case 'accepted':
      return accept(t, a.conn);
    case 'peer-closed':
      return clientClosed(t, a);
    case 'job-failed':
      return jobFailed(t, a);
    case 'job-done':
      return jobDone(t, a);
    case 'tell-shell':
      return shellFeed(t, a.host, a.input);
  }
}
