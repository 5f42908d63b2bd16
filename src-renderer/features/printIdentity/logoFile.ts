import { LOGO_CHOICE_TYPES, MAX_LOGO_BYTES, logoIssue } from '@shared/domain/logo';
import type { LogoIssue } from '@shared/domain/logo';

/** The longest side of a logo drawn from an SVG or made smaller to fit the size cap: sharp on paper at 50 mm. */
const SIDES = [1200, 800, 500];

function readAsDataUrl(file: Blob): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result));
    reader.onerror = () => reject(reader.error ?? new Error('read'));
    reader.readAsDataURL(file);
  });
}

async function loadImage(src: string): Promise<HTMLImageElement> {
  const img = new Image();
  img.src = src;
  await img.decode();
  return img;
}

/** The picture redrawn as a PNG with its longest side `side` (an SVG as an image: its scripts never run). */
function redraw(img: HTMLImageElement, side: number): string {
  const w = img.naturalWidth || 600;
  const h = img.naturalHeight || 300;
  const scale = side / Math.max(w, h);
  const canvas = document.createElement('canvas');
  canvas.width = Math.max(1, Math.round(w * scale));
  canvas.height = Math.max(1, Math.round(h * scale));
  const ctx = canvas.getContext('2d');
  if (!ctx) throw new Error('canvas');
  ctx.drawImage(img, 0, 0, canvas.width, canvas.height);
  return canvas.toDataURL('image/png');
}

/**
 * A chosen file as the logo Settings keeps: a PNG or JPEG as it is when within the cap, else redrawn smaller; an
 * SVG always redrawn as a PNG, so that nothing of the SVG itself (scripts, links, styles) is ever stored. Returns the
 * data URL or why it cannot be used.
 */
export async function logoFromFile(file: File): Promise<{ dataUrl: string } | { issue: LogoIssue }> {
  if (!LOGO_CHOICE_TYPES.some((type) => type === file.type)) return { issue: 'type' };
  const original = await readAsDataUrl(file);
  if (file.type !== 'image/svg+xml' && file.size <= MAX_LOGO_BYTES) {
    const issue = logoIssue(original);
    return issue === null ? { dataUrl: original } : { issue };
  }
  let img: HTMLImageElement;
  try {
    img = await loadImage(original);
  } catch {
    return { issue: 'content' };
  }
  for (const side of SIDES) {
    const dataUrl = redraw(img, side);
    if (logoIssue(dataUrl) === null) return { dataUrl };
  }
  return { issue: 'size' };
}
