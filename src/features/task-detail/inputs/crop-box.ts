// Where an inpaint item's crop sits on its input image, and how to say it in words. Providers
// send the box as fractions (0-1) or as pixels of the image; pixels need the image's natural
// size, which is only known once the picture has loaded.
import type { CropBounds } from '../../../domain/readers/read-inpaint';
import { t } from '../../../lib/i18n';

export interface ImageSize {
  width: number;
  height: number;
}

/** A box as fractions of the image, left < right and top < bottom, all within 0-1. */
interface FractionBox {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

export type CropReading =
  | { kind: 'whole' }
  | { kind: 'unrecognised'; text: string }
  /** Pixels, but the image's size is not known (yet): nothing can be drawn. */
  | { kind: 'pixels-unsized'; pixels: FractionBox }
  | { kind: 'box'; box: FractionBox; pixels: FractionBox | undefined; clipped: boolean };

const clamp01 = (value: number) => Math.min(1, Math.max(0, value));

export function readCropBox(bounds: CropBounds | undefined, size?: ImageSize): CropReading {
  if (!bounds) return { kind: 'whole' };
  const { left, top, right, bottom, text } = bounds;
  if (left === undefined || top === undefined || right === undefined || bottom === undefined) {
    return { kind: 'unrecognised', text };
  }
  if (Math.min(left, top, right, bottom) < 0 || right <= left || bottom <= top) {
    return { kind: 'unrecognised', text };
  }
  const corners = { left, top, right, bottom };
  if (Math.max(left, top, right, bottom) <= 1) {
    return { kind: 'box', box: corners, pixels: undefined, clipped: false };
  }
  if (!size || size.width <= 0 || size.height <= 0) {
    return { kind: 'pixels-unsized', pixels: corners };
  }
  const box = {
    left: clamp01(left / size.width),
    top: clamp01(top / size.height),
    right: clamp01(right / size.width),
    bottom: clamp01(bottom / size.height),
  };
  if (box.right <= box.left || box.bottom <= box.top) return { kind: 'unrecognised', text };
  return {
    kind: 'box',
    box,
    pixels: corners,
    clipped: right > size.width || bottom > size.height,
  };
}

// A no-break space keeps "10 %" on one line.
// Pixels as the provider counts them, without grouping ("1280", as the dimensions show).
const percent = (fraction: number) => `${Number((fraction * 100).toFixed(1))}\u00a0%`;
const pixelNumber = (value: number) => String(Number(value.toFixed(1)));

/** The crop in words, for the figure's caption (and so for screen readers). */
export function describeCrop(reading: CropReading, size?: ImageSize): string {
  switch (reading.kind) {
    case 'whole':
      return t('Crop: none, the whole image');
    case 'unrecognised':
      return t('Crop: not understood, shown as sent');
    case 'pixels-unsized': {
      const { left, top, right, bottom } = reading.pixels;
      return t(
        "Crop: pixels {left}–{right} across, {top}–{bottom} down (not drawn until the image's size is known)",
        {
          left: pixelNumber(left),
          right: pixelNumber(right),
          top: pixelNumber(top),
          bottom: pixelNumber(bottom),
        },
      );
    }
    case 'box': {
      const { left, top, right, bottom } = reading.box;
      const box = {
        left: percent(left),
        right: percent(right),
        top: percent(top),
        bottom: percent(bottom),
      };
      if (!reading.pixels || !size) {
        return t('Crop: {left}–{right} across, {top}–{bottom} down', box);
      }
      const px = reading.pixels;
      const values = {
        ...box,
        pixelLeft: pixelNumber(px.left),
        pixelRight: pixelNumber(px.right),
        pixelTop: pixelNumber(px.top),
        pixelBottom: pixelNumber(px.bottom),
        width: String(size.width),
        height: String(size.height),
      };
      return reading.clipped
        ? t(
            'Crop: {left}–{right} across, {top}–{bottom} down (pixels {pixelLeft}–{pixelRight} × {pixelTop}–{pixelBottom} of {width} × {height}, partly outside the image)',
            values,
          )
        : t(
            'Crop: {left}–{right} across, {top}–{bottom} down (pixels {pixelLeft}–{pixelRight} × {pixelTop}–{pixelBottom} of {width} × {height})',
            values,
          );
    }
  }
}
