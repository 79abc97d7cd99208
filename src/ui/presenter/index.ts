// Presenter mode (issue 14), for the pages that place it: the Simulator's
// header, and a lesson's (whose runner gives the room the step's task and
// predictions, and the presenter its notes: store/lessonsRunner.ts).
export { PresentButton } from './PresentButton';
export { PresenterBar } from './PresenterBar';
export { present } from './presenting';
