import { defineConfig } from 'vite';

// `npm run dev` proxies the API and both WebSockets to a `codemint serve`
// on 127.0.0.1:8080; `npm run build` writes web/dist, which the `webui` crate
// embeds in the binary.
const backend = process.env.CODEMINT_DEV_BACKEND ?? 'http://127.0.0.1:8080';

export default defineConfig({
  build: {
    target: 'es2022',
    sourcemap: false,
    chunkSizeWarningLimit: 700,
    rollupOptions: {
      // react-router's "use client" markers mean nothing outside server components.
      onwarn(warning, warn) {
        if (warning.code !== 'MODULE_LEVEL_DIRECTIVE') warn(warning);
      },
    },
  },
  server: {
    proxy: {
      '/api': backend,
      '/ws': { target: backend, ws: true },
      '/yjs': { target: backend, ws: true },
    },
  },
});
