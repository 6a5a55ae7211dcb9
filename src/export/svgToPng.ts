/**
 * Browser only. Rasterise a standalone SVG (see standaloneSvg) to PNG, for
 * slides and documents that take no SVG. The SVG is drawn as an image, which
 * browsers sandbox (no scripts, no external loads), onto a canvas `scale`
 * times its size so text stays sharp on high-density screens and in print.
 */

/** Browsers refuse canvases beyond about this many pixels a side (Safari's area limit is lower still). */
const MAX_SIDE = 16384;
const MAX_AREA = 16_777_216;

export async function svgToPng(svg: string, width: number, height: number, scale = 2): Promise<Blob> {
  const w = Math.round(width * scale);
  const h = Math.round(height * scale);
  if (!(w > 0 && h > 0) || w > MAX_SIDE || h > MAX_SIDE || w * h > MAX_AREA) {
    throw new Error(`svgToPng: a ${w}×${h} pixel image is outside what browsers can draw; try a smaller scale`);
  }
  // The picture's text uses system fonts, but wait for the page's fonts anyway so none is mid-load while drawing.
  await document.fonts?.ready;
  const url = URL.createObjectURL(new Blob([svg], { type: 'image/svg+xml;charset=utf-8' }));
  try {
    const image = new Image(w, h);
    await new Promise<void>((resolve, reject) => {
      image.onload = () => resolve();
      image.onerror = () => reject(new Error('svgToPng: the browser could not read the SVG as an image'));
      image.src = url;
    });
    const canvas = document.createElement('canvas');
    canvas.width = w;
    canvas.height = h;
    const context = canvas.getContext('2d');
    if (!context) throw new Error('svgToPng: this browser gave no 2D canvas to draw on');
    context.drawImage(image, 0, 0, w, h);
    return await new Promise<Blob>((resolve, reject) => {
      try {
        canvas.toBlob((blob) => (blob ? resolve(blob) : reject(new Error('svgToPng: the browser could not encode the PNG'))), 'image/png');
      } catch (e) {
        // A canvas the browser considers tainted throws here (SecurityError).
        reject(new Error(`svgToPng: the browser refused to export the canvas (${e instanceof Error ? e.message : String(e)})`));
      }
    });
  } finally {
    URL.revokeObjectURL(url);
  }
}
