// Where the world goes on once a DNS answer is in, by what it was for.
import type { Purpose } from './actions';
import { connectAnswered } from './jobs';
import { routeAnswered } from './mta';
import { greet } from './server-end';
import { shellFeed } from './shell-bridge';
import type { Tick } from './tick';
import type { DnsAnswer, DnsQuestion } from './zone';

export function answered(t: Tick, purpose: Purpose, question: DnsQuestion, answer: DnsAnswer): void {
  switch (purpose.type) {
    case 'accept':
      greet(t, purpose.conn, answer);
      break;
    case 'route':
      routeAnswered(t, purpose, answer);
      break;
    case 'connect':
      connectAnswered(t, purpose.job, question, answer);
      break;
    case 'shell':
      shellFeed(t, purpose.host, { type: 'dns', question, answer });
      break;
  }
}
