import { describe, expect, it } from "vitest";
import { clearDraft, type DraftStore, readDraft, writeDraft } from "./session-draft.ts";

const memory = (): DraftStore & { data: Map<string, string> } => {
  const data = new Map<string, string>();
  return {
    data,
    getItem: (k) => data.get(k) ?? null,
    setItem: (k, v) => void data.set(k, v),
    removeItem: (k) => void data.delete(k),
  };
};

describe("answers kept for the tab", () => {
  it("come back after a reload, over the form's defaults", () => {
    const store = memory();
    writeDraft("apply", { name: "Bridge Housing", regions: ["london"] }, store);
    expect(readDraft("apply", { name: "", regions: [] as string[], phone: "" }, store)).toEqual({
      name: "Bridge Housing",
      regions: ["london"],
      phone: "",
    });
  });

  it("drop fields the form no longer has, and anything unreadable", () => {
    const store = memory();
    store.setItem("draft:apply", JSON.stringify({ name: "A", removedField: "x" }));
    expect(readDraft("apply", { name: "" }, store)).toEqual({ name: "A" });
    store.setItem("draft:apply", "{not json");
    expect(readDraft("apply", { name: "" }, store)).toEqual({ name: "" });
  });

  it("are forgotten once sent", () => {
    const store = memory();
    writeDraft("apply", { name: "A" }, store);
    clearDraft("apply", store);
    expect(readDraft("apply", { name: "" }, store)).toEqual({ name: "" });
  });

  it("are not needed for the form to work when storage is refused", () => {
    const refusing: DraftStore = {
      getItem: () => null,
      setItem: () => {
        throw new Error("QuotaExceededError");
      },
      removeItem: () => undefined,
    };
    expect(() => writeDraft("apply", { name: "A" }, refusing)).not.toThrow();
  });
});
