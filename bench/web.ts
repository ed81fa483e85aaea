import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { gzipSync } from "node:zlib";
import { buildWeb } from "#infra/local/build-web.ts";

interface ManifestChunk {
  file: string;
  isEntry?: boolean;
  css?: string[];
  imports?: string[];
}

export interface WebFigure {
  page: string;
  jsGzipBytes: number;
  cssGzipBytes: number;
}

/**
 * Builds the web app into a scratch folder and weighs (gzipped) what a browser must fetch before the
 * first page can render: the entry chunk, the chunks it imports statically, and their CSS.
 */
export const measureWeb = (): WebFigure[] => {
  const outDir = mkdtempSync(join(tmpdir(), "portal-bench-web-"));
  buildWeb(outDir);
  const manifest = JSON.parse(readFileSync(join(outDir, ".vite", "manifest.json"), "utf8")) as Record<
    string,
    ManifestChunk
  >;
  const gz = (file: string) => gzipSync(readFileSync(join(outDir, file))).length;
  const weigh = (key: string, seen = new Set<string>()): { js: number; css: number } => {
    if (seen.has(key)) return { js: 0, css: 0 };
    seen.add(key);
    const chunk = manifest[key]!;
    const own = { js: gz(chunk.file), css: (chunk.css ?? []).reduce((n, f) => n + gz(f), 0) };
    return (chunk.imports ?? []).reduce((total, imported) => {
      const next = weigh(imported, seen);
      return { js: total.js + next.js, css: total.css + next.css };
    }, own);
  };
  const entry = Object.keys(manifest).find((key) => manifest[key]!.isEntry)!;
  const { js, css } = weigh(entry);
  // Every role's first page is in the one entry bundle today (no route-level code splitting).
  return ["provider", "commissioner", "responsible officer"].map((role) => ({
    page: `${role}: home page`,
    jsGzipBytes: js,
    cssGzipBytes: css,
  }));
};
