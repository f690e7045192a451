/**
 * The negotiation room drawn by Phaser 4: the parties around a table (colour, shape, label, name,
 * stance), the active seat, coalition and trust lines, round and turn. (Event banners are DOM.)
 * It draws a TableModel (see tableModel.ts) and nothing else; it holds no game rules. Long text
 * (the text on the table, the log, the forms) is DOM beside the canvas.
 *
 * Objects are created once and updated in place (a Text re-renders only when its string changes),
 * and the game loop sleeps between changes: the room costs almost nothing while nobody moves.
 * Loaded with a dynamic import when the room opens, so the library page never downloads Phaser.
 */
import Phaser from 'phaser';
import type { Seat, TableModel } from './tableModel.ts';
import { stanceText } from './tableModel.ts';
import { shapePoints } from '../partyStyle.ts';

export const WIDTH = 1440;
export const HEIGHT = 1080;
const FONT = '"Atkinson Hyperlegible", system-ui, sans-serif';
const hex = (c: string) => Number.parseInt(c.replace('#', ''), 16);
const CX = WIDTH / 2;
const CY = HEIGHT / 2 + 10;
const RX = 470;
const RY = 290;
const R = 50;

/** Every string handed to the canvas, so tests can check nothing confidential was drawn. */
export const drawnTexts = new Set<string>();

interface SeatObjects {
  id: string;
  x: number;
  y: number;
  shape: Phaser.GameObjects.Graphics;
  ring: Phaser.GameObjects.Graphics;
  label: Phaser.GameObjects.Text;
  name: Phaser.GameObjects.Text;
  player: Phaser.GameObjects.Text;
  stance: Phaser.GameObjects.Text;
}

const STANCE_COLOUR = { support: '#8ff0b5', object: '#ffb3a8', none: '#ffffff' };

/** The kinds of canvas text, each with its size in world units (the laptop look). */
type TextKind = 'round' | 'centre' | 'label' | 'name' | 'player' | 'stance';
const BASE_SIZE: Record<TextKind, number> = { round: 36, centre: 28, label: 32, name: 30, player: 24, stance: 28 };
/**
 * Projector mode: the smallest size each kind of text may have AS DISPLAYED (CSS px at 1080p,
 * scaled with the viewport height like the DOM's body text), read from the back row.
 */
const PROJECTOR_MIN_CSS: Record<TextKind, number> = {
  round: 28,
  centre: 24,
  label: 24,
  name: 28,
  player: 24,
  stance: 24,
};
/** Never more than this times the laptop size: beyond it the seats' texts would overlap. */
const MAX_GROWTH = 1.7;
const NAME_WRAP = 330;
/** The seat lines stay inside this width (world units); longer ones are shortened with "…". */
const LINE_MAX = 400;

/** World font sizes for a canvas shown `cssWidth` CSS px wide (`minCss` null: the laptop sizes). */
export function fontSizes(cssWidth: number, minCss: Record<TextKind, number> | null): Record<TextKind, number> {
  const out = { ...BASE_SIZE };
  if (minCss === null || cssWidth <= 0) return out;
  for (const k of Object.keys(out) as TextKind[])
    out[k] = Math.min(
      Math.round(BASE_SIZE[k] * MAX_GROWTH),
      Math.max(BASE_SIZE[k], Math.ceil((minCss[k] * WIDTH) / cssWidth)),
    );
  return out;
}

/** What the browser tests read: world sizes of the seat texts as drawn, and the canvas's shown width. */
export interface CanvasTextSizes {
  worldWidth: number;
  cssWidth: number;
  /** The smallest world font size drawn of each kind. */
  fonts: Record<TextKind, number>;
}

/**
 * Shortens `t` (showing `full`) until `fits()`: whole words first ("European Commission…"), then
 * letters when one word alone is too long. Punctuation left dangling before the "…" goes too.
 */
function shorten(t: Phaser.GameObjects.Text, full: string, fits: () => boolean): void {
  if (fits()) return;
  const words = full.split(' ');
  for (let n = words.length - 1; n >= 1; n--) {
    t.setText(
      `${words
        .slice(0, n)
        .join(' ')
        .replace(/[\s,;:(–-]+$/, '')}…`,
    );
    if (fits()) return;
  }
  for (let n = full.length - 1; n > 3; n--) {
    t.setText(`${full.slice(0, n).trimEnd()}…`);
    if (fits()) return;
  }
}

