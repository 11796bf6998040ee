import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defaultClientConditions, defineConfig } from 'vite';

const webRoot = fileURLToPath(new URL('.', import.meta.url));
// The API server in development; override with TB_API_PROXY_TARGET=http://host:port.
const apiTarget = process.env.TB_API_PROXY_TARGET ?? 'http://127.0.0.1:3000';

/**
 * Vendor chunks. Libraries change less often than app code, so these survive most deploys in the
 * browser cache. The groups tagged `$initial` take only modules reachable by static import from the
 * entry, so a heavy library used by one lazy route stays in that route's chunk instead of growing the
 * first load. zod is the exception: nearly every data route validates with it, so it gets one chunk.
 */
const initial = ['$initial' as const];
const vendorGroups = [
  { name: 'react', test: /[\\/]node_modules[\\/](react|react-dom|scheduler)[\\/]/, priority: 40, tags: initial },
  {
    name: 'router',
    test: /[\\/]node_modules[\\/](react-router|cookie|set-cookie-parser)[\\/]/,
    priority: 30,
    tags: initial,
  },
  { name: 'query', test: /[\\/]node_modules[\\/]@tanstack[\\/]/, priority: 30, tags: initial },
  { name: 'zod', test: /[\\/]node_modules[\\/]zod[\\/]/, priority: 30 },
  // Everything else the shell needs at start: Mantine and its helpers (floating-ui, clsx, …).
  { name: 'mantine', test: /[\\/]node_modules[\\/]/, priority: 10, tags: initial },
];

export default defineConfig({
  root: webRoot,
  // The app is served by the API server from its root; assets live under /assets.
  base: '/',
  plugins: [react()],
  resolve: {
    // `source` makes `@tumor-board/shared` resolve to its TypeScript source (see shared/package.json).
    conditions: ['source', ...defaultClientConditions],
  },
  server: {
    host: '127.0.0.1',
    port: 5173,
    strictPort: true,
    proxy: {
      '/api': { target: apiTarget, changeOrigin: false },
      '/socket.io': { target: apiTarget, ws: true, changeOrigin: false },
    },
  },
  preview: {
    host: '127.0.0.1',
    port: 4173,
    proxy: {
      '/api': { target: apiTarget, changeOrigin: false },
      '/socket.io': { target: apiTarget, ws: true, changeOrigin: false },
    },
  },
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    target: 'es2022',
    sourcemap: true,
    // dist/.vite/manifest.json maps each route module to its chunks (used to measure the first load).
    manifest: true,
    // Keep every asset a real file so the server's strict CSP needs no `data:` allowances.
    assetsInlineLimit: 0,
    rolldownOptions: {
      treeshake: {
        // `shared` is pure by design (DESIGN §1: no I/O), but its package.json does not say
        // `"sideEffects": false`, and its top-level `z.object(…).superRefine(…)` calls look impure to
        // the bundler. Without this, importing one schema from '@tumor-board/shared' bundles all of
        // shared (every score, vocabulary and schema) into the first load.
        moduleSideEffects: [{ test: /^(?!.*node_modules).*[\\/]shared[\\/]src[\\/]/, sideEffects: false }],
      },
      output: {
        codeSplitting: {
          groups: vendorGroups,
        },
      },
    },
  },
});
