import { lazy, Suspense } from 'react';
import { ComposeForm } from '../simulator/ComposeForm';
import { FaultsPanel } from '../simulator/FaultsPanel';
import { Inspector } from '../simulator/Inspector';
import { MailboxesPanel } from '../simulator/MailboxesPanel';
import { ScenarioPicker } from '../simulator/ScenarioPicker';
import { SimulatorErrorBoundary } from '../simulator/SimulatorErrorBoundary';
import { Tabs } from '../simulator/Tabs';
import { Timeline } from '../simulator/Timeline';
import { TopologyPanel } from '../simulator/TopologyPanel';
import { usePlayback } from '../simulator/usePlayback';
import { useShortcuts } from '../simulator/useShortcuts';
import '../simulator/simulator.css';

// xterm.js is the heaviest thing on the page and the last thing a person
// looks at: it loads after the diagram has been drawn.
const TerminalPanel = lazy(() => import('../terminal/TerminalPanel').then((m) => ({ default: m.TerminalPanel })));

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
  return (
    <div className="simulator">
      <header className="sim-head">
        <h1>Simulator</h1>
        <p className="lede">
          Watch a message travel from Alice&rsquo;s user agent to Bob&rsquo;s mailbox, one event at a time: TCP, DNS and every
          SMTP line, coloured by <span className="part-envelope">envelope</span>, <span className="part-header">headers</span>{' '}
          and <span className="part-body">body</span>.
        </p>
        <ScenarioPicker />
      </header>
      <TopologyPanel />
      <Timeline />
      <div className="sim-grid">
        <Inspector />
        <Suspense fallback={<section className="panel terminal-panel" aria-label="Terminal" aria-busy="true" />}>
          <TerminalPanel />
        </Suspense>
      </div>
      <section className="panel" aria-label="Alice's user agent, the mailboxes and the faults">
        <Tabs
          label="User agent, mailboxes and faults"
          tabs={[
            { id: 'compose', label: 'Compose', content: <ComposeForm /> },
            { id: 'mailboxes', label: 'Mailboxes', content: <MailboxesPanel /> },
            { id: 'faults', label: 'Faults', content: <FaultsPanel /> },
          ]}
        />
      </section>
    </div>
  );
}
