// The architecture as import rules: which folder may import which (ADR "lint boundaries").
// Paths are relative to the repository root; contexts are read from the folders under functions/, so a
// new bounded context is fenced in without editing this file.
import { readdirSync } from "node:fs";
import { join } from "node:path";

const root = import.meta.dirname;
const folders = (path) =>
  readdirSync(join(root, path), { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name);

/** Bounded contexts: every folder under functions/ except the platform they all stand on. */
export const contexts = folders("functions").filter((name) => name !== "platform");

const outsideTheApp = ["./tests", "./bench", "./scripts"];

/** Each context reaches another only through its public module, functions/<context>/index.ts. */
const contextZones = contexts.map((context) => ({
  target: contexts.filter((other) => other !== context).map((other) => `./functions/${other}`),
  from: `./functions/${context}`,
  except: ["./index.ts"],
  message: `Import the ${context} context through its public module, #functions/${context}/index.ts.`,
}));

/**
 * infra/ needs functions' tables and platform; only the local seed writes items itself, and the local
 * OpenID Provider (Cognito's stand-in) reads who may sign in from the accounts context.
 */
const infraTargets = [
  ...readdirSync(join(root, "infra"), { withFileTypes: true })
    .filter((entry) => entry.name !== "local")
    .map((entry) => `./infra/${entry.name}`),
  ...readdirSync(join(root, "infra/local"))
    .filter((name) => name !== "seed" && name !== "oidc")
    .map((name) => `./infra/local/${name}`),
];

export const boundaryZones = [
  {
    target: "./web",
    from: ["./functions", "./infra", ...outsideTheApp],
    message: "The web app may import shared/ only: the API is its only way to the functions.",
  },
  {
    target: "./shared",
    from: ["./functions", "./infra", "./web", ...outsideTheApp],
    message: "shared/ is pure domain code: it imports nothing from functions/, infra/ or web/.",
  },
  {
    target: "./functions",
    from: ["./infra", "./web", ...outsideTheApp],
    message:
      "functions/ may import shared/ and functions/ only (the table design is in functions/platform/data).",
  },
  {
    target: "./functions/platform",
    from: contexts.map((context) => `./functions/${context}`),
    message: "The platform serves every context and imports none of them.",
  },
  ...contextZones,
  {
    target: infraTargets,
    from: "./functions",
    except: ["./routes.ts", "./jobs.ts", "./platform"],
    message:
      "infra/ reads functions' route table, job table and platform only (handlers are bundled by path).",
  },
  {
    target: "./infra/local/oidc",
    from: "./functions",
    except: ["./platform", "./accounts/index.ts"],
    message:
      "The local OpenID Provider reads people through the accounts context's public module and platform only.",
  },
  {
    target: "./infra/local/seed",
    from: ["./web", ...outsideTheApp],
    message:
      "The seed writes the table through functions' item builders; it needs nothing of web/ or the tests.",
  },
];
