import { editLesson } from '../../store/builder';
import { builderHash } from '../shell/routes';

/** `Edit` on a built-in lesson or a challenge: the builder opens on a copy in My lessons (the same copy each time). */
export function EditButton({ source, title }: { source: string; title: string }) {
  const edit = () => {
    const id = editLesson(source);
    if (id) window.location.hash = builderHash(id);
  };
  return (
    <button type="button" className="course-edit" onClick={edit}>
      Edit<span className="sr-only"> {title}</span>
    </button>
  );
}
