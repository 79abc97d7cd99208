// A part's decoded content: text as text, HTML in a sandbox, images from
// their decoded bytes, anything else as hex; every leaf downloadable.
import { useEffect, useState } from 'react';
import type { PartView } from '../../store/playgroundMime';
import { usePartContent } from './usePartContent';
import { Busy } from './Busy';
import { HtmlFrame } from './HtmlFrame';
import { download, safeFilename } from './download';
import { hexTable } from './offsets';
import { formatSize } from './size';
import { base64Encode } from '../../core/codec/base64';

/** Image types a browser draws from bytes in an <img> (which never runs script). */
const IMAGES = new Set(['image/png', 'image/jpeg', 'image/gif', 'image/webp', 'image/bmp', 'image/svg+xml']);
const TEXT_LIMIT = 100_000;

export function PartPreview({ source, part }: { source: Uint8Array; part: PartView }) {
  const leaf = part.children.length === 0 && !part.contentType.startsWith('multipart/');
  const { content, busy, failure } = usePartContent(source, part, leaf);
  if (busy || failure) {
    return failure ? <p className="pg-failure">The worker failed: {failure}</p> : <Busy active label="Decoding this part in a background worker…" />;
  }
  if (!content) return <p className="pg-hint">A {part.contentType} holds the parts below it in the tree: pick one to see its content.</p>;
  const name = part.filename ?? `part-${part.path || 'message'}.${part.contentType.startsWith('text/') ? 'txt' : 'bin'}`;
  return (
    <div className="pg-preview">
      <div className="pg-preview-head">
        <span>
          {part.contentType} · {formatSize(content.bytes.length)} decoded
        </span>
        <button type="button" className="pg-button" onClick={() => download(content.bytes, name, part.contentType)}>
          Download {part.filename ? `“${safeFilename(part.filename)}”` : 'this part'}
        </button>
      </div>
      {part.contentType === 'text/html' && content.text !== undefined ? (
        <HtmlFrame html={content.text} title={`HTML of part ${part.path || 'message'}, scripts and remote content blocked`} />
      ) : content.text !== undefined ? (
        <pre className="pg-text pg-output" role="region" aria-label="Part text" tabIndex={0}>
          {content.text.length > TEXT_LIMIT ? `${content.text.slice(0, TEXT_LIMIT)}\n… (more)` : content.text}
        </pre>
      ) : IMAGES.has(part.contentType) ? (
        <BlobImage bytes={content.bytes} type={part.contentType} alt={part.filename ?? `image of part ${part.path}`} />
      ) : (
        <pre className="pg-text pg-output pg-dump" role="region" aria-label="Part bytes" tabIndex={0}>
          {hexTable(content.bytes, 4096)}
          {content.bytes.length > 4096 && '\n…'}
        </pre>
      )}
    </div>
  );
}

function BlobImage({ bytes, type, alt }: { bytes: Uint8Array; type: string; alt: string }) {
  const [url, setUrl] = useState<string>();
  useEffect(() => {
    // An SVG can carry script. In an <img> it never runs, but a blob: URL is
    // this page's origin, so "Open image in new tab" would run it here. A
    // data: URL opens, if at all, in an opaque origin.
    if (type === 'image/svg+xml') {
      setUrl(`data:${type};base64,${base64Encode(bytes)}`);
      return;
    }
    const u = URL.createObjectURL(new Blob([bytes as BlobPart], { type }));
    setUrl(u);
    return () => URL.revokeObjectURL(u);
  }, [bytes, type]);
  return url ? <img className="pg-image" src={url} alt={alt} /> : null;
}
