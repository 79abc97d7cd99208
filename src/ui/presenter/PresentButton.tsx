import { present } from './presenting';

/** `Present`: opens the audience window (or, where none can open, the audience view in this tab). */
export function PresentButton() {
  return (
    <button type="button" className="present-button" onClick={present} title="Open the audience view for a projector; this window keeps the controls and your notes">
      Present
    </button>
  );
}
