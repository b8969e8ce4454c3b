import preact from '@preact/preset-vite';
import { defineConfig } from 'wxt';

// Least privilege: the engine runs entirely on the device, so the extension
// asks for no host permissions and makes no network requests in this release.
export default defineConfig({
  srcDir: '.',
  entrypointsDir: 'entrypoints',
  publicDir: 'public',
  outDir: '.output',
  manifest: {
    name: 'RedFlag',
    description: 'Warns you, on your own device, when a chat looks like a pig-butchering investment scam.',
    permissions: [],
  },
  vite: () => ({
    plugins: [preact()],
  }),
});
