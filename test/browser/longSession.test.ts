/**
 * A tab kept open for a class hour: game after game in one page, nothing of a closed screen may stay in
 * memory. Counted in the page's heap after a forced garbage collection (CDP), not guessed from its size.
 */
import { expect, it } from 'vitest';
import type { CDPSession } from 'playwright-core';
import { freshPage, openAndLeaveRoom, useBrowserGame } from './gameFixture.ts';

useBrowserGame();

/** The objects in the page's heap whose prototype is `prototype` that `filter` keeps, after a full GC. */
async function inHeap(cdp: CDPSession, prototype: string, filter: string): Promise<number> {
  await cdp.send('HeapProfiler.collectGarbage');
  const { result } = await cdp.send('Runtime.evaluate', { expression: prototype, objectGroup: 'count' });
  const { objects } = await cdp.send('Runtime.queryObjects', {
    prototypeObjectId: result.objectId!,
    objectGroup: 'count',
  });
  const { result: n } = await cdp.send('Runtime.callFunctionOn', {
    objectId: objects.objectId!,
    functionDeclaration: `function () { return this.filter(${filter}).length; }`,
    returnByValue: true,
  });
  // The array the count read holds what it found: let it go.
  await cdp.send('Runtime.releaseObjectGroup', { objectGroup: 'count' });
  return n.value as number;
}

it('a room left for the library leaves nothing behind: its table, its canvases and its page go', async () => {
  const { page, errors } = await freshPage(1024, 768);
  const cdp = await page.context().newCDPSession(page);
  for (let i = 0; i < 3; i++) await openAndLeaveRoom(page);
  // The table's drawing is destroyed a task after the room closes (roomScreen.ts).
  await page.waitForTimeout(100);
  // The test hooks (testHooks.ts) keep the last room's table readable, and nothing else: one room at most. Each room
  // left stayed whole before (its Phaser game, ~250 objects, ~400 DOM nodes, 35 canvases drawn at full size:
  // the page grew ~15 MB a room at 1280×800), so a trainee's tab grew by hundreds of MB over a class hour.
  expect(await inHeap(cdp, 'HTMLDivElement.prototype', '(e) => e.id === "room-canvas"')).toBeLessThanOrEqual(1);
  // Phaser's text canvases, at more than 1×1 (a freed one is shrunk to 1×1 and pooled): one room's worth at most.
  expect(await inHeap(cdp, 'HTMLCanvasElement.prototype', '(c) => c.width * c.height > 1')).toBeLessThan(45);
  expect(errors).toEqual([]);
  await page.context().close();
}, 30_000);

/** The page's document's listeners of `type` (CDP DOMDebugger, as DevTools lists them). */
async function documentListeners(cdp: CDPSession, type: string): Promise<number> {
  const { result } = await cdp.send('Runtime.evaluate', { expression: 'document', objectGroup: 'listeners' });
  const { listeners } = await cdp.send('DOMDebugger.getEventListeners', { objectId: result.objectId! });
  await cdp.send('Runtime.releaseObjectGroup', { objectGroup: 'listeners' });
  return listeners.filter((l) => l.type === type).length;
}

it('a room left for the library takes its listeners on the document and the window with it', async () => {
  const { page, errors } = await freshPage(1024, 768);
  const cdp = await page.context().newCDPSession(page);
  const before = await documentListeners(cdp, 'visibilitychange');
  await openAndLeaveRoom(page);
  await page.waitForTimeout(100);
  const afterOne = await documentListeners(cdp, 'visibilitychange');
  for (let i = 1; i < 8; i++) await openAndLeaveRoom(page);
  await page.waitForTimeout(100);
  // Phaser 4.2 adds a visibilitychange listener to the document as a game starts (VisibilityHandler.js) and never
  // removes it: each room left kept one (8 after 8 rooms), holding its game's emptied event emitter.
  expect({ afterOne, afterEight: await documentListeners(cdp, 'visibilitychange') }).toEqual({
    afterOne: before,
    afterEight: before,
  });
  // Its window.onblur and window.onfocus go too (they held the last room's emitter).
  expect(await page.evaluate(() => [window.onblur, window.onfocus])).toEqual([null, null]);
  expect(errors).toEqual([]);
  await page.context().close();
}, 60_000);
