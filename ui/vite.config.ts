import { defineConfig } from 'vite';

// Relative asset paths work under Tauri's custom protocol and from samuh-serve alike.
export default defineConfig({
  base: './',
  build: { outDir: 'dist', emptyOutDir: true, target: 'es2022' },
});
