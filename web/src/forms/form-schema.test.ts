import { describe, expect, it } from "vitest";
import * as z from "zod";
import { askQuestionSchema } from "#shared/opportunities/clarification.ts";
import { flattenErrors } from "./error-state.ts";
import { formResolver } from "./form-schema.ts";
import { parsePoundsToPence } from "./parse.ts";

// What react-hook-form passes a resolver for a form with no native validation.
const options = { fields: {}, shouldUseNativeValidation: false } as never;

const priceSchema = z.object({
  pricePence: z.number({ message: "Enter the price in pounds, like 450 or 450.50" }).int().positive(),
  note: z.string().trim().min(1, "Enter a note"),
});
type PriceForm = { price: string; note: string };
const toRequest = (values: PriceForm) => ({
  pricePence: parsePoundsToPence(values.price) ?? values.price,
  note: values.note,
});

describe("a form judged by the shared request schema", () => {
  it("sends what the API's schema makes of the answers (trimmed, as the API would store it)", async () => {
    const result = await formResolver(askQuestionSchema)(
      { question: "  When is the deadline?  " },
      undefined,
      options,
    );
    expect(result.errors).toEqual({});
    expect(result.values).toEqual({ question: "When is the deadline?" });
  });

  it("reports every problem in one go, each worded by the schema, at the request's field", async () => {
    const result = await formResolver(priceSchema, toRequest)(
      { price: "abc", note: " " },
      undefined,
      options,
    );
    expect(flattenErrors(result.errors)).toEqual([
      { path: "pricePence", message: "Enter the price in pounds, like 450 or 450.50" },
      { path: "note", message: "Enter a note" },
    ]);
  });

  it("maps typed text to the request (pounds to pence)", async () => {
    const result = await formResolver(priceSchema, toRequest)(
      { price: "£1,250.50", note: "ok" },
      undefined,
      options,
    );
    expect(result.values).toEqual({ pricePence: 125_050, note: "ok" });
  });
});
