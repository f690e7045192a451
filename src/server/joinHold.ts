/**
 * A room of a table or a class that closes itself once left over (tableRoom.ts, classConsoleRoom.ts
 * `closeOnceLeftOver`) stays open for the joins on their way to it: a join let through (Classroom.classReady) as
 * the room's minute ran out reached Colyseus after the room had gone ('room "…" not found'). The room counts
 * them here, asks again whether it may close when each is answered, and says when it has closed, so that a join
 * arriving as it closes can wait and open it again.
 */
import { RoomInternalState } from '@colyseus/core';
import type { Room } from '@colyseus/core';

export class JoinHold {
  private onTheirWay = 0;
  private resolveClosed: () => void = () => undefined;
  /** Settles once the room has closed (`roomClosed`, from its onDispose). */
  readonly closed = new Promise<void>((resolve) => (this.resolveClosed = resolve));

  /** `recheck`: the room's own question whether it may close now (closeOnceLeftOver). */
  constructor(private readonly recheck: () => void) {}

  /** Whether a join is on its way: the room does not close meanwhile. */
  get waiting(): boolean {
    return this.onTheirWay > 0;
  }

  /** A join let through: the room stays until `until` settles (Colyseus has answered it), however long it stood empty. */
  hold(until: Promise<unknown>): void {
    this.onTheirWay++;
    this.recheck();
    void until.finally(() => {
      this.onTheirWay--;
      this.recheck();
    });
  }

  roomClosed(): void {
    this.resolveClosed();
  }
}

/** Whether Colyseus has begun to dispose of the room: a device can no longer join it. */
export function disposing(room: Room): boolean {
  // Colyseus keeps the state to itself (TypeScript-private): read as it reads it.
  return (room as unknown as { _internalState: RoomInternalState })._internalState === RoomInternalState.DISPOSING;
}
