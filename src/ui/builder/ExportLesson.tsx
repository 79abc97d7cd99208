// Export a finished lesson (issue 16 §2, through "Share, export, import"):
// a link that adds it to My lessons wherever it is opened, or a `.json`
// file that Import lesson reads. The codec loads on the first press.
import { useState } from 'react';
import type { Lesson } from '../../core/lessons/index';
import { utf8Bytes } from '../../core/mime/bytes';
import { download } from '../playground/download';

type Shown = { url: string; copied: boolean } | { failed: true };

export function ExportLesson({ lesson, ready }: { lesson: Lesson; ready: boolean }) {
  const [shown, setShown] = useState<Shown | undefined>();
  const link = async () => {
    try {
      const [{ lessonLink }, { deflateRaw }] = await Promise.all([import('../../core/share/index'), import('../share/compression')]);
      const url = `${window.location.href.replace(/#.*$/, '')}${await lessonLink(lesson, deflateRaw)}`;
      const copied = await navigator.clipboard.writeText(url).then(
        () => true,
        () => false,
      );
      setShown({ url, copied });
    } catch {
      setShown({ failed: true });
    }
  };
  const file = async () => {
    const { lessonFileText } = await import('../../core/share/index');
    download(utf8Bytes(lessonFileText(lesson)), `${lesson.id}.smtplab-lesson.json`, 'application/json');
  };
  return (
    <section className="bd-export" aria-label="Export">
      <h3>Export</h3>
      {!ready && <p className="bd-note">Export is ready once the checklist is complete and Test passed.</p>}
      <div className="lp-actions">
        <button type="button" disabled={!ready} onClick={() => void link()}>
          Share link
        </button>
        <button type="button" disabled={!ready} onClick={() => void file()}>
          Download .json
        </button>
      </div>
      {shown && 'url' in shown && (
        <>
          <label className="bd-field">
            Link <input type="text" readOnly value={shown.url} autoFocus onFocus={(e) => e.currentTarget.select()} />
          </label>
          <p role="status">{shown.copied ? 'Link copied to the clipboard. Whoever opens it gets the lesson in My lessons.' : 'Copy the link from the field (the clipboard was not available).'}</p>
        </>
      )}
      {shown && 'failed' in shown && <p role="status">The link could not be made; try again.</p>}
    </section>
  );
}
