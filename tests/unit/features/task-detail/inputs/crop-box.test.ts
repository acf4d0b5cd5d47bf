import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { describeCrop, readCropBox } from '../../../../../src/features/task-detail/inputs/crop-box';

const text = 'as sent';
const portrait = { width: 352, height: 640 };

describe('readCropBox', () => {
  it('null bounds are the whole image', () => {
    expect(readCropBox(undefined)).toEqual({ kind: 'whole' });
    expect(describeCrop({ kind: 'whole' })).toBe('Crop: none, the whole image');
  });

  it('fractions are drawn as they are', () => {
    const reading = readCropBox({ left: 0.1, top: 0.2, right: 0.8, bottom: 0.9, text });
    expect(reading).toEqual({
      kind: 'box',
      box: { left: 0.1, top: 0.2, right: 0.8, bottom: 0.9 },
      pixels: undefined,
      clipped: false,
    });
    expect(describeCrop(reading)).toBe(
      'Crop: 10\u00a0%–80\u00a0% across, 20\u00a0%–90\u00a0% down',
    );
  });

  it('pixels wait for the image size, then become fractions of it', () => {
    const bounds = { left: 35.2, top: 128, right: 281.6, bottom: 576, text };
    expect(readCropBox(bounds)).toEqual({
      kind: 'pixels-unsized',
      pixels: { left: 35.2, top: 128, right: 281.6, bottom: 576 },
    });
    const reading = readCropBox(bounds, portrait);
    expect(reading.kind === 'box' && reading.box).toEqual({
      left: 0.1,
      top: 0.2,
      right: 0.8,
      bottom: 0.9,
    });
  });

  it('pixels beyond the image are clipped to it, and said to be', () => {
    const reading = readCropBox({ left: 176, top: 320, right: 704, bottom: 1280, text }, portrait);
    expect(reading).toMatchObject({ kind: 'box', clipped: true, box: { right: 1, bottom: 1 } });
    expect(describeCrop(reading, portrait)).toMatch(/partly outside the image\)$/);
  });

  it('missing, negative or inside-out bounds are not understood and keep their text', () => {
    for (const bounds of [
      { text },
      { left: 0.1, top: 0.2, right: 0.8, text },
      { left: -0.1, top: 0.2, right: 0.8, bottom: 0.9, text },
      { left: 0.8, top: 0.2, right: 0.1, bottom: 0.9, text },
      { left: 0.1, top: 0.9, right: 0.8, bottom: 0.9, text },
    ]) {
      expect(readCropBox(bounds, portrait)).toEqual({ kind: 'unrecognised', text });
    }
  });

  /** Two different numbers from `value`, the smaller first. */
  const span = (value: fc.Arbitrary<number>) =>
    fc
      .tuple(value, value)
      .filter(([a, b]) => a !== b)
      .map(([a, b]) => [Math.min(a, b), Math.max(a, b)] as const);
  const fraction = fc.double({ min: 0, max: 1, noNaN: true });
  /** Pixels as providers send them: to a tenth of a pixel, up to twice the image's size. */
  const pixel = (max: number) => fc.integer({ min: 0, max: max * 20 }).map((tenths) => tenths / 10);

  it('any box of fractions is drawn exactly as sent', () => {
    fc.assert(
      fc.property(span(fraction), span(fraction), ([left, right], [top, bottom]) => {
        const reading = readCropBox({ left, top, right, bottom, text }, portrait);
        expect(reading).toEqual({
          kind: 'box',
          box: { left, top, right, bottom },
          pixels: undefined,
          clipped: false,
        });
      }),
    );
  });

  it('any box of pixels that starts on the image is drawn within it, clipped when it leaves it', () => {
    // Starts on the image (left < width, top < height), ends anywhere up to twice its size;
    // past 1 in some corner, so these are pixels, not fractions.
    const pixels = fc
      .tuple(span(pixel(portrait.width)), span(pixel(portrait.height)))
      .filter(
        ([[left, right], [top, bottom]]) =>
          left < portrait.width && top < portrait.height && Math.max(right, bottom) > 1,
      );
    fc.assert(
      fc.property(pixels, ([[left, right], [top, bottom]]) => {
        const reading = readCropBox({ left, top, right, bottom, text }, portrait);
        expect(reading).toEqual({
          kind: 'box',
          box: {
            left: left / portrait.width,
            top: top / portrait.height,
            right: Math.min(1, right / portrait.width),
            bottom: Math.min(1, bottom / portrait.height),
          },
          pixels: { left, top, right, bottom },
          clipped: right > portrait.width || bottom > portrait.height,
        });
        expect(describeCrop(reading, portrait).endsWith(', partly outside the image)')).toBe(
          right > portrait.width || bottom > portrait.height,
        );
      }),
    );
  });

  it('whatever the numbers, the reading is a box within the image or not understood', () => {
    const side = fc.double({ min: -10, max: 2000, noNaN: true });
    fc.assert(
      fc.property(side, side, side, side, (left, top, right, bottom) => {
        const reading = readCropBox({ left, top, right, bottom, text }, portrait);
        expect(['box', 'unrecognised']).toContain(reading.kind);
        const box = reading.kind === 'box' ? reading.box : { left: 0, top: 0, right: 1, bottom: 1 };
        expect(0 <= box.left && box.left < box.right && box.right <= 1).toBe(true);
        expect(0 <= box.top && box.top < box.bottom && box.bottom <= 1).toBe(true);
        expect(describeCrop(reading, portrait)).toMatch(/^Crop: /);
      }),
    );
  });
});
