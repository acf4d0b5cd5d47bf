import { useId, useState } from 'react';
import type { CropBounds } from '../../../domain/readers/read-inpaint';
import { t } from '../../../lib/i18n';
import { describeCrop, readCropBox, type ImageSize } from './crop-box';

interface CropOverlayProps {
  imageUrl: string | undefined;
  alt: string;
  cropBounds: CropBounds | undefined;
}

/**
 * The input image with its crop drawn over it: the box outlined, the rest dimmed. The caption
 * says the same in words, so the drawing is never the only way to learn where the crop is.
 */
export function CropOverlay({ imageUrl, alt, cropBounds }: CropOverlayProps) {
  // View state: the picture's own size, known once it loads (pixel bounds need it).
  const [size, setSize] = useState<ImageSize | undefined>(undefined);
  const reading = readCropBox(cropBounds, size);
  const caption = describeCrop(reading, size);
  // Named by the crop sentence explicitly: not every accessibility API names a figure from
  // its figcaption.
  const captionId = useId();

  return (
    <figure aria-labelledby={captionId} className="w-40 shrink-0 space-y-1">
      {imageUrl ? (
        <div className="relative overflow-hidden rounded ring-1 ring-slate-200">
          <img
            src={imageUrl}
            alt={alt}
            className="block w-40"
            referrerPolicy="no-referrer"
            onLoad={(event) => {
              const { naturalWidth: width, naturalHeight: height } = event.currentTarget;
              if (width > 0 && height > 0) setSize({ width, height });
            }}
          />
          {reading.kind === 'box' ? (
            <div
              aria-hidden="true"
              className="absolute border-2 border-amber-400 shadow-[0_0_0_999px_rgb(15_23_42/0.45)]"
              style={{
                left: `${reading.box.left * 100}%`,
                top: `${reading.box.top * 100}%`,
                width: `${(reading.box.right - reading.box.left) * 100}%`,
                height: `${(reading.box.bottom - reading.box.top) * 100}%`,
              }}
            />
          ) : null}
        </div>
      ) : (
        <div className="flex h-32 w-40 items-center justify-center rounded bg-slate-200 text-xs text-slate-600">
          {t('No image')}
        </div>
      )}
      <figcaption className="space-y-0.5 text-xs text-slate-600">
        <span id={captionId} className="block">
          {caption}
        </span>
        {reading.kind === 'unrecognised' ? (
          <code className="block font-mono break-all text-slate-800">{reading.text}</code>
        ) : null}
        <span className="block text-slate-500">
          {imageUrl ? t('Input image matched by position') : t('No input image at this position')}
        </span>
      </figcaption>
    </figure>
  );
}
