import { defineConfig } from 'tsup'

export default defineConfig({
  entry: { index: 'src/index.ts', cli: 'src/cli/main.ts', worker: 'src/cli/worker.ts' },
  format: ['esm'],
  target: 'node20',
  dts: { entry: { index: 'src/index.ts' } },
  clean: true,
  sourcemap: false,
  splitting: true,
  // The shipped glossaries, validated and compiled to JSON for a fast start (dist/glossaries/).
  onSuccess: 'node scripts/compile-glossaries.mjs',
})
