/**
 * The table canvas drops multisampling where WebGL is rendered in software (issue 17): which
 * renderer names count as software. The browser test (test/browser/game.test.ts) checks the canvas
 * this Chromium (SwiftShader) gets.
 */
import { describe, expect, it } from 'vitest';
import { isSoftwareRenderer } from '../../src/game/room/softwareGl.ts';

describe('software WebGL renderers', () => {
  it('names Chromium’s SwiftShader, Mesa’s llvmpipe and softpipe, and Windows’ WARP as software', () => {
    for (const name of [
      'ANGLE (Google, Vulkan 1.3.0 (SwiftShader Device (Subzero) (0x0000C0DE)), SwiftShader driver)',
      'Google SwiftShader',
      'llvmpipe (LLVM 15.0.6, 256 bits)',
      'Mesa/X.org, softpipe',
      'ANGLE (Microsoft, Microsoft Basic Render Driver Direct3D11 vs_5_0 ps_5_0, D3D11)',
    ])
      expect(isSoftwareRenderer(name), name).toBe(true);
  });
  it('leaves GPUs and hidden names alone (their canvas keeps its antialiased edges)', () => {
    for (const name of [
      'ANGLE (NVIDIA, NVIDIA GeForce RTX 3060 Direct3D11 vs_5_0 ps_5_0, D3D11)',
      'ANGLE (Intel, Mesa Intel(R) UHD Graphics 620 (KBL GT2), OpenGL 4.6)',
      'Apple M1',
      'Mali-G78',
      'WebKit WebGL',
      '',
    ])
      expect(isSoftwareRenderer(name), name).toBe(false);
  });
});