class TableScene extends Phaser.Scene {
  /** Called after each update with how long the canvas must keep animating (ms). */
  onChange: (animateMs: number) => void = () => undefined;
  private model: TableModel | null = null;
  private seats: SeatObjects[] = [];
  private seatKey = '';
  private lines: Phaser.GameObjects.Graphics | null = null;
  private round: Phaser.GameObjects.Text | null = null;
  private centre: Phaser.GameObjects.Text[] = [];
  /** World font sizes in use (see `fontSizes`). */
  sizes: Record<TextKind, number> = { ...BASE_SIZE };

  constructor() {
    super('table');
  }

  create(): void {
    // The scene is laid out in WIDTH × HEIGHT units; the canvas has as many pixels as it shows.
    const cam = this.cameras.main;
    cam.setBackgroundColor('#1d2530');
    cam.setZoom(this.scale.width / WIDTH);
    cam.centerOn(WIDTH / 2, HEIGHT / 2);
    const g = this.add.graphics();
    g.fillStyle(0x3b2f23, 1).fillEllipse(CX, CY, RX * 1.35, RY * 1.25);
    g.lineStyle(6, 0x8a6a48, 1).strokeEllipse(CX, CY, RX * 1.35, RY * 1.25);
    this.lines = this.add.graphics();
    this.round = this.text(24, 24, '', 36, '#ffffff', true).setOrigin(0, 0);
    this.centre = [
      this.text(CX, 0, '', 32, '#ffffff', true),
      this.text(CX, 0, '', 28),
      this.text(CX, 0, '', 26, '#d8dde6'),
    ];
    this.applySizes();
    if (this.model) this.draw(this.model);
  }

  /** Uses new font sizes (the canvas was resized, or projector mode toggled): redraws once. */
  setSizes(sizes: Record<TextKind, number>): void {
    if (Object.keys(sizes).every((k) => sizes[k as TextKind] === this.sizes[k as TextKind])) return;
    this.sizes = sizes;
    if (!this.lines) return;
    this.applySizes();
    this.seatKey = ''; // the seats are rebuilt at the new size
    if (this.model) this.draw(this.model);
  }

  private applySizes(): void {
    const z = this.sizes;
    this.round?.setFontSize(z.round);
    // The centre lines: a bold heading 4 px over the body size, stacked by their real heights.
    const [c0, c1, c2] = this.centre as [Phaser.GameObjects.Text, Phaser.GameObjects.Text, Phaser.GameObjects.Text];
    c0.setFontSize(z.centre + 4).setY(CY - z.centre * 0.9);
    c1.setFontSize(z.centre).setY(CY + z.centre * 0.7);
    c2.setFontSize(z.centre).setY(CY + z.centre * 2.1);
  }

  /** The smallest font size of each kind among the texts drawn now (world units). */
  drawnSizes(): Record<TextKind, number> {
    const px = (t: Phaser.GameObjects.Text | null | undefined) => Number.parseFloat(String(t?.style.fontSize ?? 'NaN'));
    const min = (ts: (Phaser.GameObjects.Text | null | undefined)[]) => Math.min(...ts.map(px));
    return {
      round: px(this.round),
      centre: min(this.centre),
      label: min(this.seats.map((o) => o.label)),
      name: min(this.seats.map((o) => o.name)),
      player: min(this.seats.map((o) => o.player)),
      stance: min(this.seats.map((o) => o.stance)),
    };
  }

  setModel(model: TableModel): void {
    this.model = model;
    if (this.sys.settings.status >= Phaser.Scenes.CREATING && this.lines) this.draw(model);
  }

  private text(
    x: number,
    y: number,
    s: string,
    size: number,
    colour = '#ffffff',
    bold = false,
  ): Phaser.GameObjects.Text {
    drawnTexts.add(s);
    return this.add
      .text(x, y, s, {
        fontFamily: FONT,
        fontSize: `${size}px`,
        color: colour,
        fontStyle: bold ? 'bold' : 'normal',
        align: 'center',
        resolution: 2,
      })
      .setOrigin(0.5);
  }

  private setText(t: Phaser.GameObjects.Text, s: string, colour?: string): void {
    drawnTexts.add(s);
    if (t.text !== s) t.setText(s);
    if (colour !== undefined && t.style.color !== colour) t.setColor(colour);
  }

