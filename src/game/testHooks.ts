/**
 * TEST HOOK. Read-only facts about the page for the browser tests (test/browser) and the benchmark
 * (bench/), published on `window.__accord`. The app itself never reads them; they reveal nothing a
 * player could not see on the screen (the canvas's texts are what it draws), so shipping them is
 * harmless, and keeping them in one marked place keeps test plumbing out of the screens' logic.
 */
import type { CanvasTextSizes, DrawnLabel, RoomCanvas } from './room/tableScene.ts';
import type { Box } from './geometry.ts';

export interface AccordTestHooks {
  rendererType: () => number;
  /** Every string the table canvas was given since the room opened. */
  drawnTexts: () => string[];
  /** World font sizes on the canvas and its shown width (displayed size = font × cssWidth / worldWidth). */
  canvasTextSizes: () => CanvasTextSizes | null;
  /** The texts on the canvas now, with their boxes in world units (for overlap checks). */
  canvasLabels: () => DrawnLabel[];
  /** The plate drawn over the coalition and trust lines under the centre block's texts, or null. */
  canvasPlate: () => Box | null;
  roomReady: boolean;
}

declare global {
  interface Window {
    /** TEST HOOK: see src/game/testHooks.ts. */
    __accord?: AccordTestHooks;
  }
}

export function publishTestHooks(hooks: AccordTestHooks): void {
  window.__accord = hooks;
}

/** Publishes the hooks of a table canvas (the room's, or a classroom projector's) once it is drawn. */
export function publishCanvasHooks(canvas: () => RoomCanvas | null): void {
  publishTestHooks({
    rendererType: () => canvas()?.rendererType() ?? -1,
    drawnTexts: () => canvas()?.drawnTexts() ?? [],
    canvasTextSizes: () => canvas()?.textSizes() ?? null,
    canvasLabels: () => canvas()?.drawnLabels() ?? [],
    canvasPlate: () => canvas()?.drawnPlate() ?? null,
    roomReady: true,
  });
}

/** The room closed: the hooks stay (a test may still read the last canvas) but say it is gone. */
export function roomClosed(): void {
  if (window.__accord) window.__accord.roomReady = false;
}
