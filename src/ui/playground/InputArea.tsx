// The `Input` text area. Highlights are drawn on a backdrop behind the
// transparent text area, in the same font and wrapping, so a step or a
// selection on the other side lights up the characters it came from.
import { useRef, type ChangeEvent } from 'react';
import type { Range } from '../../core';
import { HighlightedText, type Highlight } from './HighlightedText';
import { useReveal } from './reveal';

type Props = {
  id: string;
  value: string;
  onChange(value: string): void;
  highlights: Highlight[];
  onSelect(range: Range | undefined): void;
  placeholder?: string;
  readOnly?: boolean;
  describedBy?: string;
};

export function InputArea({ id, value, onChange, highlights, onSelect, placeholder, readOnly, describedBy }: Props) {
  const backdrop = useRef<HTMLDivElement>(null);
  const area = useRef<HTMLTextAreaElement>(null);
  useReveal(backdrop, JSON.stringify(highlights.filter((h) => h.className !== 'hl-error')), undefined, area);
  const syncScroll = (e: { currentTarget: HTMLTextAreaElement }) => {
    if (backdrop.current) backdrop.current.scrollTop = e.currentTarget.scrollTop;
  };
  const report = (e: { currentTarget: HTMLTextAreaElement }) => {
    const { selectionStart, selectionEnd } = e.currentTarget;
    onSelect(selectionEnd > selectionStart ? { start: selectionStart, end: selectionEnd } : undefined);
  };
  return (
    <div className="pg-input">
      <div className="pg-backdrop pg-text" ref={backdrop} aria-hidden="true" data-testid={`${id}-input-marks`}>
        <HighlightedText text={value} highlights={highlights} />
        {'\n'}
      </div>
      <textarea
        id={id}
        ref={area}
        className="pg-text"
        value={value}
        spellCheck={false}
        autoComplete="off"
        placeholder={placeholder}
        readOnly={readOnly}
        aria-describedby={describedBy}
        onChange={(e: ChangeEvent<HTMLTextAreaElement>) => onChange(e.target.value)}
        onScroll={syncScroll}
        onSelect={report}
        onBlur={() => onSelect(undefined)}
      />
    </div>
  );
}
