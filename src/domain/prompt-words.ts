import type { Task } from './task-model';

export interface PromptTexts {
  /** The prompt as submitted, when the provider sent it. */
  prompt: string | undefined;
  /** The provider's rewrite of it (Veo's enhanced prompt, Wan's actual prompt), when it differs. */
  rewrite: string | undefined;
}

/**
 * The prompt and the provider's rewrite, each shown once. When a provider sent only its
 * rewrite (Grok's unified answers), the model reads it as the prompt too: it is shown as the
 * rewrite, not passed off as what the person typed.
 */
export function promptTexts({
  prompt,
  enhancedPrompt,
}: Pick<Task, 'prompt' | 'enhancedPrompt'>): PromptTexts {
  if (enhancedPrompt === undefined) return { prompt, rewrite: undefined };
  return { prompt: prompt === enhancedPrompt ? undefined : prompt, rewrite: enhancedPrompt };
}
