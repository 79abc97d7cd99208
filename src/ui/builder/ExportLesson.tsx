// Export a finished lesson (issue 16 §2, through "Share, export, import"):
// a link that adds it to My lessons wherever it is opened, or a `.json`
// file that Import lesson reads. The codec loads on the first press.
import { useState } from 'react';
import type { Lesson } from '../../core/lessons/index';
import { utf8Bytes } from '../../core/mime/bytes';
import { download } from '../playground/download';
import { copyLink, LinkField, type MadeLink } from '../share/LinkField';

export function ExportLesson({ lesson, ready }: { lesson: Lesson; ready: boolean }) {
  const [shown, setShown] = useState<MadeLink | undefined>();
  const link = async () => {
    try {
      const [{ lessonLink }, { deflateRaw }] = await Promise.all([import('../../core/share/index'), import('../share/compression')]);
      setShown(await copyLink(`${window.location.href.replace(/#.*$/, '')}${await lessonLink(lesson, deflateRaw)}`));
    } catch {
      setShown({ kind: 'failed' });
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
      {shown && <LinkField made={shown} className="bd-field" copied="Link copied to the clipboard. Whoever opens it gets the lesson in My lessons." />}
    </section>
  );
}
