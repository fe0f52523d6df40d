// ESLint for the SPA's TypeScript: rules that catch bugs (unawaited promises, promises where React
// expects a plain callback, hooks called conditionally or with stale dependencies, values mutated
// during render), not style: Prettier owns the layout and tsc the unused names.
import js from "@eslint/js";
import reactHooks from "eslint-plugin-react-hooks";
import tseslint from "typescript-eslint";

export default tseslint.config(
  { ignores: ["frontend/dist/**", "frontend/src/gql/**"] },
  {
    files: ["frontend/**/*.{ts,tsx}"],
    extends: [js.configs.recommended, ...tseslint.configs.recommendedTypeChecked],
    languageOptions: {
      parserOptions: { project: "frontend/tsconfig.json", tsconfigRootDir: import.meta.dirname },
    },
    plugins: { "react-hooks": reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      "react-hooks/exhaustive-deps": "error",
      // Dialogs reset their fields in an effect when they open; the rule would have each one
      // remounted instead, which changes behaviour for no bug it prevents.
      "react-hooks/set-state-in-effect": "off",
      // tsc's noUnusedLocals and noUnusedParameters already fail the build.
      "@typescript-eslint/no-unused-vars": "off",
    },
  },
);
