/**
 * Bundles the explorer page's script (web/explorer/main.ts, with losskit's registry, kernels
 * and chart kit) into one browser module with esbuild. Run at build time
 * (scripts/build-explorer.ts writes the generated module); from a source checkout without the
 * generated module, `explorerScript` calls it on the fly. esbuild is a dev dependency only.
 */
import { fileURLToPath } from 'node:url';
import type { Plugin } from 'esbuild';

const ENTRY = fileURLToPath(new URL('../../web/explorer/main.ts', import.meta.url));

/**
 * The WASM kernels' generated module is left out: the page's curves and fits run in float64,
 * where losskit uses its TypeScript kernels anyway, and the base64 module would add ~84 KB.
 */
const WITHOUT_WASM: Plugin = {
  name: 'losskit-without-wasm',
  setup(build) {
    build.onResolve({ filter: /kernels\.generated\.js$/ }, () => ({ path: 'kernels.generated.js', namespace: 'losskit-empty' }));
    build.onLoad({ filter: /.*/, namespace: 'losskit-empty' }, () => ({ contents: 'export {};' }));
  },
};

export async function bundleExplorerScript(): Promise<string> {
  const esbuild = await import('esbuild');
  const result = await esbuild.build({
    entryPoints: [ENTRY],
    bundle: true,
    format: 'esm',
    platform: 'browser',
    target: 'es2022',
    minify: true,
    legalComments: 'none',
    write: false,
    plugins: [WITHOUT_WASM],
  });
  const file = result.outputFiles[0];
  if (!file) throw new Error('explorer: esbuild produced no output');
  return file.text;
}
