import { officialBody, openAiFormatBody } from './openai-shapes';
import type { RenderContext } from './render-context';
import { resellerBody } from './reseller-shape';

export function renderTask(ctx: RenderContext): object {
  switch (ctx.entry.family) {
    case 'reseller':
      return resellerBody(ctx);
    case 'openai-format':
      return openAiFormatBody(ctx);
    case 'official':
      return officialBody(ctx);
  }
}
