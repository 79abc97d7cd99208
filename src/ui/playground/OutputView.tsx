// The `Output` pane: read-only text with highlights. Selecting text in it
// reports character offsets so the other side can light up its source.
import { useRef } from 'react';
import type { Range } from '../../core';
import { HighlightedText, type Highlight } from './HighlightedText';
import { selectionIn } from './selection';
import { useReveal } from './reveal';

type Props = {
  id: string;
  text: string;
  highlights: Highlight[];
  onSelect(range: Range | undefined): void;
  label?: string;
  className?: string;
};

export function OutputView({ id, text, highlights, onSelect, label = 'Output', className = '' }: Props) {
  const pre = useRef<HTMLPreElement>(null);
  useReveal(pre, JSON.stringify(highlights.filter((h) => h.className !== 'hl-error')));
  const report = () => {
    if (pre.current) onSelect(selectionIn(pre.current));
  };
  return (
    <pre
      id={id}
      ref={pre}
      className={`pg-text pg-output ${className}`}
      role="region"
      aria-label={label}
      tabIndex={0}
      onMouseUp={report}
      onKeyUp={report}
    >
      <HighlightedText text={text} highlights={highlights} />
    </pre>
  );
}
