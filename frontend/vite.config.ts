import { writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { defineConfig, type Plugin } from "vite";
import react from "@vitejs/plugin-react";

const root = fileURLToPath(new URL(".", import.meta.url));
const backend = "http://127.0.0.1:8080";

// emptyOutDir wipes dist/, including the committed .gitkeep that lets
// `//go:embed all:dist` compile before the SPA is built: put it back.
function keepGitkeep(): Plugin {
  return {
    name: "tradewind-keep-gitkeep",
    apply: "build",
    closeBundle() {
      writeFileSync(fileURLToPath(new URL("dist/.gitkeep", import.meta.url)), "");
    },
  };
}

export default defineConfig({
  root,
  // Caches live beside the dependencies at the repo root, never in frontend/.
  cacheDir: fileURLToPath(new URL("../node_modules/.vite", import.meta.url)),
  plugins: [react(), keepGitkeep()],
  build: {
    outDir: "dist",
    emptyOutDir: true,
    assetsDir: "assets",
    sourcemap: false,
    chunkSizeWarningLimit: 1024,
    rollupOptions: {
      output: {
        // Libraries change less often than the app: separate files cache longer.
        manualChunks: {
          react: ["react", "react-dom", "react-router"],
          mantine: ["@mantine/core", "@mantine/hooks", "@mantine/form", "@mantine/notifications"],
          graphql: ["graphql", "urql", "@urql/core", "graphql-ws"],
        },
      },
    },
  },
  server: {
    port: 5173,
    strictPort: true,
    proxy: {
      "/graphql": { target: backend, ws: true, changeOrigin: false },
      "/auth": { target: backend },
      "/healthz": { target: backend },
      "/ironclad-sandbox": { target: backend },
      "/webhooks": { target: backend },
    },
  },
  test: {
    root,
    include: ["src/**/*.test.ts", "src/**/*.test.tsx"],
    environment: "node",
  },
});
