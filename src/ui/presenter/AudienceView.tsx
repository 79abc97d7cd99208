import { TopologyPanel } from '../simulator/TopologyPanel';
import { useSimulator } from '../simulator/useSimulator';
import { roomLines } from './transcriptLines';
import { RevealAnnouncer } from './RevealAnnouncer';
import { commandLine, replyLine, useMoment, usePresenter, type Moment } from './useStage';
import './presenter.css';

/** Lines of terminal the projector shows: what fits at the largest text size at 720 p. */
const TERMINAL_LINES = 14;

/**
 * What the room sees, large and calm: the topology with its packet, the
 * terminal with `C:` and `S:` marks, the current event's explanation as a
 * caption, a lesson's task, and the prediction when one is asked. No
 * controls: the drawing is inert, so nothing on the projector takes focus.
 */
export function AudienceView() {
  const blackout = usePresenter((s) => s.blackout);
  const scale = usePresenter((s) => s.scale);
  const task = usePresenter((s) => s.lesson.task);
  const position = useSimulator((s) => s.position);
  const length = useSimulator((s) => s.timeline.log.length);
  const moment = useMoment();

  if (blackout) {
    return (
      <div className="audience audience-blackout" data-position={position} data-blackout="true">
        <p>Eyes on the presenter</p>
      </div>
    );
  }
  return (
    <div className="audience" style={{ '--room-scale': scale } as React.CSSProperties} data-position={position}>
      {task && (
        <p className="room-task">
          <strong>Your task:</strong> {task}
        </p>
      )}
      <div className="room-stage">
        <div className="room-topology" inert>
          <TopologyPanel />
        </div>
        <RoomTerminal moment={moment} />
      </div>
      {moment ? <RoomPrediction moment={moment} /> : <Caption />}
      <RevealAnnouncer moment={moment} />
      <p className="room-position">
        Event {position} of {length}
      </p>
    </div>
  );
}

function RoomTerminal({ moment }: { moment: Moment }) {
  const host = useSimulator((s) => s.selectedHost);
  const screen = useSimulator((s) => (Object.hasOwn(s.world.hosts, s.selectedHost) ? s.world.hosts[s.selectedHost]!.shell.screen : ''));
  const lines = roomLines(screen, TERMINAL_LINES);
  return (
    <section className="room-terminal" aria-label={`Terminal of ${host}`}>
      <h2>{host}</h2>
      <pre data-testid="room-terminal">
        {lines.map((l, i) => (
          <span key={i} className={l.who ? `room-${l.who}` : undefined}>
            {l.who && <b>{l.who}: </b>}
            {l.text}
            {'\n'}
          </span>
        ))}
        {moment?.kind === 'asking' && (
          <span className="room-S room-unknown">
            <b>S: </b>???{'\n'}
          </span>
        )}
      </pre>
    </section>
  );
}

function Caption() {
  const event = useSimulator((s) => (s.position > 0 ? s.timeline.log[s.position - 1] : undefined));
  return (
    <p className="room-caption" data-testid="room-caption">
      {event ? <><strong>{event.summary}</strong> {event.explanation}</> : 'Nothing has happened yet.'}
    </p>
  );
}

/** The question before the reply, the candidates (lettered, so no answer is told by colour), then the verdict. */
function RoomPrediction({ moment }: { moment: NonNullable<Moment> }) {
  const { stop } = moment;
  const real = stop.exchange.reply.code;
  const answered = moment.kind === 'answered';
  return (
    <section className={answered ? 'room-prediction answered' : 'room-prediction'} aria-label="Predict the reply">
      <p className="room-question">
        <b>C:</b> {commandLine(stop)} <span className="room-to">to {stop.exchange.server}</span>
        <br />
        <b>S:</b> {answered ? replyLine(stop) : '???'}
      </p>
      <ol className="room-candidates">
        {stop.candidates.map((code, i) => (
          <li key={code} className={answered && code === real ? 'right' : undefined}>
            <span className="room-letter">{'ABCD'[i]}</span> {code}
            {answered && code === real && <span className="room-verdict"> ✓ the reply</span>}
          </li>
        ))}
      </ol>
      {answered && (
        <p className="room-why">
          {stop.why} <cite>{stop.rfc}</cite>
        </p>
      )}
    </section>
  );
}
