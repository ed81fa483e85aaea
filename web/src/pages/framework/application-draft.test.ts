import { describe, expect, it } from "vitest";
import { applicationInputSchema } from "#shared/framework/application.ts";
import { applicationDraftKey, emptyApplication, toApplicationInput } from "./application-draft.ts";

describe("the application form's values as the API's input", () => {
  it("turns answers as typed into the application the API accepts", () => {
    const input = toApplicationInput({
      ...emptyApplication("Fresh Start Mentoring"),
      legalForm: "Charitable incorporated organisation",
      registrationNumber: "119 9231",
      size: "micro",
      vcse: "yes",
      needAreaIds: ["finance-benefits-debt"],
      regionIds: ["london"],
      safeguardingDeclaration: true,
      dataProtectionDeclaration: true,
    });
    const parsed = applicationInputSchema.safeParse(input);
    expect(parsed.success).toBe(true);
    expect(parsed.data).toMatchObject({ registrationNumber: "1199231", vcse: true, size: "micro" });
  });

  it("leaves unanswered questions unanswered, so the schema asks for them", () => {
    const input = toApplicationInput(emptyApplication());
    expect(input.size).toBeUndefined();
    expect(input.vcse).toBeUndefined();
    const messages = applicationInputSchema.safeParse(input).error?.issues.map((issue) => issue.message);
    expect(messages).toContain("Select whether your organisation is a VCSE");
  });

  it("keeps each person's answers apart", () => {
    expect(applicationDraftKey("user-a")).not.toBe(applicationDraftKey("user-b"));
  });
});
