import { useEffect } from 'react';
import { useStore } from 'zustand';
import { CHALLENGES, type Challenge } from '../../core/lessons/index';
import { challengeRunStore, leaveChallenge, openChallenge } from '../../store/challengesRunner';
import { challengeHash } from '../shell/routes';
import { usePlayback } from '../simulator/usePlayback';
import { useShortcuts } from '../simulator/useShortcuts';
import { Workspace } from '../simulator/Workspace';
import { ChallengePanel } from './ChallengePanel';
import './challenges.css';

/** A challenge in the Simulator's workspace, its panel beside the world; the sandbox waits aside until the person leaves. */
export function ChallengeRoom({ ch }: { ch: Challenge }) {
  usePlayback();
  useShortcuts();
  const ready = useStore(challengeRunStore, (s) => s.challengeId === ch.id);
  useEffect(() => {
    openChallenge(ch.id);
  }, [ch.id]);
  useEffect(() => () => leaveChallenge(), []);
  useEffect(() => {
    document.title = `${ch.title} · Challenges · SMTP Lab`;
  }, [ch.title]);
  return (
    <div className="simulator lesson-room">
      <header className="sim-head">
        <h1>
          <span className="lesson-n">Challenge {CHALLENGES.indexOf(ch) + 1}:</span> {ch.title}
        </h1>
        <a href={challengeHash()}>All challenges</a>
      </header>
      {ready && <Workspace withheld={ch.withheldPanels ?? []} side={{ title: 'Challenge', content: <ChallengePanel ch={ch} /> }} />}
    </div>
  );
}
