import { resolve } from 'node:path';
import { defineConfig } from 'electron-vite';
import rendererConfig from './vite.renderer.config';

const root = import.meta.dirname;

/**
 * main -> out/main/index.js (ESM, like the package); preload -> out/preload/index.cjs, because a sandboxed
 * preload is loaded as a classic script and cannot be an ES module; renderer -> out/renderer, built exactly as
 * `npm run build:renderer` builds it for the browser host.
 */
export default defineConfig({
  main: {
    resolve: rendererConfig.resolve,
    build: {
      outDir: resolve(root, 'out/main'),
      // Every dependency is bundled into out/main, so the package carries no node_modules but the native driver,
      // which must never be bundled (electron-builder packs it, with only its .node file unpacked).
      externalizeDeps: false,
      rolldownOptions: {
        // The exchange reader's worker thread is an entry of its own (src-main/services/exchange/worker.ts finds it
        // beside the chunk that starts it, so chunks stay in out/main too).
        input: { index: resolve(root, 'src-main/app/main.ts'), exchangeWorker: resolve(root, 'src-main/services/exchange/readWorker.ts') },
        external: ['electron', 'better-sqlite3-multiple-ciphers'],
        output: { format: 'es', entryFileNames: '[name].js', chunkFileNames: '[name]-[hash].js' },
      },
    },
  },
  preload: {
    build: {
      outDir: resolve(root, 'out/preload'),
      rolldownOptions: {
        input: { index: resolve(root, 'src-main/preload/index.ts') },
        output: { format: 'cjs', entryFileNames: '[name].cjs', codeSplitting: false },
      },
    },
  },
  renderer: {
    root: rendererConfig.root,
    base: './',
    plugins: rendererConfig.plugins,
    css: rendererConfig.css,
    resolve: rendererConfig.resolve,
    define: rendererConfig.define,
    build: {
      outDir: resolve(root, 'out/renderer'),
      emptyOutDir: true,
      chunkSizeWarningLimit: rendererConfig.build?.chunkSizeWarningLimit,
      manifest: rendererConfig.build?.manifest,
      // Minified as for the browser host (electron-vite leaves it off): a third less script to parse at every start.
      minify: true,
      rolldownOptions: {
        input: resolve(root, 'src-renderer/index.html'),
        treeshake: rendererConfig.build?.rolldownOptions?.treeshake,
        output: rendererConfig.build?.rolldownOptions?.output,
      },
    },
  },
});
