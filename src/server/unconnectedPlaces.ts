/**
 * Places a room keeps for devices admitted but not yet in it. Colyseus reserves a place at a device's
 * HTTP request for one (`POST /matchmake/joinById/…`, for `seatReservationTimeout` seconds, 15) before
 * any of the room's checks run (they run as the WebSocket connects), and locks the room once its
 * clients and reserved places reach `maxClients`, refusing everyone, seats included. A script that asks
 * again and again and never connects needs only the room's id, which any device with the code can learn,
 * so each room's cap keeps this many places beyond everything it admits: a lock then takes over 60
 * requests a second, sustained, and each reservation holds at most one request's 16 kB of options
 * (matchmakeGuard.ts), a few tens of MB at the worst. The rooms count what they admit themselves
 * (tableRoom.ts, classConsoleRoom.ts).
 */
export const UNCONNECTED_PLACES = 1000;
