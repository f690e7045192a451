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

class TableScene extends Phaser.Scene {
  /** Called after each update with how long the canvas must keep animating (ms). */
  onChange: (animateMs: number) => void = () => undefined;
  private model: TableModel | null = null;
  private seats: SeatObjects[] = [];
  private seatKey = '';
  private lines: Phaser.GameObjects.Graphics | null = null;
  private round: Phaser.GameObjects.Text | null = null;
  private centre: Phaser.GameObjects.Text[] = [];

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
    this.centre = [this.text(CX, CY - 24, '', 32, '#ffffff', true), this.text(CX, CY + 20, '', 28), this.text(CX, CY + 58, '', 26, '#d8dde6')];
    if (this.model) this.draw(this.model);
  }

  setModel(model: TableModel): void {
    this.model = model;
    if (this.sys.settings.status >= Phaser.Scenes.CREATING && this.lines) this.draw(model);
  }

  private text(x: number, y: number, s: string, size: number, colour = '#ffffff', bold = false): Phaser.GameObjects.Text {
    drawnTexts.add(s);
    return this.add
      .text(x, y, s, { fontFamily: FONT, fontSize: `${size}px`, color: colour, fontStyle: bold ? 'bold' : 'normal', align: 'center', resolution: 2 })
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
      ring.lineStyle(8, 0xffffff, 1).strokeCircle(x, y, R + 20).lineStyle(4, 0xffbf00, 1).strokeCircle(x, y, R + 30);
      const label = this.text(x, y, s.label, 32, '#000000', true).setStroke('#ffffff', 6);
      // Name (wrapped on two lines at most), player and stance stack away from the table.
      const name = this.text(x, 0, s.name, 30, '#ffffff', true).setWordWrapWidth(330);
      // Two lines at most: shorten long names word by word.
      for (let n = s.name.length - 1; name.height > 80 && n > 8; n--) name.setText(`${s.name.slice(0, n).trimEnd()}…`);
      const player = this.text(x, 0, s.player, 24, '#d8dde6');
      const stance = this.text(x, 0, '', 28);
      if (y > CY) {
        name.setOrigin(0.5, 0).setY(y + R + 34);
        player.setOrigin(0.5, 0).setY(name.y + name.height + 2);
        stance.setOrigin(0.5, 0).setY(player.y + 30);
      } else {
        stance.setOrigin(0.5, 1).setY(y - R - 34);
        player.setOrigin(0.5, 1).setY(stance.y - 34);
        name.setOrigin(0.5, 1).setY(player.y - 30);
      }
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
        if (from && p) g.lineStyle(2 + (t / 100) * 8, 0xffffff, 0.15 + (t / 100) * 0.5).lineBetween(from.x, from.y, p.x, p.y);
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
      this.setText(o.stance, `${mark}${stanceText(s.stance, s.atTable)}${s.isAuthor ? ' · author' : ''}`, STANCE_COLOUR[s.stance ?? 'none']);
    });

    this.setText(this.round as Phaser.GameObjects.Text, m.status === 'finished' ? 'The negotiation is over' : `Round ${m.round} of ${m.rounds}`);
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
  rendererType(): number;
  destroy(): void;
}

export function createRoomCanvas(parent: HTMLElement): RoomCanvas {
  const scene = new TableScene();
  // Render at the size the canvas is shown (device pixels, 4:3), not a fixed size stretched: crisp
  // on a 4K projector, and no wasted pixels on a laptop.
  const shown = Math.round(Math.min(parent.clientWidth || 960, ((parent.clientHeight || 720) * WIDTH) / HEIGHT) * (window.devicePixelRatio || 1));
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
  return {
    setModel: (m) => scene.setModel(m),
    rendererType: () => game.renderer?.type ?? -1,
    destroy: () => game.destroy(true),
  };
}
