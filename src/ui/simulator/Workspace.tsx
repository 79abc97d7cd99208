import { lazy, Suspense, type ReactNode } from 'react';
import { Group, Panel, Separator } from 'react-resizable-panels';
import { useStore } from 'zustand';
import { layoutPrefsStore, type Split as Sizes } from '../../store/layoutPrefs';
import { own } from '../../store/savedState';
import { ACTIONS } from '../../store/simulatorActions';
import { ActionButton } from './ActionButton';
import { ComposeForm } from './ComposeForm';
import { FaultsPanel } from './FaultsPanel';
import { Inspector } from './Inspector';
import { MailboxesPanel } from './MailboxesPanel';
import { NarrowWorkspace } from './NarrowWorkspace';
import { Tabs } from './Tabs';
import { EventsPane, Transport } from './Timeline';
import { TopologyLegend, TopologyPanel } from './TopologyPanel';
import { useMediaQuery } from './useMediaQuery';
import { SplitPanel, type PanelSpec } from './WorkspacePanel';

// xterm.js is the heaviest thing on the page: it loads after the diagram has been drawn.
const TerminalPanel = lazy(() => import('../terminal/TerminalPanel').then((m) => ({ default: m.TerminalPanel })));

/** A panel a page adds to the workspace (a lesson's steps, a presenter's notes). */
export type SidePanel = { title: string; content: ReactNode };

/** Below this width one panel is shown at a time, chosen from a tab bar. */
export const NARROW = '(max-width: 899.98px)';
/**
 * On a phone, which tab is shown is remembered per kind of workspace: the
 * Simulator's own, and one with a page's panel (a lesson, a challenge, the
 * builder), which opens on that panel.
 */
export const PLAIN_WORKSPACE = 'simulator';
export const SIDE_WORKSPACE = 'with-side-panel';

const terminal = (
  <Suspense fallback={<div className="terminal-panel" aria-busy="true" />}>
    <TerminalPanel />
  </Suspense>
);
const MAIL = [
  { id: 'compose', label: 'Compose', content: <ComposeForm /> },
  { id: 'mailboxes', label: 'Mailboxes', content: <MailboxesPanel /> },
  { id: 'faults', label: 'Faults', content: <FaultsPanel /> },
];

const TOPOLOGY: PanelSpec = {
  id: 'topology',
  title: 'Topology',
  extra: <TopologyLegend />,
  content: <TopologyPanel />,
  defaultSize: 50,
};
const TERMINAL: PanelSpec = { id: 'terminal', title: 'Terminal', content: terminal, defaultSize: 50 };
const INSPECTOR: PanelSpec = {
  id: 'inspector',
  title: 'Inspector',
  extra: (
    <span className="ws-tools">
      <ActionButton action={ACTIONS.eavesdropper} />
    </span>
  ),
  content: <Inspector />,
  defaultSize: 38,
};
// The controls stay in view with the panel collapsed: only the tabs below them fold away.
const timelineOf = (mail: typeof MAIL): PanelSpec => ({
  id: 'timeline',
  title: 'Timeline',
  content: (
    <>
      <Transport />
      <Tabs label="Events, user agent, mailboxes and faults" tabs={[{ id: 'events', label: 'Events', content: <EventsPane /> }, ...mail]} />
    </>
  ),
  defaultSize: 62,
  minSize: '30%',
  collapsedSize: '6.25rem',
});

/**
 * The Simulator's one screen: topology and terminal, inspector and
 * timeline, in splits a person can drag or move with the arrow keys, each
 * panel collapsible, the sizes remembered. A page may add its own panel
 * (`side`), shown first; below 900 px the panels become tabs.
 */
export function Workspace({ side, withheld = [] }: { side?: SidePanel; withheld?: readonly string[] }) {
  const narrow = useMediaQuery(NARROW);
  // A lesson may withhold a panel ('compose' …) so the learner does it by hand.
  const mail = MAIL.filter((t) => !withheld.includes(t.id));
  const timeline = timelineOf(mail);
  if (narrow) {
    const phoneTimeline: PanelSpec = { ...timeline, content: <><Transport /><EventsPane /></> };
    const phoneMail: PanelSpec = { id: 'mail', title: 'Mail', content: <Tabs label="User agent, mailboxes and faults" tabs={mail} />, defaultSize: 0 };
    const sidePanel = side && { id: 'side', title: side.title, content: side.content, defaultSize: 0 };
    return <NarrowWorkspace name={side ? SIDE_WORKSPACE : PLAIN_WORKSPACE} panels={[...(sidePanel ? [sidePanel] : []), TOPOLOGY, TERMINAL, INSPECTOR, phoneTimeline, phoneMail]} />;
  }
  const sideSpec: PanelSpec | undefined = side && { id: 'side', title: side.title, content: side.content, defaultSize: 24, minSize: '14%' };
  return (
    <div className="workspace">
      <Split id={side ? 'ws-columns-side' : 'ws-columns'} orientation="horizontal">
        {sideSpec && <SplitPanel spec={sideSpec} />}
        {sideSpec && <Separator className="ws-separator" aria-label={`Resize ${sideSpec.title}`} />}
        <SplitPanelGroup id="left" size={side ? 42 : 56} groups={[TOPOLOGY, TERMINAL]} />
        <Separator className="ws-separator" aria-label="Resize the columns" />
        <SplitPanelGroup id="right" size={side ? 34 : 44} groups={[INSPECTOR, timeline]} />
      </Split>
    </div>
  );
}

/** A group whose sizes are read from and saved to the layout preferences. */
function Split({ id, orientation, children }: { id: string; orientation: 'horizontal' | 'vertical'; children: ReactNode }) {
  const saved = useStore(layoutPrefsStore, (s) => own(s.splits, id) as Sizes | undefined);
  return (
    <Group
      id={id}
      className="ws-split"
      orientation={orientation}
      defaultLayout={saved ? { ...saved } : undefined}
      onLayoutChanged={(layout, meta) => layoutPrefsStore.getState().setSplit(id, meta.requestedLayout ?? layout)}
    >
      {children}
    </Group>
  );
}

/** A column of two panels, one above the other. */
function SplitPanelGroup({ id, size, groups: [top, bottom] }: { id: string; size: number; groups: [PanelSpec, PanelSpec] }) {
  return (
    <ColumnPanel id={id} size={size}>
      <Split id={`ws-${id}`} orientation="vertical">
        <SplitPanel spec={top} />
        <Separator className="ws-separator" aria-label={`Resize ${top.title} and ${bottom.title}`} />
        <SplitPanel spec={bottom} />
      </Split>
    </ColumnPanel>
  );
}

function ColumnPanel({ id, size, children }: { id: string; size: number; children: ReactNode }) {
  return (
    <Panel id={id} className="ws-column" defaultSize={`${size}%`} minSize="25%">
      {children}
    </Panel>
  );
}
