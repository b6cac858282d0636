// Reading the receipt's code with the camera (the browser's BarcodeDetector). Loaded when the citizen
// presses "Scan", so the lookup page does not download it.

/** What `BarcodeDetector` offers (not yet in TypeScript's DOM types). */
interface Detector {
  detect(source: CanvasImageSource): Promise<{ rawValue: string }[]>;
}
export type DetectorCtor = new (options: { formats: string[] }) => Detector;

/** The first code seen in `video`, four times a second, until one is found or `scanning()` turns false. */
export async function readCode(video: HTMLVideoElement, Ctor: DetectorCtor, scanning: () => boolean): Promise<string | undefined> {
  await video.play().catch(() => undefined);
  const detector = new Ctor({ formats: ['qr_code', 'code_128', 'code_39', 'data_matrix'] });
  while (scanning()) {
    const codes = await detector.detect(video).catch(() => []);
    if (codes.length) return codes[0].rawValue;
    await new Promise((r) => setTimeout(r, 250));
  }
  return undefined;
}
