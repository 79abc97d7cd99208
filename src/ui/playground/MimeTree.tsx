// The MIME tree: each part's type, transfer encoding, charset, size and
// filename. Selecting a part highlights its bytes in the raw source.
import type { PartView } from '../../store/playgroundMime';
import { formatSize } from './size';
import { hasBidiControls, showBidiControls } from '../../core/mime/bidi';

type Props = { root: PartView; selected: string; onSelect(path: string): void };

export function MimeTree({ root, selected, onSelect }: Props) {
  return (
    <ul className="pg-tree" aria-label="MIME tree">
      <TreeNode part={root} selected={selected} onSelect={onSelect} />
    </ul>
  );
}

function TreeNode({ part, selected, onSelect }: { part: PartView; selected: string; onSelect(path: string): void }) {
  const kind = part.contentType.split('/')[0];
  return (
    <li>
      <button
        type="button"
        className={`pg-node type-${kind}`}
        aria-current={part.path === selected ? 'true' : undefined}
        onClick={() => onSelect(part.path)}
      >
        <span className="pg-node-type">{part.contentType}</span>
        <span className="pg-node-facts">
          {part.path === '' ? 'message' : `part ${part.path}`}
          {!part.contentType.startsWith('multipart/') && <> · {part.transferEncoding}</>}
          {part.params.charset && <> · {part.params.charset}</>}
          {' · '}
          {formatSize(part.bodyEnd - part.bodyStart)}
        </span>
        {part.filename && <FileName name={part.filename} />}
      </button>
      {part.children.length > 0 && (
        <ul>
          {part.children.map((c) => (
            <TreeNode key={c.path} part={c} selected={selected} onSelect={onSelect} />
          ))}
        </ul>
      )}
    </li>
  );
}

/** A file name as stored, bidi controls shown as marks (a hidden U+202E makes "fdp.exe" read "exe.pdf"). */
export function FileName({ name }: { name: string }) {
  const tricked = hasBidiControls(name);
  return (
    <span className={tricked ? 'pg-node-file pg-bidi' : 'pg-node-file'} title={tricked ? 'This name holds bidirectional controls, shown as ⟨…⟩; they are removed when it is saved.' : undefined}>
      {showBidiControls(name)}
    </span>
  );
}
