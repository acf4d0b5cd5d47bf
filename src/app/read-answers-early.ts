// Imported first by main.tsx, so that IndexedDB reads the last answers while the rest of the
// app's code is still being evaluated: the first render waits for them (see answer-memory.ts).
import { lastAnswers } from '../stores/last-answers';

void lastAnswers().load();
