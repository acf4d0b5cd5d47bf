import type { CatalogueEntry } from '../catalogue';
import type { TaskPhase } from '../timeline';

export interface RenderContext {
  /** The id as requested, echoed in the body. */
  id: string;
  entry: CatalogueEntry;
  phase: TaskPhase;
  /** Real epoch ms when the task was created (first asked for). */
  createdAt: number;
  /** The request's own origin, so media URLs point back at whoever served the body. */
  origin: string;
  /** Which answer this is since the task was done: 1 for the first, 0 while not done. */
  doneAnswer: number;
}

export const videoWidth = 352;
export const videoHeight = 640;
/** `media/demo.mp4` has 96 frames at 24 fps (4 s); frame indices in bodies stay within 0-95. */
export const demoFrames = 96;
