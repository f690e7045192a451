import { describe, expect, it } from 'vitest';
import {
  classTables,
  forgetSeat,
  heldSeats,
  memorySmallStorage,
  noteClassTable,
  readTabSeat,
  saveTabSeat,
  readInstructorKey,
  readSeat,
  saveInstructorKey,
  saveSeat,
} from '../../src/store/remoteKeys.ts';
import type { SmallStorage } from '../../src/store/remoteKeys.ts';

const seat = { code: 'HKMPQR', party: 'commission', name: 'Ana', seatKey: 'k-123' };

describe('what a device remembers of the classroom', () => {
  it('keeps a seat per table and forgets it on request', () => {
    const s = memorySmallStorage();
    saveSeat(s, seat);
    expect(readSeat(s, 'HKMPQR')).toEqual(seat);
    expect(readSeat(s, 'ABCDEF')).toBeNull();
    forgetSeat(s, 'HKMPQR');
    expect(readSeat(s, 'HKMPQR')).toBeNull();
  });

  it('keeps each trainee’s seat at one table apart: a second trainee on the device does not replace the first', () => {
    // Before, one key per table: Bo joining on Ana's phone overwrote her key, and her tab opened his seat.
    const s = memorySmallStorage();
    const bo = { code: 'HKMPQR', party: 'parliament', name: 'Bo', seatKey: 'k-bo' };
    saveSeat(s, seat);
    saveSeat(s, bo);
    expect(heldSeats(s, 'HKMPQR')).toEqual([seat, bo]);
    expect(readSeat(s, 'HKMPQR', { party: 'commission', name: 'Ana' })).toEqual(seat);
    expect(readSeat(s, 'HKMPQR', bo)).toEqual(bo);
    // Without saying whose, no seat: which one is theirs is for the trainee to say.
    expect(readSeat(s, 'HKMPQR')).toBeNull();
    saveSeat(s, { ...seat, seatKey: 'k-new' });
    expect(heldSeats(s, 'HKMPQR').map((x) => x.seatKey)).toEqual(['k-bo', 'k-new']);
    forgetSeat(s, 'HKMPQR', bo);
    expect(heldSeats(s, 'HKMPQR')).toEqual([{ ...seat, seatKey: 'k-new' }]);
    // A seat stored by an earlier version (one per table) still reads.
    s.setItem('accord.classroom.seat.ABCDEF', JSON.stringify({ ...seat, code: 'ABCDEF' }));
    expect(readSeat(s, 'ABCDEF')).toEqual({ ...seat, code: 'ABCDEF' });
  });

  it('a tab remembers the seat it opened; a class remembers the tables this device was placed at', () => {
    const tab = memorySmallStorage();
    expect(readTabSeat(tab, 'HKMPQR')).toBeNull();
    saveTabSeat(tab, 'HKMPQR', seat);
    expect(readTabSeat(tab, 'HKMPQR')).toEqual({ party: 'commission', name: 'Ana' });
    expect(tab.getItem('accord.classroom.tabSeat.HKMPQR')).not.toContain('k-123');
    expect(readTabSeat(memorySmallStorage(), 'HKMPQR')).toBeNull();
    const s = memorySmallStorage();
    noteClassTable(s, 'KLMNPQ', 'HKMPQR');
    noteClassTable(s, 'KLMNPQ', 'HKMPQR');
    noteClassTable(s, 'KLMNPQ', 'ABCDEF');
    expect(classTables(s, 'KLMNPQ')).toEqual(['HKMPQR', 'ABCDEF']);
    expect(classTables(s, 'ZZZZZZ')).toEqual([]);
  });

  it('ignores a stored seat that is not one (tampered or from an older version)', () => {
    const s = memorySmallStorage();
    s.setItem('accord.classroom.seat.HKMPQR', '{not json');
    expect(readSeat(s, 'HKMPQR')).toBeNull();
    s.setItem('accord.classroom.seat.HKMPQR', JSON.stringify({ ...seat, seatKey: 3 }));
    expect(readSeat(s, 'HKMPQR')).toBeNull();
    s.setItem('accord.classroom.seat.HKMPQR', JSON.stringify({ ...seat, code: 'ABCDEF' }));
    expect(readSeat(s, 'HKMPQR')).toBeNull();
  });

  it('keeps the instructor key, and survives storage that throws', () => {
    const s = memorySmallStorage();
    expect(readInstructorKey(s)).toBeNull();
    saveInstructorKey(s, 'secret');
    expect(readInstructorKey(s)).toBe('secret');
    const blocked: SmallStorage = {
      getItem: () => {
        throw new Error('blocked');
      },
      setItem: () => {
        throw new Error('blocked');
      },
      removeItem: () => {
        throw new Error('blocked');
      },
    };
    expect(saveSeat(blocked, seat)).toBe(false);
    // The page that took the seat still has it (to take it, and to come back after a dropped link).
    expect(readSeat(blocked, 'HKMPQR')).toEqual(seat);
    expect(readInstructorKey(blocked)).toBeNull();
  });

  it('a full storage: the page keeps the seat it could not store, not an older one stored before', () => {
    // Before, the seat was lost at once: a class join then said "no seat", and a dropped link left
    // the trainee outside (their name "already joined").
    const items = new Map<string, string>();
    let full = false;
    const s: SmallStorage = {
      getItem: (k) => items.get(k) ?? null,
      setItem: (k, v) => {
        if (full) throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
        items.set(k, v);
      },
      removeItem: (k) => void items.delete(k),
    };
    expect(saveSeat(s, { ...seat, seatKey: 'old' })).toBe(true);
    full = true;
    expect(saveSeat(s, seat)).toBe(false);
    expect(readSeat(s, 'HKMPQR')).toEqual(seat);
    expect(readSeat(memorySmallStorage(), 'HKMPQR')).toBeNull();
    full = false;
    expect(saveSeat(s, { ...seat, seatKey: 'k-456' })).toBe(true);
    expect(readSeat(s, 'HKMPQR')?.seatKey).toBe('k-456');
    forgetSeat(s, 'HKMPQR');
    expect(readSeat(s, 'HKMPQR')).toBeNull();
  });
});
