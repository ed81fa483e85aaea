import { describe, expect, it } from "vitest";
import { scheduleSessionInputSchema } from "./delivery.ts";

const base = { at: "2027-01-01T10:00:00.000Z", durationMinutes: 60, format: "one-to-one", version: 1 };
const messages = (body: object) => {
  const result = scheduleSessionInputSchema.safeParse(body);
  return result.success ? [] : result.error.issues.map((i) => [i.path.join("."), i.message]);
};

describe("an appointment's place", () => {
  it("needs an office for a probation office and an address for anywhere else in person", () => {
    expect(messages({ ...base, method: "probation-office" })).toEqual([
      ["officeId", "Select the probation office"],
    ]);
    expect(messages({ ...base, method: "in-person" })).toEqual([
      ["otherAddress.line1", "Enter the first line of the address"],
    ]);
    expect(messages({ ...base, method: "phone" })).toEqual([]);
  });

  it("takes a UK postcode however it is typed, and refuses what is not one", () => {
    const at = (postcode: string) =>
      scheduleSessionInputSchema.safeParse({
        ...base,
        method: "in-person",
        otherAddress: { line1: "12 Caledonian Road", town: "London", postcode },
      });
    expect(at(" n1  9dx ").data?.otherAddress?.postcode).toBe("N1 9DX");
    expect(at("sw1a1aa").data?.otherAddress?.postcode).toBe("SW1A 1AA");
    expect(at("12345").error?.issues[0]?.message).toBe("Enter a real postcode, like SW1A 1AA");
  });
});
