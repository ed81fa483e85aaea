import { describe, expect, it } from "vitest";
import { contentMatchesType } from "./content-check.ts";

const bytes = (...parts: (string | number[])[]) =>
  new Uint8Array(parts.flatMap((p) => (typeof p === "string" ? [...Buffer.from(p)] : p)));
const png = bytes([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a], "IHDR");
const docx = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

describe("a file's first bytes against its declared type", () => {
  it("accepts each type's own signature", () => {
    expect(contentMatchesType("application/pdf", bytes("%PDF-1.7\n"), false)).toBe(true);
    expect(contentMatchesType("image/png", png, false)).toBe(true);
    expect(contentMatchesType("image/jpeg", bytes([0xff, 0xd8, 0xff, 0xe0]), false)).toBe(true);
    expect(contentMatchesType(docx, bytes("PK", [3, 4], "word/"), false)).toBe(true);
    expect(contentMatchesType("text/csv", bytes("name,score\nAnn,3\n"), false)).toBe(true);
  });

  it("refuses a PNG, an HTML page or an empty file declared as a PDF", () => {
    expect(contentMatchesType("application/pdf", png, false)).toBe(false);
    expect(contentMatchesType("application/pdf", bytes("<html><script>"), false)).toBe(false);
    expect(contentMatchesType("application/pdf", bytes(), false)).toBe(false);
    expect(contentMatchesType(docx, bytes("%PDF-1.4"), false)).toBe(false);
  });

  it("takes CSV as UTF-8 text without NUL bytes, allowing a character cut off by the sample", () => {
    const pound = bytes("price,£"); // £ is two bytes: C2 A3
    expect(contentMatchesType("text/csv", pound.subarray(0, pound.length - 1), true)).toBe(true);
    expect(contentMatchesType("text/csv", pound.subarray(0, pound.length - 1), false)).toBe(false);
    expect(contentMatchesType("text/csv", bytes("a,b", [0], "c"), false)).toBe(false);
    expect(contentMatchesType("text/csv", png, true)).toBe(false);
  });

  it("never accepts a type it does not know", () => {
    expect(contentMatchesType("text/html", bytes("<html>"), false)).toBe(false);
  });
});
