/**
 * The address trainees' devices can reach: the machine's first non-internal IPv4 (its LAN address),
 * or localhost when it has none (a laptop offline: the class then plays on this machine only).
 */
import { networkInterfaces } from 'node:os';
import { isLoopbackHost } from '../protocol/loopback.ts';

export function lanAddress(): string {
  for (const addresses of Object.values(networkInterfaces()))
    for (const a of addresses ?? []) if (a.family === 'IPv4' && !a.internal) return a.address;
  return 'localhost';
}

/**
 * The host other devices reach a server at that listens on `bindHost`: that host, or the LAN address
 * when it listens on every interface (no host, 0.0.0.0, ::). Null when only this machine can (bound
 * to a loopback address, or no LAN).
 */
export function reachableHost(bindHost: string | undefined): string | null {
  const host = !bindHost || bindHost === '0.0.0.0' || bindHost === '::' ? lanAddress() : bindHost;
  return isLoopbackHost(host) ? null : host;
}