  private buildSeats(seats: Seat[]): void {
    for (const s of this.seats) for (const o of [s.shape, s.ring, s.label, s.name, s.player, s.stance]) o.destroy();
    this.seats = seats.map((s, i) => {
      const a = -Math.PI / 2 + (i * 2 * Math.PI) / seats.length;
      const x = CX + RX * Math.cos(a);
      const y = CY + RY * Math.sin(a);
      const shape = this.add.graphics();
      shape.fillStyle(hex(s.colour), 1).lineStyle(5, 0x000000, 1);
      const pts = shapePoints(s.shape);
      if (pts === null) shape.fillCircle(x, y, R).strokeCircle(x, y, R);
      else {
        const v = pts.map(([px, py]) => new Phaser.Math.Vector2(x + px * R, y + py * R));
        shape.fillPoints(v, true).strokePoints(v, true, true);
      }
      // A static double ring marks the active seat (no pulsing: the loop sleeps between moves).
      const ring = this.add.graphics();
      ring
        .lineStyle(8, 0xffffff, 1)
        .strokeCircle(x, y, R + 20)
        .lineStyle(4, 0xffbf00, 1)
        .strokeCircle(x, y, R + 30);
      const z = this.sizes;
      const label = this.text(x, y, s.label, z.label, '#000000', true).setStroke('#ffffff', 6);
      // Name (wrapped on two lines at most), player and stance stack away from the table.
      const name = this.text(x, 0, s.name, z.name, '#ffffff', true).setWordWrapWidth(NAME_WRAP);
      // Two lines at most: shorten long names (the full name is in the DOM panels; the seat's
      // label, shape and colour identify the party).
      name.setText('Mg\nMg');
      const twoLines = name.height;
      name.setText(s.name);
      shorten(name, s.name, () => name.height <= twoLines + 1);
      const player = this.text(x, 0, s.player, z.player, '#d8dde6');
      shorten(player, s.player, () => player.width <= LINE_MAX);
      // Measured with a stand-in: the stance is set on every update.
      const stance = this.text(x, 0, 'Mg', z.stance);
      const gap = 2;
      if (y > CY) {
        name.setOrigin(0.5, 0).setY(y + R + 30);
        player.setOrigin(0.5, 0).setY(name.y + name.height + gap);
        stance.setOrigin(0.5, 0).setY(player.y + player.height + gap);
      } else {
        stance.setOrigin(0.5, 1).setY(y - R - 30);
        player.setOrigin(0.5, 1).setY(stance.y - stance.height - gap);
        name.setOrigin(0.5, 1).setY(player.y - player.height - gap);
      }
      // Large projector text may push a stack past the canvas edge: slide it back in.
      const top = Math.min(name.getBounds().top, stance.getBounds().top);
      const bottom = Math.max(name.getBounds().bottom, stance.getBounds().bottom);
      const shift = top < 4 ? 4 - top : bottom > HEIGHT - 4 ? HEIGHT - 4 - bottom : 0;
      for (const t of [name, player, stance]) t.y += shift;
      return { id: s.id, x, y, shape, ring, label, name, player, stance };
    });
  }

  private draw(m: TableModel): void {
    const t0 = performance.now();
    this.update_(m);
    // The benchmark reads these: how long each update of the table takes.
    performance.measure('accord:table-draw', { start: t0 });
  }

  private update_(m: TableModel): void {
    const key = m.seats.map((s) => `${s.id}:${s.colour}:${s.shape}:${s.name}:${s.player}`).join('|');
    if (key !== this.seatKey) {
      this.seatKey = key;
      this.buildSeats(m.seats);
    }
    const pos: Record<string, { x: number; y: number }> = {};
    for (const o of this.seats) pos[o.id] = o;

    const g = this.lines as Phaser.GameObjects.Graphics;
    g.clear();
    // Trust lines (only the viewer's own, on their unlocked screen): thicker = more trust.
    if (m.trust) {
      const from = pos[m.trust.from];
      for (const [to, t] of Object.entries(m.trust.to)) {
        const p = pos[to];
        if (from && p)
          g.lineStyle(2 + (t / 100) * 8, 0xffffff, 0.15 + (t / 100) * 0.5).lineBetween(from.x, from.y, p.x, p.y);
      }
    }
    // Coalition lines: thick gold.
    for (const [a, b] of m.coalitionLinks) {
      const p = pos[a];
      const q = pos[b];
      if (p && q) g.lineStyle(14, 0xffbf00, 0.9).lineBetween(p.x, p.y, q.x, q.y);
    }

    m.seats.forEach((s, i) => {
      const o = this.seats[i];
      if (!o) return;
      o.shape.setAlpha(s.atTable ? 1 : 0.35);
      o.ring.setVisible(s.active);
      const mark = s.stance === 'support' ? '✔ ' : s.stance === 'object' ? '✖ ' : '';
      this.setText(
        o.stance,
        `${mark}${stanceText(s.stance, s.atTable)}${s.isAuthor ? ' · author' : ''}`,
        STANCE_COLOUR[s.stance ?? 'none'],
      );
    });

    this.setText(
      this.round as Phaser.GameObjects.Text,
      m.status === 'finished' ? 'The negotiation is over' : `Round ${m.round} of ${m.rounds}`,
    );
    const [c0, c1, c2] = this.centre as [Phaser.GameObjects.Text, Phaser.GameObjects.Text, Phaser.GameObjects.Text];
    if (m.table) {
      this.setText(c0, `Text on the table (v${m.table.version})`);
      this.setText(c1, `${m.table.supporters} support · ${m.table.objectors} object`);
      this.setText(c2, `Public legitimacy ${Math.round(m.table.legitimacy)}`);
    } else {
      this.setText(c0, 'No text on the table yet');
      this.setText(c1, '');
      this.setText(c2, '');
    }

    // Event banners are DOM over the canvas (roomScreen.ts): a CSS animation costs far less than
    // re-rendering this canvas every frame on a software-rendered projector laptop.
    this.onChange(0);
  }
}

