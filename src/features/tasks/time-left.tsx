import type { Task } from '../../domain/task-model';
import { useRowEta } from './use-row-eta';

/** A row's time left in a few words ("4–6 min left", "usually 2–4 min · 1–3 min left"). */
export function TimeLeft({ task }: { task: Task }) {
  const text = useRowEta(task);
  return text ? <span className="text-xs text-slate-600">{text}</span> : null;
}
