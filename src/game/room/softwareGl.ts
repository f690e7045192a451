/**
 * Whether this browser renders WebGL in software (no GPU, or a GPU it will not use), for the table
 * canvas's settings (tableScene.ts): a software rasteriser pays for every sample of every pixel.
 */

/** Software rasterisers as WebGL names them: Chromium's SwiftShader, Mesa's llvmpipe and softpipe, Windows' WARP. */
const SOFTWARE = /swiftshader|llvmpipe|softpipe|software|basic render driver/i;

/** Whether a WebGL renderer's name (UNMASKED_RENDERER_WEBGL, else RENDERER) is a software rasteriser. */
export function isSoftwareRenderer(name: string): boolean {
  return SOFTWARE.test(name);
}

let answer: boolean | undefined;

/**
 * Asked once per page, on a throwaway canvas whose context is released at once. A browser that
 * hides the real renderer's name (privacy settings) counts as hardware: the canvas keeps its
 * antialiasing, as before.
 */
export function webglInSoftware(): boolean {
  if (answer === undefined) {
    const gl = document.createElement('canvas').getContext('webgl');
    if (gl === null) answer = false;
    else {
      const info = gl.getExtension('WEBGL_debug_renderer_info');
      const name: unknown = gl.getParameter(info ? info.UNMASKED_RENDERER_WEBGL : gl.RENDERER);
      answer = isSoftwareRenderer(String(name));
      gl.getExtension('WEBGL_lose_context')?.loseContext();
    }
  }
  return answer;
}
