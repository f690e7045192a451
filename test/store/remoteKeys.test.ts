import { describe, expect, it } from 'vitest';
import {
  forgetSeat,
  memorySmallStorage,
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
