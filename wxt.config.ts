import { resolve } from 'node:path';
import preact from '@preact/preset-vite';
import { defineConfig } from 'wxt';
import { chromeMessages, DEFAULT_LOCALE, UI_LOCALES } from './src/ui/locales/index.ts';

const ORT_WASM = 'ort-wasm-simd-threaded.wasm';

// onnxruntime-web locates its wasm with `new URL(..., import.meta.url)`, which Vite
// would inline as 14 MB of base64 into every bundle. We point it at a plain path
// instead and ship the file once, under /ort/ (the scorer sets wasmPaths there).
const ortWasmAsFile = {
  name: 'redflag-ort-wasm-as-file',
  enforce: 'pre' as const,
  transform(code: string, id: string) {
    if (!id.includes('onnxruntime-web')) return null;
    return code
      // ORT can `import()` its glue from a URL; RedFlag uses the copy bundled with it (it passes
      // `wasmPaths: { wasm }`), so that path is cut: extensions load no code from a URL.
      .replace(/async (\w+)=>\(await import\(\/\*webpackIgnore:true\*\/ \/\*@vite-ignore\*\/\1\)\)\.default/g, 'async()=>{throw new Error("RedFlag does not load code from URLs")}')
      .replace(/new URL\(\s*["']ort-wasm-simd-threaded\.wasm["']\s*,\s*import\.meta\.url\s*\)\.href/g, JSON.stringify(`/ort/${ORT_WASM}`));
  },
};

// Preact can set innerHTML for `dangerouslySetInnerHTML`, which RedFlag never uses: that branch
// sets text instead, so no markup from a page can ever become HTML (and web-ext lint has nothing to flag).
const preactTextOnly = {
  name: 'redflag-preact-text-only',
  enforce: 'pre' as const,
  transform(code: string, id: string) {
    if (!/node_modules\/preact\/dist\//.test(id)) return null;
    return code.replace(/\((\w+)\.innerHTML=(\w+)\.__html\)/g, '($1.textContent=$2.__html)');
  },
};

// REDFLAG_TEST_HOOKS=1 builds the variant the browser tests drive into .output/test/: open
// shadow roots and state attributes they can read. Release builds never expose either.
const testHooks = process.env.REDFLAG_TEST_HOOKS === '1';

// Least privilege: no host permissions (content scripts run only on the chat
// sites listed by the site adapters; the opt-in platform guard asks for access at
// runtime), no remote code, no network requests.
export default defineConfig({
  srcDir: '.',
  entrypointsDir: 'entrypoints',
  publicDir: 'public',
  outDir: testHooks ? '.output/test' : '.output',
  manifest: ({ browser }) => ({
    name: '__MSG_ext_name__',
    description: '__MSG_ext_description__',
    default_locale: DEFAULT_LOCALE,
    permissions: [
      'storage',
      'contextMenus',
      'activeTab',
      'scripting',
      ...(browser === 'firefox' ? [] : ['offscreen']),
      // Test builds only (see below): the guard's optional access, held from the start.
      ...(testHooks ? (browser === 'firefox' ? ['*://*/*'] : ['declarativeNetRequest']) : []),
    ],
    // The platform guard (off by default) asks for these at runtime, from the options page,
    // only when the user turns it on, and gives them back when it is turned off.
    ...(browser === 'firefox'
      ? // Firefox's MV2 does not take declarativeNetRequest as an optional permission: the guard's page check does the job there.
        { optional_permissions: ['*://*/*'] }
      : { optional_host_permissions: ['*://*/*'], optional_permissions: ['declarativeNetRequest'] }),
    // Test builds hold the guard's optional access from the start: browsers offer automation no
    // way to answer a permission prompt. Release builds ask for it at runtime (tests/browser/platform-guard.test.ts).
    ...(testHooks && browser !== 'firefox' ? { host_permissions: ['*://*/*'] } : {}),
    // The guard's warning page replaces a stopped page, so pages may navigate to it (and nothing else).
    web_accessible_resources: browser === 'firefox' ? ['guard.html'] : [{ resources: ['guard.html'], matches: ['<all_urls>'] }],
    content_security_policy:
      browser === 'firefox'
        ? ("script-src 'self' 'wasm-unsafe-eval'; object-src 'self';" as unknown as undefined)
        : { extension_pages: "script-src 'self' 'wasm-unsafe-eval'; object-src 'self';" },
    ...(browser === 'firefox' ? {
          browser_specific_settings: {
            // RedFlag collects and transmits nothing.
            gecko: { id: 'redflag@redflag.invalid', strict_min_version: '142.0', data_collection_permissions: { required: ['none'] } },
          },
        } : {}),
  }),
  hooks: {
    'build:publicAssets': (_wxt, assets) => {
      assets.push({ absoluteSrc: resolve('node_modules/onnxruntime-web/dist', ORT_WASM), relativeDest: `ort/${ORT_WASM}` });
      // The interface's words and the detector's reasons, as the browser's i18n reads them.
      for (const locale of Object.keys(UI_LOCALES)) {
        assets.push({ relativeDest: `_locales/${locale}/messages.json`, contents: JSON.stringify(chromeMessages(locale), null, 1) });
      }
    },
  },
  vite: () => ({
    plugins: [ortWasmAsFile, preactTextOnly, preact()],
    define: { __REDFLAG_TEST_HOOKS__: JSON.stringify(testHooks) },
  }),
});
