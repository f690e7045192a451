/**
 * The address trainees' devices can reach: the machine's first non-internal IPv4 (its LAN address),
 * or localhost when it has none (a laptop offline: the class then plays on this machine only).
 */
import { networkInterfaces } from 'node:os';

export function lanAddress(): string {
  for (const addresses of Object.values(networkInterfaces()))
    for (const a of addresses ?? []) if (a.family === 'IPv4' && !a.internal) return a.address;
  return 'localhost';
}
