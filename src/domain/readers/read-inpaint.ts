// Inpaint items (the reseller Sora shape's image-to-video inputs) and their crop boxes.
import { asArray, asNumber, asText, isObject } from '../../lib/json-reader';

export interface CropBounds {
  left?: number;
  top?: number;
  right?: number;
  bottom?: number;
  /** The bounds exactly as the provider sent them, for display when the keys are unfamiliar. */
  text: string;
}

export interface InpaintItem {
  type: string | undefined;
  frameIndex: number | undefined;
  sourceStartFrame: number | undefined;
  sourceEndFrame: number | undefined;
  cropBounds: CropBounds | undefined;
  uploadMediaId: string | undefined;
  uploadedFileId: string | undefined;
  generationId: string | undefined;
  cameoFileId: string | undefined;
  presetId: string | undefined;
  /** The input image this item most likely refers to (same position; not guaranteed). */
  imageUrl: string | undefined;
}

function readCropBounds(value: unknown): CropBounds | undefined {
  if (value === null || value === undefined) return undefined;
  const text = JSON.stringify(value);
  if (Array.isArray(value) && value.length === 4 && value.every((n) => typeof n === 'number')) {
    const [left, top, right, bottom] = value as number[];
    return { left, top, right, bottom, text };
  }
  if (!isObject(value)) return { text };
  const left = asNumber(value['left'] ?? value['x0'] ?? value['x']);
  const top = asNumber(value['top'] ?? value['y0'] ?? value['y']);
  // Some boxes come as an origin and a size (`x, y, width, height`) instead of two corners.
  const width = asNumber(value['width'] ?? value['w']);
  const height = asNumber(value['height'] ?? value['h']);
  return {
    left,
    top,
    right:
      asNumber(value['right'] ?? value['x1']) ??
      (left !== undefined && width !== undefined ? left + width : undefined),
    bottom:
      asNumber(value['bottom'] ?? value['y1']) ??
      (top !== undefined && height !== undefined ? top + height : undefined),
    text,
  };
}

export function readInpaintItems(value: unknown, images: string[]): InpaintItem[] {
  return asArray(value)
    .filter(isObject)
    .map((item, index) => ({
      type: asText(item['type']),
      frameIndex: asNumber(item['frame_index']),
      sourceStartFrame: asNumber(item['source_start_frame']),
      sourceEndFrame: asNumber(item['source_end_frame']),
      cropBounds: readCropBounds(item['crop_bounds']),
      uploadMediaId: asText(item['upload_media_id']),
      uploadedFileId: asText(item['uploaded_file_id']),
      generationId: asText(item['generation_id']),
      cameoFileId: asText(item['cameo_file_id']),
      presetId: asText(item['preset_id']),
      imageUrl: images[index],
    }));
}
