import { readdirSync, readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import react from "@vitejs/plugin-react";
import { NodePackageImporter } from "sass";
import sirv from "sirv";
import { createLogger, defineConfig, type Plugin, type Rolldown, type UserConfig } from "vite";

const webRoot = dirname(fileURLToPath(import.meta.url));
const repoRoot = join(webRoot, "..");
const gateway = process.env.PORTAL_GATEWAY_URL ?? "http://127.0.0.1:3000";

/** The GOV.UK and MoJ Frontend assets the stylesheets point at (`/assets/fonts/…`, `/assets/images/…`). */
const assetFolders = [
  join(repoRoot, "node_modules/govuk-frontend/dist/govuk/assets"),
  join(repoRoot, "node_modules/@ministryofjustice/frontend/moj/assets"),
];

const filesUnder = (dir: string, prefix = ""): { path: string; name: string }[] =>
  readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory()
      ? filesUnder(join(dir, entry.name), `${prefix}${entry.name}/`)
      : [{ path: join(dir, entry.name), name: `${prefix}${entry.name}` }],
  );

/**
 * Serves the design systems' fonts and images at `/assets/` in dev and copies them into `dist/assets/`
 * in a build: the copy-the-assets-folder approach the GOV.UK Frontend guide recommends.
 */
const designSystemAssets = (): Plugin => ({
  name: "portal-design-system-assets",
  configureServer(server) {
    for (const folder of assetFolders) server.middlewares.use("/assets", sirv(folder, { dev: true }));
  },
  generateBundle() {
    const emitted = new Set<string>();
    for (const folder of assetFolders) {
      for (const file of filesUnder(folder)) {
        if (!/^(fonts|images)\//.test(file.name) || emitted.has(file.name)) continue;
        emitted.add(file.name);
        this.emitFile({ type: "asset", fileName: `assets/${file.name}`, source: readFileSync(file.path) });
      }
    }
  },
});

/**
 * What each chunk has already loaded before its code runs (itself and its static imports, transitively),
 * read from the bundle as it is written. Vite lists, for every lazy page, all the chunks it needs; the
 * entry carries those lists for ~90 pages, so naming React or the shell again in each costs every first
 * page bytes for files the browser already has (issue 15).
 */
const loadedBefore = () => {
  let bundle: Rolldown.OutputBundle | undefined;
  const closure = (file: string, seen: Set<string>): Set<string> => {
    const chunk = bundle?.[file];
    if (chunk?.type !== "chunk" || seen.has(file)) return seen;
    seen.add(file);
    for (const imported of chunk.imports) closure(imported, seen);
    return seen;
  };
  const plugin: Plugin = {
    name: "portal-loaded-before",
    // Runs before Vite's own generateBundle writes the preload lists, which calls `of` below.
    generateBundle(_options, output) {
      bundle = output;
    },
  };
  return { plugin, of: (file: string) => closure(file, new Set()) };
};
const alreadyLoaded = loadedBefore();

/**
 * GOV.UK Frontend's service navigation keeps an IE 9–11 hack, `@media screen and (min-width: 0\0)`, that
 * Lightning CSS (Vite's minifier) rejects. No browser the portal supports applies it, so drop it.
 */
const dropLegacyIeMediaHacks = {
  postcssPlugin: "portal-drop-legacy-ie-media-hacks",
  AtRule: {
    media(rule: { params: string; remove(): void }) {
      if (/\(min-width:\s*0(\\0|\uFFFD)\)/.test(rule.params)) rule.remove();
    },
  },
};

// The stylesheets' `/assets/...` URLs are served by the plugin above, not by Vite's pipeline, so Vite's
// "didn't resolve at build time" notice for each of them is expected; keep every other warning.
const logger = createLogger();
const designSystemAssetNotice =
  /^\/assets\/(fonts|images)\/\S+ referenced in .* didn't resolve at build time/;
for (const level of ["warn", "warnOnce"] as const) {
  const write = logger[level].bind(logger);
  logger[level] = (message, options) => {
    if (!designSystemAssetNotice.test(message.trim())) write(message, options);
  };
}

const config: UserConfig = {
  customLogger: logger,
  root: webRoot,
  publicDir: join(webRoot, "public"),
  plugins: [react(), designSystemAssets(), alreadyLoaded.plugin],
  css: {
    postcss: { plugins: [dropLegacyIeMediaHacks] },
    preprocessorOptions: {
      scss: {
        // `pkg:` URLs resolve through package.json "sass" exports; MoJ Frontend loads
        // `node_modules/govuk-frontend/...` from the project root.
        importers: [new NodePackageImporter(repoRoot)],
        loadPaths: [repoRoot],
        quietDeps: true,
        // MoJ Frontend still calls GOV.UK mixins GOV.UK has deprecated; that is theirs to fix, so keep the
        // build output for warnings about our own Sass.
        logger: {
          warn(message: string, options: { deprecation: boolean; span?: { url?: URL | null } }) {
            if (
              options.span?.url?.pathname.includes("/node_modules/") ||
              message.includes("$govuk-suppressed-warnings")
            ) {
              return;
            }
            console.warn(`Sass: ${message}`);
          },
        },
      },
    },
  },
  build: {
    outDir: join(webRoot, "dist"),
    emptyOutDir: true,
    manifest: true,
    // The CSP allows no inline script; modern browsers support modulepreload natively.
    // A lazy page's chunks are fetched together (no waterfall), except those its importer has loaded.
    modulePreload: {
      polyfill: false,
      resolveDependencies: (_file, deps, { hostId }) => {
        const loaded = alreadyLoaded.of(hostId);
        return deps.filter((dep) => !loaded.has(dep));
      },
    },
    // Keep every asset a file: the CSP has no inline styles and fonts are served from /assets.
    assetsInlineLimit: 0,
    rolldownOptions: {
      output: {
        // Libraries change less often than the portal: separate chunks stay cached across deploys. Only
        // the libraries every page needs are grouped; the rest (zod, date-fns, oidc-client-ts, …) are
        // split with the pages that use them, so a page never waits for a library it does not use.
        codeSplitting: {
          groups: [
            { name: "react", test: /[\\/]node_modules[\\/](react|react-dom|scheduler)[\\/]/, priority: 2 },
            {
              name: "vendor",
              test: /[\\/]node_modules[\\/](react-router|@tanstack)[\\/]/,
              priority: 1,
            },
          ],
        },
      },
    },
  },
  server: {
    proxy: {
      "/api": { target: gateway, changeOrigin: true },
      "/__local": { target: gateway, changeOrigin: true },
      // Locally the gateway writes the runtime configuration: it names the local OpenID Provider.
      "/config.json": { target: gateway, changeOrigin: true },
    },
  },
};

export default defineConfig(({ command }) => {
  // The browser tests build from inside Vitest, which sets NODE_ENV=test; Vite would then bundle React's
  // development build. A build is a production build unless someone asks for development explicitly.
  if (command === "build" && process.env.NODE_ENV === "test") process.env.NODE_ENV = "production";
  return config;
});
