import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { gzipSync } from "node:zlib";
import { buildWeb } from "#infra/local/build-web.ts";

interface ManifestChunk {
  file: string;
  src?: string;
  isEntry?: boolean;
  isDynamicEntry?: boolean;
  css?: string[];
  imports?: string[];
  dynamicImports?: string[];
}

export interface WebFigure {
  page: string;
  /** "first page" of a role, or the heaviest page of an area. */
  kind: "first page" | "heaviest page";
  jsGzipBytes: number;
  cssGzipBytes: number;
}

// Each role's first page is the home page, which loads the role's own home (web/src/pages/home/).
const roleHomes = {
  provider: "src/pages/home/ProviderHome.tsx",
  commissioner: "src/pages/home/CommissionerHome.tsx",
  "responsible officer": "src/pages/home/ResponsibleOfficerHome.tsx",
} as const;

/**
 * Builds the web app into a scratch folder and weighs (gzipped) what a browser must fetch before a page
 * can render: the entry chunk and its static imports, plus the page's own lazily loaded chunk and its
 * static imports (each file counted once). Measured for each role's first page and for the heaviest
 * page of each area (folder of web/src/pages).
 */
export const measureWeb = (): WebFigure[] => {
  const outDir = mkdtempSync(join(tmpdir(), "portal-bench-web-"));
  buildWeb(outDir);
  const manifest = JSON.parse(readFileSync(join(outDir, ".vite", "manifest.json"), "utf8")) as Record<
    string,
    ManifestChunk
  >;
  const gz = (file: string) => gzipSync(readFileSync(join(outDir, file))).length;
  const closure = (key: string, files: Set<string>) => {
    const chunk = manifest[key]!;
    if (files.has(chunk.file)) return;
    files.add(chunk.file);
    for (const css of chunk.css ?? []) files.add(css);
    for (const imported of chunk.imports ?? []) closure(imported, files);
  };
  // A page whose route is itself loaded lazily (every page but the first ones, web/src/app/page-routes.tsx)
  // waits for the chunk that imports it too, so that chunk is counted with the page.
  const withImporters = (key: string, files: Set<string>) => {
    closure(key, files);
    for (const [importer, chunk] of Object.entries(manifest)) {
      if (chunk.dynamicImports?.includes(key) && !files.has(chunk.file)) withImporters(importer, files);
    }
  };
  const entry = Object.keys(manifest).find((key) => manifest[key]!.isEntry)!;
  const weigh = (pageKey?: string) => {
    const files = new Set<string>();
    closure(entry, files);
    if (pageKey) withImporters(pageKey, files);
    const list = [...files];
    return {
      jsGzipBytes: list.filter((f) => f.endsWith(".js")).reduce((n, f) => n + gz(f), 0),
      cssGzipBytes: list.filter((f) => f.endsWith(".css")).reduce((n, f) => n + gz(f), 0),
    };
  };
  const firstPages = Object.entries(roleHomes).map(([role, src]) => ({
    page: `${role}: home page`,
    kind: "first page" as const,
    ...weigh(manifest[src] ? src : undefined),
  }));
  const byArea = new Map<string, WebFigure>();
  for (const [key, chunk] of Object.entries(manifest)) {
    const area = /^src\/pages\/([^/]+)\//.exec(chunk.src ?? "")?.[1];
    if (!chunk.isDynamicEntry || !area) continue;
    const figure = {
      page: `${area}: ${key.split("/").at(-1)}`,
      kind: "heaviest page" as const,
      ...weigh(key),
    };
    if ((byArea.get(area)?.jsGzipBytes ?? -1) < figure.jsGzipBytes) byArea.set(area, figure);
  }
  return [...firstPages, ...[...byArea.values()].sort((a, b) => a.page.localeCompare(b.page))];
};
