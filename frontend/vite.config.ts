import { writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { defineConfig, type Plugin, type ProxyOptions } from "vite";
import react from "@vitejs/plugin-react";

const root = fileURLToPath(new URL(".", import.meta.url));
const backend = process.env["TRADEWIND_DEV_BACKEND"] ?? "http://127.0.0.1:8080";

// The server checks Origin on websockets and state-changing requests; in
// development the browser's origin is Vite's, so present the backend's own.
function toBackend(ws = false): ProxyOptions {
  return {
    target: backend,
    ws,
    configure(proxy) {
      const sameOrigin = (req: { getHeader: (n: string) => unknown; setHeader: (n: string, v: string) => void }) => {
        if (req.getHeader("origin")) req.setHeader("origin", backend);
      };
      proxy.on("proxyReq", sameOrigin);
      proxy.on("proxyReqWs", sameOrigin);
    },
  };
}

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
  // The API explorer's editor (Monaco) runs language services in workers;
  // they split into chunks of their own, which only ES module workers allow.
  worker: { format: "es" },
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
      "/graphql": toBackend(true),
      "/auth": toBackend(),
      "/healthz": toBackend(),
      "/ironclad-sandbox": toBackend(),
      "/webhooks": toBackend(),
    },
  },
  test: {
    root,
    include: ["src/**/*.test.ts", "src/**/*.test.tsx"],
    environment: "node",
  },
});
