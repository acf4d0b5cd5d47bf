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
}

export const videoWidth = 352;
export const videoHeight = 640;
