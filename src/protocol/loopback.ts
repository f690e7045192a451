/**
 * Whether a host name is this machine's own loopback (localhost, 127.0.0.0/8, ::1): an address no
 * other device can open. The server and the instructor's page both ask it: a join address on
 * "localhost" is one a trainee's phone cannot reach.
 */
export function isLoopbackHost(host: string): boolean {
  const h = host.toLowerCase().replace(/^\[|\]$/g, '');
  return h === 'localhost' || h.endsWith('.localhost') || h === '::1' || /^127\.\d+\.\d+\.\d+$/.test(h);
}
