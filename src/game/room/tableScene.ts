/**
 * The negotiation room drawn by Phaser 4: the parties around a table (colour, shape, label, name,
 * stance), the active seat, coalition and trust lines, and the text on the table. (The round and
 * whose turn it is are in the DOM status line above; event banners are DOM too.)
 * It draws a TableModel (see tableModel.ts) and nothing else; it holds no game rules. Long text
 * (the text on the table, the log, the forms) is DOM beside the canvas.
 *
 * Objects are created once and updated in place (a Text re-renders only when its string changes),
 * and the game loop sleeps between changes: the room costs almost nothing while nobody moves.
 * Loaded with a dynamic import when the room opens, so the library page never downloads Phaser.
 */
import Phaser from 'phaser';
import type { Stance } from '../../engine/index.ts';
import type { Seat, TableModel } from './tableModel.ts';
import { stanceText } from './tableModel.ts';
import { t } from '../uiLocale.ts';
import type { SeatPlace } from './tableLayout.ts';
import type { Box } from '../geometry.ts';
import { MARGIN, layoutTable, plateAround, wrapWidth } from './tableLayout.ts';
import { wrapLines } from './wrapLines.ts';
import { shapePoints } from '../partyStyle.ts';
import { webglInSoftware } from './softwareGl.ts';
import { releasableVisibilityHandler } from './visibilityHandler.ts';
import { measureSince } from '../timing.ts';

export const WIDTH = 1440;
export const HEIGHT = 1080;
const FONT = '"Atkinson Hyperlegible", system-ui, sans-serif';
const hex = (c: string) => Number.parseInt(c.replace('#', ''), 16);
/** Wraps `t`'s text at `width` in the canvas's own font (wrapLines.ts: after a hyphen rather than inside a word). */
const wrapAt = (t: Phaser.GameObjects.Text, width: number): Phaser.GameObjects.Text =>
  t.setWordWrapCallback((text: string, o: Phaser.GameObjects.Text) =>
    wrapLines(text, width, (line) => o.context.measureText(line).width),
  );
/** The smallest seat radius (world units); a seat grows when its label needs more room. */
const MIN_R = 46;
/** From a seat's edge to the outer edge of the active seat's double ring. */
const RING_REACH = 32;
/** Space between the lines of a stack. */
const LINE_GAP = 2;
/** The table top's colour (the felt), also the plate's under the centre block. */
const FELT = 0x3b2f23;
/** How far the centre block's plate reaches past its texts (world units). */
const PLATE_PAD = 10;

interface SeatObjects {
  id: string;
  x: number;
  y: number;
  /** From the centre to the outer edge of the active seat's ring. */
  reach: number;
  shape: Phaser.GameObjects.Graphics;
  ring: Phaser.GameObjects.Graphics;
  label: Phaser.GameObjects.Text;
  name: Phaser.GameObjects.Text;
  player: Phaser.GameObjects.Text;
  stance: Phaser.GameObjects.Text;
}

const STANCE_COLOUR = { support: '#8ff0b5', object: '#ffb3a8', none: '#ffffff' };
/** Every stance line a seat can show (in the language of the screens): the stack keeps room for the longest. */
const stanceLines = () =>
  (['support', 'object', null] as const).flatMap((st) =>
    [true, false].flatMap((atTable) => [false, true].map((author) => stanceLine(st, atTable, author))),
  );

function stanceLine(stance: Stance | null, atTable: boolean, isAuthor: boolean): string {
  const mark = atTable && stance === 'support' ? '✔ ' : atTable && stance === 'object' ? '✖ ' : '';
  return `${mark}${stanceText(stance, atTable)}${isAuthor ? t('uiRoom.author') : ''}`;
}

/** The kinds of canvas text, each with its size in world units (the laptop look). */
export type TextKind = 'centre' | 'label' | 'name' | 'player' | 'stance';
const BASE_SIZE: Record<TextKind, number> = { centre: 28, label: 30, name: 30, player: 26, stance: 26 };
/**
 * The smallest size each kind of text may have AS DISPLAYED (CSS px). Projector mode: 28 px at
 * 1080p for every line, read from the back row (scaled with the viewport height, like the DOM's
 * body text). On a laptop: the page's body text size.
 */
