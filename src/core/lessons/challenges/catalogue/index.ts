// The built-in challenges, in the order the Lessons page lists them.
import type { Challenge } from '../types';
import { bounceOnPurpose } from './bounce-on-purpose';
import { eAcuteSubject } from './e-acute-subject';
import { eavesdropper } from './eavesdropper';
import { fewestRoundTrips } from './fewest-round-trips';
import { greylisted } from './greylisted';
import { mx1Down } from './mx1-down';
import { oneData } from './one-data';
import { relayFewestLines } from './relay-fewest-lines';
import { sevenBitHop } from './seven-bit-hop';
import { staffWithoutVrfy } from './staff-without-vrfy';

export const CHALLENGES: readonly Challenge[] = [oneData, relayFewestLines, fewestRoundTrips, bounceOnPurpose, mx1Down, eAcuteSubject, staffWithoutVrfy, sevenBitHop, greylisted, eavesdropper];

export function challengeById(id: string): Challenge | undefined {
  return CHALLENGES.find((c) => c.id === id);
}
