// Preset worlds and guided lessons, as data.
import { eavesdropper, envelopeVsHeaders, fourMtaJourney, greylisting, mimeAttachments, mxFailover, nullMx, sizeLimit, unknownUserBounce } from './journeys';
import { eightBitToSevenBit, esmtpSession, heloByHand, relayThenAuth, rfc821Server, smugglingRefused, vrfyExpn } from './sessions';
import { freshInstall } from './installs';
import type { Scenario } from './types';

export { openScenario, playScenario, runStep, scenarioSpec, MAX_EVENTS_PER_STEP } from './build';
export type { Scenario, ScenarioStep, WorldChanges } from './types';
export { mainMomentOf, matches, momentsOf, type Moment, type MomentAt, type MomentMatch } from './moments';

export const SCENARIOS: readonly Scenario[] = [
  fourMtaJourney,
  heloByHand,
  esmtpSession,
  mxFailover,
  relayThenAuth,
  vrfyExpn,
  unknownUserBounce,
  greylisting,
  sizeLimit,
  eightBitToSevenBit,
  envelopeVsHeaders,
  eavesdropper,
  mimeAttachments,
  smugglingRefused,
  rfc821Server,
  nullMx,
  freshInstall,
];

export function scenarioById(id: string): Scenario | undefined {
  return SCENARIOS.find((s) => s.id === id);
}