const PROJECTOR_MIN_CSS = 28;
const LAPTOP_MIN_CSS = 18;
/** Never more than this times the laptop size (a tiny canvas would get absurd world sizes). */
const MAX_GROWTH = 2.5;
/**
 * When the seats' texts at the wanted sizes leave no room between the rows for even the table's first
 * line (a phone's narrow canvas asks for large world sizes, and long names then wrap into many lines:
 * the rows crossed and the table got a negative height), every size shrinks by this factor until the
 * whole layout fits, down to FIT_FLOOR times the laptop look. The page beside the canvas names every
 * party and stance in body text, so a smaller canvas text loses nothing. A layout short only of the
 * centre's second and third lines (8 long names on a laptop or projector) keeps its sizes, as before:
 * those screens' tests hold their texts at the minimum size and find nothing overlapping.
 */
const FIT_STEP = 0.85;
const FIT_FLOOR = 0.5;

/** `sizes` shrunk by one FIT_STEP, none under FIT_FLOOR times its laptop size; null when none can shrink. */
export function shrunkSizes(sizes: Record<TextKind, number>): Record<TextKind, number> | null {
  const out = { ...sizes };
  let changed = false;
  for (const k of Object.keys(out) as TextKind[]) {
    const next = Math.max(Math.ceil(BASE_SIZE[k] * FIT_FLOOR), Math.floor(out[k] * FIT_STEP));
    if (next < out[k]) changed = true;
    out[k] = Math.min(out[k], next);
  }
  return changed ? out : null;
}

