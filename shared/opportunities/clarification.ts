import * as z from "zod";

/** A provider's clarification question. */
export const askQuestionSchema = z.object({
  question: z
    .string({ message: "Enter your question" })
    .trim()
    .min(1, "Enter your question")
    .max(2000, "Your question must be 2,000 characters or fewer"),
});

/** The commissioner's answer, published to every eligible provider. */
export const answerQuestionSchema = z.object({
  answer: z
    .string({ message: "Enter the answer" })
    .trim()
    .min(1, "Enter the answer")
    .max(5000, "The answer must be 5,000 characters or fewer"),
  version: z.number({ message: "Reload the question and try again" }).int(),
});

/**
 * A clarification as the caller may see it. Commissioners see who asked; providers never do — they see
 * published answers and whether a question was their own.
 */
export const clarificationSchema = z.object({
  id: z.string(),
  opportunityId: z.string(),
  question: z.string(),
  status: z.enum(["awaiting-answer", "published"]),
  askedAt: z.iso.datetime(),
  answer: z.string().optional(),
  answeredAt: z.iso.datetime().optional(),
  askedByOrganisationName: z.string().optional(),
  askedByYou: z.boolean().optional(),
  version: z.number().int(),
});
export type Clarification = z.infer<typeof clarificationSchema>;
