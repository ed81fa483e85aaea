import * as z from "zod";

/** A provider's clarification question. */
export const askQuestionSchema = z.object({
  question: z
    .string({ message: "Enter your question" })
    .trim()
    .min(1, "Enter your question")
    .max(2000, "Your question must be 2,000 characters or fewer"),
});

/**
 * The commissioner's answer, published to every eligible provider with the question as the
 * commissioner edited it — never the asker's own words unless the commissioner keeps them.
 */
export const answerQuestionSchema = z.object({
  question: z
    .string({ message: "Enter the question as it will be published" })
    .trim()
    .min(1, "Enter the question as it will be published")
    .max(2000, "The published question must be 2,000 characters or fewer"),
  answer: z
    .string({ message: "Enter the answer" })
    .trim()
    .min(1, "Enter the answer")
    .max(5000, "The answer must be 5,000 characters or fewer"),
  version: z.number({ message: "Reload the question and try again" }).int(),
});

/**
 * A clarification as the caller may see it. Commissioners see who asked, the question as asked and as
 * published, and which organisations the asked text names; providers never see who asked — for a
 * published question they see only the commissioner's published text.
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
  /** Commissioners only: the question as published (absent until answered). */
  publishedQuestion: z.string().optional(),
  /** Commissioners only: organisations that bid or are on the framework whose names the question contains. */
  namesOrganisations: z.array(z.string()).optional(),
  version: z.number().int(),
});
export type Clarification = z.infer<typeof clarificationSchema>;

const normalise = (text: string) => text.toLowerCase().replace(/\s+/g, " ");
const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/**
 * The organisation names that appear in a text, matched case-insensitively as whole words (so "Bridge
 * Housing Trust" is found in "we at bridge housing trust", and "Open Door" is not found in "reopen
 * doors"). Each name once, in the order given.
 */
export const organisationsNamedIn = (text: string, names: readonly string[]): string[] => {
  const haystack = normalise(text);
  const found = names.filter((name) => {
    const needle = normalise(name).trim();
    if (needle.length < 3) return false;
    return new RegExp(`(^|[^\\p{L}\\p{N}])${escape(needle)}($|[^\\p{L}\\p{N}])`, "u").test(haystack);
  });
  return [...new Set(found)];
};
