// Lint rules for the whole repository (formatting is Prettier's job).
import js from "@eslint/js";
import { createTypeScriptImportResolver } from "eslint-import-resolver-typescript";
import importX from "eslint-plugin-import-x";
import jsxA11y from "eslint-plugin-jsx-a11y";
import reactHooks from "eslint-plugin-react-hooks";
import globals from "globals";
import tseslint from "typescript-eslint";
import { boundaryZones } from "./eslint.boundaries.js";

export default tseslint.config(
  { ignores: [".build/", "node_modules/", "web/dist/", "cdk.out/", ".data/", "coverage/", "bench/results/"] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      "@typescript-eslint/no-unused-vars": [
        "error",
        {
          argsIgnorePattern: "^_",
          varsIgnorePattern: "^_",
          destructuredArrayIgnorePattern: "^_",
          ignoreRestSiblings: true,
        },
      ],
      "@typescript-eslint/no-non-null-assertion": "off",
      // Lambda code logs through the structured logger only, so nothing personal slips into logs.
      "no-console": ["error", { allow: ["warn", "error"] }],
      eqeqeq: ["error", "always"],
      // The named `z` is an object holding all of zod (64 locales included), so no bundler can drop
      // any of it; the namespace import lets esbuild keep only what a function uses (ADR 0013).
      // (no-restricted-imports cannot say this: it also refuses `import * as z`, since that holds `z` too.)
      "no-restricted-syntax": [
        "error",
        {
          selector: "ImportDeclaration[source.value='zod'] > ImportSpecifier[imported.name='z']",
          message: 'Write `import * as z from "zod"`: the named `z` bundles all of zod (ADR 0013).',
        },
      ],
    },
  },
  {
    // The architecture's boundaries (ADR "lint boundaries"). The resolver reads tsconfig,
    // so `#shared/*`, `#functions/*` and `#infra/*` resolve to the files they name.
    files: ["**/*.{ts,tsx}"],
    plugins: { "import-x": importX },
    settings: {
      // Without these the cycle check skips every .ts file as if it were not code.
      "import-x/extensions": [".ts", ".tsx", ".js"],
      "import-x/parsers": { "@typescript-eslint/parser": [".ts", ".tsx"] },
      "import-x/resolver-next": [
        createTypeScriptImportResolver({ project: `${import.meta.dirname}/tsconfig.json` }),
      ],
    },
    rules: {
      "import-x/no-restricted-paths": ["error", { basePath: import.meta.dirname, zones: boundaryZones }],
    },
  },
  {
    files: ["functions/**/*.ts", "shared/**/*.ts"],
    rules: { "import-x/no-cycle": ["error", { ignoreExternal: true }] },
  },
  {
    files: ["web/src/**/*.{ts,tsx}"],
    languageOptions: { globals: { ...globals.browser } },
    plugins: { "react-hooks": reactHooks, "jsx-a11y": jsxA11y },
    rules: { ...reactHooks.configs.recommended.rules, ...jsxA11y.flatConfigs.recommended.rules },
  },
  { files: ["infra/local/**", "tests/**", "bench/**", "scripts/**"], rules: { "no-console": "off" } },
);
