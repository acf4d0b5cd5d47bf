import type { TaskFamily } from '../catalogue';
import type { StatusWords } from '../task-state';
import { grokUnifiedBody, grokUnifiedWords } from './grok-unified-shape';
import { hostileBody } from './hostile-content';
import { klingBody, klingWords } from './kling-shape';
import { minimaxBody, minimaxWords } from './minimax-shape';
import { newApiFlatBody, newApiFlatWords } from './new-api-flat-shape';
import { newApiBody } from './new-api-shape';
import { officialBody, openAiFormatBody } from './openai-shapes';
import { openRouterBody, openRouterWords } from './openrouter-shape';
import type { RenderContext } from './render-context';
import { resellerBody } from './reseller-shape';
import { seedanceBody, seedanceWords } from './seedance-shape';
import { veoOpenAiStyleBody, veoOpenAiStyleWords } from './veo-openai-style-shape';
import { veoUnifiedBody } from './veo-unified-shape';
import { wanBody, wanWords } from './wan-shape';

export interface FamilyShape {
  render: (ctx: RenderContext) => object;
  /**
   * The family's word per state, where one table says it all; the end states a family has are
   * those it has a word for. Families whose words depend on more than the state have none here.
   */
  words?: StatusWords;
}

export const familyShapes: Record<TaskFamily, FamilyShape> = {
  reseller: { render: resellerBody },
  'openai-format': { render: openAiFormatBody },
  official: { render: officialBody },
  'veo-openai-style': { render: veoOpenAiStyleBody, words: veoOpenAiStyleWords },
  'veo-unified': { render: veoUnifiedBody },
  'grok-unified': { render: grokUnifiedBody, words: grokUnifiedWords },
  'new-api': { render: newApiBody },
  'new-api-flat': { render: newApiFlatBody, words: newApiFlatWords },
  seedance: { render: seedanceBody, words: seedanceWords },
  kling: { render: klingBody, words: klingWords },
  wan: { render: wanBody, words: wanWords },
  minimax: { render: minimaxBody, words: minimaxWords },
  openrouter: { render: openRouterBody, words: openRouterWords },
};

export function renderTask(ctx: RenderContext): object {
  const body = familyShapes[ctx.entry.family].render(ctx);
  return ctx.entry.hostile ? hostileBody(ctx.entry.hostile, body) : body;
}
