import { PresentButton, PresenterBar } from '../presenter/index';
import { ScenarioGoal, ScenarioPicker } from '../simulator/ScenarioPicker';
import { SimulatorErrorBoundary } from '../simulator/SimulatorErrorBoundary';
import { usePlayback } from '../simulator/usePlayback';
import { useShortcuts } from '../simulator/useShortcuts';
import { Workspace } from '../simulator/Workspace';
import { SessionTools } from '../share/SessionTools';
import { SharedBanner } from '../share/SharedBanner';
import { useFileDrop } from '../share/useFileDrop';
import { useSharedLink } from '../share/useSharedLink';
import '../share/share.css';
import '../simulator/simulator.css';
import '../simulator/workspace.css';

export function SimulatorPage() {
  return (
    <SimulatorErrorBoundary>
      <Simulator />
    </SimulatorErrorBoundary>
  );
}

function Simulator() {
  usePlayback();
  useShortcuts();
  useSharedLink();
  const drop = useFileDrop();
  return (
    <div className={drop.over ? 'simulator drop-over' : 'simulator'} {...drop.handlers}>
      <header className="sim-head">
        <h1 title="Watch a message travel from Alice's user agent to Bob's mailbox, one event at a time: TCP, DNS and every SMTP line, coloured by envelope, headers and body.">
          Simulator
        </h1>
        <ScenarioPicker />
        <SessionTools />
        <PresentButton />
        {/* The head's second line: the scenario's goal, or what a shared link
            or file did. The line is there for either, so a banner that comes
            or goes never resizes the workspace, whose every panel (the
            terminal's refit above all) would lay out again. */}
        <div className="sim-note">
          <SharedBanner />
          <ScenarioGoal />
        </div>
      </header>
      <PresenterBar />
      <Workspace />
    </div>
  );
}
