/**
 * Imported first by every jsdom test file that mounts the join screen. The join screen starts loading the
 * seat's module as its name form shows (joinScreen's warmUp) and nobody awaits it: in a test the load could
 * still be fetching when the file's environment was torn down, failing a whole run with
 * EnvironmentTeardownError (1 CI run in 7). Loaded here, before any test, the screen's own import finds
 * it in the module cache.
 */
import '../../src/game/classroom/seatScreen.ts';
