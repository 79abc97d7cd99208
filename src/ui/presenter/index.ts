// Presenter mode (issue 14), for the pages that place it: the Simulator's
// header, and a lesson's. `setPresenterLesson` gives the room the step's task
// and the presenter its notes.
export { PresentButton } from './PresentButton';
export { PresenterBar } from './PresenterBar';
export { present, setPresenterLesson } from './presenting';