/** World font sizes for a canvas shown `cssWidth` CSS px wide, none under `minCss` as displayed. */
export function fontSizes(cssWidth: number, minCss: number): Record<TextKind, number> {
  const out = { ...BASE_SIZE };
  if (cssWidth <= 0) return out;
  for (const k of Object.keys(out) as TextKind[])
    out[k] = Math.min(
      Math.round(BASE_SIZE[k] * MAX_GROWTH),
      Math.max(BASE_SIZE[k], Math.ceil((minCss * WIDTH) / cssWidth)),
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
 * TEST HOOK: one text drawn on the canvas, its box and font size in world units; or a seat (its
 * shape with the active seat's ring, font 0), which no other seat's text may cover.
 */
export interface DrawnLabel {
  kind: TextKind | 'seat';
  text: string;
  /** The lines it is drawn in (the text wrapped in its column; none for a seat). */
  lines: string[];
  box: Box;
  font: number;
}

class TableScene extends Phaser.Scene {
  /** Called after each update with how long the canvas must keep animating (ms). */
  onChange: (animateMs: number) => void = () => undefined;
  /** TEST HOOK: every string handed to this canvas, so tests can check nothing confidential was drawn. */
  readonly drawnTexts = new Set<string>();
  private model: TableModel | null = null;
  private seats: SeatObjects[] = [];
  private seatKey = '';
  private tableTop: Phaser.GameObjects.Graphics | null = null;
  private lines: Phaser.GameObjects.Graphics | null = null;
  /** Where the plate under the centre block is drawn now (TEST HOOK `drawnPlate`), or null. */
  private plate: Box | null = null;
  /** The centre block, top to bottom: the text on the table (heading and two lines). */
  private centre: Phaser.GameObjects.Text[] = [];
  /** World font sizes wanted (see `fontSizes`). */
  sizes: Record<TextKind, number> = { ...BASE_SIZE };
  /** World font sizes drawn: the wanted ones, or smaller where they did not fit (`shrunkSizes`). */
  private fitted: Record<TextKind, number> = { ...BASE_SIZE };

  constructor() {
    super('table');
  }

  create(): void {
    // The scene is laid out in WIDTH × HEIGHT units; the canvas has as many pixels as it shows.
    const cam = this.cameras.main;
    cam.setBackgroundColor('#1d2530');
    cam.setZoom(this.scale.width / WIDTH);
    cam.centerOn(WIDTH / 2, HEIGHT / 2);
    this.tableTop = this.add.graphics();
    this.lines = this.add.graphics();
    this.centre = [
      this.text(WIDTH / 2, 0, '', 32, '#ffffff', true),
      this.text(WIDTH / 2, 0, '', 28),
      this.text(WIDTH / 2, 0, '', 26, '#d8dde6'),
    ];
    for (const c of this.centre) wrapAt(c.setOrigin(0.5, 0), WIDTH - 2 * MARGIN);
    if (this.model) this.draw(this.model);
  }

  /** Uses new font sizes (the canvas was resized, or projector mode toggled): redraws once. */
  setSizes(sizes: Record<TextKind, number>): void {
    if (Object.keys(sizes).every((k) => sizes[k as TextKind] === this.sizes[k as TextKind])) return;
    this.sizes = sizes;
    if (!this.lines) return;
    this.seatKey = ''; // the seats are laid out again at the new size
    if (this.model) this.draw(this.model);
  }

  /** The smallest font size of each kind among the texts drawn now (world units). */
  drawnSizes(): Record<TextKind, number> {
    const min = (kind: TextKind) =>
      Math.min(
        ...this.drawnLabels()
          .filter((l) => l.kind === kind)
          .map((l) => l.font),
      );
    return {
      centre: min('centre'),
      label: min('label'),
      name: min('name'),
      player: min('player'),
      stance: min('stance'),
    };
  }

  /** TEST HOOK: the plate under the centre block now (world units), or null. */
  drawnPlate(): Box | null {
    return this.plate;
  }

  /** TEST HOOK: every non-empty text on the canvas now, with its box (world units). */
  drawnLabels(): DrawnLabel[] {
    const out: DrawnLabel[] = [];
    const add = (kind: TextKind, t: Phaser.GameObjects.Text | undefined) => {
      if (!t || t.text.trim() === '' || !t.visible) return;
      const b = t.getBounds();
      out.push({
        kind,
        text: t.text,
        lines: t.getWrappedText(),
        box: { x: b.x, y: b.y, w: b.width, h: b.height },
        font: Number.parseFloat(String(t.style.fontSize)),
      });
    };
    for (const t of this.centre) add('centre', t);
    for (const s of this.seats) {
      out.push({
        kind: 'seat',
        text: s.id,
        lines: [],
        box: { x: s.x - s.reach, y: s.y - s.reach, w: 2 * s.reach, h: 2 * s.reach },
        font: 0,
      });
      add('label', s.label);
      add('name', s.name);
      add('player', s.player);
      add('stance', s.stance);
    }
    return out;
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
    this.drawnTexts.add(s);
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
    this.drawnTexts.add(s);
    if (t.text !== s) t.setText(s);
    if (colour !== undefined && t.style.color !== colour) t.setColor(colour);
  }

  /** The centre block's height at the current sizes (every line present, one line each). */
  private centreHeight(): number {
    const z = this.fitted;
    const [c0, c1, c2] = this.centre as [Phaser.GameObjects.Text, Phaser.GameObjects.Text, Phaser.GameObjects.Text];
    c0.setFontSize(z.centre + 4);
    c1.setFontSize(z.centre);
    c2.setFontSize(z.centre);
    let h = 0;
    for (const t of this.centre) {
      const s = t.text;
      t.setText('Mg');
      h += t.height + LINE_GAP;
      t.setText(s);
    }
    return h;
  }

  private placeCentre(top: number): void {
    let y = top;
    this.centre.forEach((t) => {
      t.setY(y);
      const s = t.text;
      t.setText('Mg');
      y += t.height + LINE_GAP;
      t.setText(s);
    });
  }

  /** Lays the seats out at the wanted sizes, or at the largest smaller ones that fit (`shrunkSizes`). */
  private buildSeats(seats: Seat[]): void {
    this.fitted = this.sizes;
    const first = this.buildSeatsAt(seats);
    if (first.fits || first.centreRoom >= first.centreHeight / 3) return;
    for (;;) {
      const smaller = shrunkSizes(this.fitted);
      if (smaller === null) return;
      this.fitted = smaller;
      if (this.buildSeatsAt(seats).fits) return;
    }
  }

  /** Lays the seats out at `this.fitted`: whether it all fits, the room left for the centre block and its height. */
  private buildSeatsAt(seats: Seat[]): { fits: boolean; centreRoom: number; centreHeight: number } {
    for (const s of this.seats) for (const o of [s.shape, s.ring, s.label, s.name, s.player, s.stance]) o.destroy();
    this.seats = [];
    const z = this.fitted;
    const wrap = wrapWidth(WIDTH, seats.length);
    // Seats are as large as their widest label needs (a projector's labels are larger).
    const labels = seats.map((s) => this.text(0, 0, s.label, z.label, '#000000', true).setStroke('#ffffff', 6));
    const r = Math.max(MIN_R, ...labels.map((l) => Math.max(l.width, l.height) / 2 + 6));
    const reach = r + RING_REACH;
    // Each text wraps in its column: a long name takes two or three lines, never a "…".
    // The stance changes on every move: keep room for its longest line. Every seat's stance has the
    // same size and wrap, so one probe measures them all: each setText renders the text into a
    // canvas and uploads it as a texture, and measuring on every seat (12 lines × 7 seats) made a
    // redraw of the seats take ~200 ms (issue 17's table-draw peaks).
    const probe = wrapAt(this.text(0, 0, '', z.stance), wrap);
    const stanceHeight = Math.max(
      ...stanceLines().map((line) => {
        probe.setText(line);
        return probe.height;
      }),
    );
    probe.destroy();
    const stacks = seats.map((s) => {
      const name = wrapAt(this.text(0, 0, s.name, z.name, '#ffffff', true), wrap);
      const player = wrapAt(this.text(0, 0, s.player, z.player, '#d8dde6'), wrap);
      const stance = wrapAt(this.text(0, 0, '', z.stance), wrap);
      const height = name.height + LINE_GAP + (s.player ? player.height + LINE_GAP : 0) + stanceHeight;
      return { name, player, stance, stanceHeight, height };
    });
    const centreHeight = this.centreHeight();
    const layout = layoutTable({
      width: WIDTH,
      height: HEIGHT,
      stackHeights: stacks.map((s) => s.height),
      seatReach: reach,
      centreHeight,
    });
    this.placeCentre(layout.centreTop);
    const t = layout.table;
    // A layout that does not fit can give the table no height: never a negative radius (the canvas throws).
    const th = Math.max(0, t.h);
    const corner = Math.max(0, Math.min(th / 2, 160));
    (this.tableTop as Phaser.GameObjects.Graphics)
      .clear()
      .fillStyle(FELT, 1)
      .fillRoundedRect(t.x, t.y, t.w, th, corner)
      .lineStyle(6, 0x8a6a48, 1)
      .strokeRoundedRect(t.x, t.y, t.w, th, corner);
    this.seats = seats.map((s, i) => {
      const place = layout.seats[i] as SeatPlace;
      const { x, y } = place;
      const shape = this.add.graphics();
      shape.fillStyle(hex(s.colour), 1).lineStyle(5, 0x000000, 1);
      const pts = shapePoints(s.shape);
      if (pts === null) shape.fillCircle(x, y, r).strokeCircle(x, y, r);
      else {
        const v = pts.map(([px, py]) => new Phaser.Math.Vector2(x + px * r, y + py * r));
        shape.fillPoints(v, true).strokePoints(v, true, true);
      }
      // A static double ring marks the active seat (no pulsing: the loop sleeps between moves).
      const ring = this.add.graphics();
      ring
        .lineStyle(8, 0xffffff, 1)
        .strokeCircle(x, y, r + 20)
        .lineStyle(4, 0xffbf00, 1)
        .strokeCircle(x, y, r + 30);
      const label = (labels[i] as Phaser.GameObjects.Text).setPosition(x, y).setDepth(1);
      const { name, player, stance, stanceHeight } = stacks[i] as (typeof stacks)[number];
      for (const o of [name, player, stance]) o.setX(x).setDepth(1);
      player.setVisible(s.player !== '');
      // The stack away from the table: the name farthest, the stance nearest the seat.
      if (place.row === 'top') {
        stance.setOrigin(0.5, 1).setY(place.stackEdge);
        const above = place.stackEdge - stanceHeight - LINE_GAP;
        player.setOrigin(0.5, 1).setY(above);
        name.setOrigin(0.5, 1).setY(s.player ? above - player.height - LINE_GAP : above);
      } else {
        name.setOrigin(0.5, 0).setY(place.stackEdge);
        player.setOrigin(0.5, 0).setY(name.y + name.height + LINE_GAP);
        stance.setOrigin(0.5, 0).setY(s.player ? player.y + player.height + LINE_GAP : player.y);
      }
      return { id: s.id, x, y, reach, shape, ring, label, name, player, stance };
    });
    return { fits: layout.fits, centreRoom: layout.centreRoom, centreHeight };
  }

  private draw(m: TableModel): void {
    const t0 = performance.now();
    this.update_(m);
    // The benchmark reads these: how long each update of the table takes.
    measureSince('accord:table-draw', t0);
  }

  private update_(m: TableModel): void {
    const key = m.seats.map((s) => `${s.id}:${s.colour}:${s.shape}:${s.name}:${s.player}`).join('|');
    if (key !== this.seatKey) {
      this.seatKey = key;
      this.buildSeats(m.seats);
    }
    const pos: Record<string, { x: number; y: number }> = {};
    for (const o of this.seats) pos[o.id] = o;

    m.seats.forEach((s, i) => {
      const o = this.seats[i];
      if (!o) return;
      o.shape.setAlpha(s.atTable ? 1 : 0.35);
      o.ring.setVisible(s.active);
      this.setText(o.stance, stanceLine(s.stance, s.atTable, s.isAuthor), STANCE_COLOUR[s.stance ?? 'none']);
    });

    const [c0, c1, c2] = this.centre as [Phaser.GameObjects.Text, Phaser.GameObjects.Text, Phaser.GameObjects.Text];
    if (m.table) {
      this.setText(c0, t('uiRoom.canvasText', { version: m.table.version }));
      this.setText(c1, t('uiRoom.canvasCount', { supporters: m.table.supporters, objectors: m.table.objectors }));
      this.setText(c2, t('uiRoom.canvasLegitimacy', { value: Math.round(m.table.legitimacy) }));
    } else {
      this.setText(c0, t('uiRoom.canvasNoText'));
      this.setText(c1, '');
      this.setText(c2, '');
    }

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

    // The centre block sits on a plate of the table's colour drawn over the lines (tableLayout.ts `plateAround`).
    this.plate = plateAround(
      this.centre
        .filter((c) => c.text.trim() !== '')
        .map((c) => {
          const b = c.getBounds();
          return { x: b.x, y: b.y, w: b.width, h: b.height };
        }),
      PLATE_PAD,
    );
    if (this.plate)
      g.fillStyle(FELT, 1).fillRoundedRect(this.plate.x, this.plate.y, this.plate.w, this.plate.h, PLATE_PAD);

    // Event banners are DOM beside the canvas (roomScreen.ts): a CSS animation costs far less than
    // re-rendering this canvas every frame on a software-rendered projector laptop.
    this.onChange(0);
  }
}

export interface RoomCanvas {
  setModel(model: TableModel): void;
  /** Projector mode: the canvas text grows so that, as displayed, it reads from the back row. */
  setProjector(on: boolean): void;
  textSizes(): CanvasTextSizes;
  /** TEST HOOK: the texts on the canvas now, with their boxes (world units). */
  drawnLabels(): DrawnLabel[];
  /** TEST HOOK: the plate under the centre block (world units), or null. */
  drawnPlate(): Box | null;
  /** TEST HOOK: every string this canvas was ever given. */
  drawnTexts(): string[];
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
  const visibility = releasableVisibilityHandler();
  const game = new Phaser.Game({
    // WebGL on a GPU. Where WebGL is rendered in software (no GPU: SwiftShader, llvmpipe), the page
    // is composited in software too and must read each WebGL frame back from the emulated GPU: the
    // redraw after a computer's move held the page's commit ~50 ms (~14 ms without multisampling),
    // one to three lost frames a move (issue 17's fast-pace misses). Canvas 2D draws straight into
    // the page's memory: ~2 ms a redraw there, with antialiased edges.
    type: webglInSoftware() ? Phaser.CANVAS : Phaser.AUTO,
    parent,
    // A canvas of its own, not one from Phaser's page-wide pool: Phaser 4.2's mouse manager never removes
    // its wheel listener, and on a pooled canvas, handed to the next room, the listener of every closed
    // room stayed, each holding its game and, through the game's parent, its room's whole DOM.
    canvas: document.createElement('canvas'),
    width,
    height,
    backgroundColor: '#1d2530',
    banner: false,
    audio: { noAudio: true },
    // No keyboard plugin at all: Phaser then never captures keys typed into the DOM forms.
    input: { keyboard: false },
    scale: { mode: Phaser.Scale.FIT, autoCenter: Phaser.Scale.CENTER_BOTH },
    scene,
    // Phaser never removes the listener its visibility handler adds to the document (visibilityHandler.ts).
    callbacks: { postBoot: visibility.postBoot },
  });
  game.events.once(Phaser.Core.Events.DESTROY, visibility.release);
  game.events.on(Phaser.Core.Events.POST_RENDER, () => {
    if (performance.now() >= awakeUntil) game.loop.sleep();
  });
  // Phaser 4.2's texture manager destroys its stamp but not its tile sprite, whose two canvases stay in
  // Phaser's page-wide canvas pool naming it as their owner: through it, its scene, the game and the game's
  // parent, every room ever closed (its Phaser objects and its whole DOM) stayed in memory.
  // (Destroying the sprite itself there throws: its scene is gone by then.) Its canvases are handed back.
  game.events.once(Phaser.Core.Events.DESTROY, () => {
    const sprite = game.textures.tileSprite as Phaser.GameObjects.TileSprite | undefined;
    for (const c of [sprite?.canvas, sprite?.fillCanvas]) if (c) Phaser.Display.Canvas.CanvasPool.remove(c);
  });
  game.canvas?.setAttribute('aria-hidden', 'true');
  // Text sizes follow the size the canvas is SHOWN at (CSS px), which changes with the layout (the
  // event banner appearing, projector mode toggled, a window resized). The loop sleeps, so Phaser's
  // own polling of the parent's size would not notice: a ResizeObserver refits and redraws once.
  // (In projector mode the font sizes are counted in 1080p CSS px, like the DOM's rem.)
  const shownWidth = () => game.canvas?.getBoundingClientRect().width ?? 0;
  const minCss = () =>
    projector ? Math.max(LAPTOP_MIN_CSS, (PROJECTOR_MIN_CSS * window.innerHeight) / 1080) : LAPTOP_MIN_CSS;
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
    drawnLabels: () => scene.drawnLabels(),
    drawnPlate: () => scene.drawnPlate(),
    drawnTexts: () => [...scene.drawnTexts],
    rendererType: () => game.renderer?.type ?? -1,
    destroy: () => {
      observer.disconnect();
      game.destroy(true);
      // Phaser destroys a game at its next step, and a sleeping loop takes none: without a wake the game
      // (its scene, 35 text canvases, its window and document listeners and the room's detached DOM) stayed
      // in memory after every room closed. Waking steps at once, and the step destroys it. A game not yet
      // running destroys itself at its first step.
      if (game.isRunning) game.loop.wake();
    },
  };
}