export interface RoomCanvas {
  setModel(model: TableModel): void;
  /** Projector mode: the canvas text grows so that, as displayed, it reads from the back row. */
  setProjector(on: boolean): void;
  textSizes(): CanvasTextSizes;
  rendererType(): number;
  destroy(): void;
}

export function createRoomCanvas(parent: HTMLElement, projector: boolean): RoomCanvas {
  const scene = new TableScene();
  // Render at the size the canvas is shown (device pixels, 4:3), not a fixed size stretched: crisp
  // on a 4K projector, and no wasted pixels on a laptop.
  const shown = Math.round(
    Math.min(parent.clientWidth || 960, ((parent.clientHeight || 720) * WIDTH) / HEIGHT) *
      (window.devicePixelRatio || 1),
  );
  const width = Math.max(480, Math.min(2880, shown));
  const height = Math.round((width * HEIGHT) / WIDTH);
  // Render on demand: a change wakes the loop, which sleeps again after the next rendered frame
  // (or when the change's animation ends). On a software-rendered projector laptop a frame of this
  // canvas is expensive; between moves the room then costs nothing.
  let awakeUntil = 0;
  const awake = (ms: number) => {
    awakeUntil = Math.max(awakeUntil, performance.now() + ms);
    game.loop.wake();
  };
  scene.onChange = awake;
  const game = new Phaser.Game({
    type: Phaser.AUTO,
    parent,
    width,
    height,
    backgroundColor: '#1d2530',
    banner: false,
    audio: { noAudio: true },
    // No keyboard plugin at all: Phaser then never captures keys typed into the DOM forms.
    input: { keyboard: false },
    scale: { mode: Phaser.Scale.FIT, autoCenter: Phaser.Scale.CENTER_BOTH },
    scene,
  });
  game.events.on(Phaser.Core.Events.POST_RENDER, () => {
    if (performance.now() >= awakeUntil) game.loop.sleep();
  });
  game.canvas?.setAttribute('aria-hidden', 'true');
  // Text sizes follow the size the canvas is SHOWN at (CSS px), which changes with the layout (the
  // event banner appearing, projector mode toggled, a window resized). The loop sleeps, so Phaser's
  // own polling of the parent's size would not notice: a ResizeObserver refits and redraws once.
  // (In projector mode the font sizes are counted in 1080p CSS px, like the DOM's rem.)
  const shownWidth = () => game.canvas?.getBoundingClientRect().width ?? 0;
  const minCss = () => {
    if (!projector) return null;
    const k = Math.max(1, window.innerHeight / 1080);
    return Object.fromEntries(Object.entries(PROJECTOR_MIN_CSS).map(([kind, v]) => [kind, v * k])) as Record<
      TextKind,
      number
    >;
  };
  const refit = () => {
    if (game.scale.getParentBounds()) game.scale.refresh();
    const w = shownWidth();
    if (w > 0) scene.setSizes(fontSizes(w, minCss()));
    awake(0);
  };
  scene.sizes = fontSizes(Math.min(parent.clientWidth, (parent.clientHeight * WIDTH) / HEIGHT), minCss());
  const observer = new ResizeObserver(() => refit());
  observer.observe(parent);
  return {
    setModel: (m) => scene.setModel(m),
    setProjector: (on) => {
      projector = on;
      refit();
    },
    textSizes: () => ({ worldWidth: WIDTH, cssWidth: shownWidth(), fonts: scene.drawnSizes() }),
    rendererType: () => game.renderer?.type ?? -1,
    destroy: () => {
      observer.disconnect();
      game.destroy(true);
    },
  };
}
