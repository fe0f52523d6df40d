# Tradewind. `make run` serves the demo; `make test` runs every test.
SHELL := /bin/bash
GO ?= go
export PATH := $(PATH):/usr/local/go/bin

.PHONY: run build build-web build-go generate generate-ent generate-gql generate-ts generate-docs test test-go test-web test-e2e check-generated check-tidy lint deps clean

run: build
	./bin/tradewind serve --demo

build: build-web build-go

deps:
	@if [ ! -d node_modules ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then npm ci --no-audit --no-fund; fi

build-web: deps
	npm run build

build-go:
	$(GO) build -o bin/tradewind ./cmd/tradewind

# Generators run in a fixed order: ent/entgql, then gqlgen, then TypeScript;
# then the package graph in docs/architecture.md.
generate: generate-ent generate-gql generate-ts generate-docs

generate-ent:
	find ent -mindepth 1 -maxdepth 1 ! -name schema ! -name entc.go -exec rm -rf {} +
	$(GO) run ./ent/entc.go
	$(GO) run ./server/database/migrations/gen.go changes

# gqlgen, then graph/schema.graphql: the schema the server runs, in one file.
generate-gql:
	$(GO) run ./graph/gqlgen.go
	$(GO) run ./graph/printschema.go

generate-ts: deps
	npm run codegen

generate-docs:
	$(GO) run ./docs/imports.go

# Fails when a generator would change a committed file.
check-generated: generate
	@git add -N . && git diff --exit-code --stat -- ent graph server/database/migrations frontend/src/gql docs/architecture.md || \
		(echo "Generated files are stale: run 'make generate' and commit the result." && exit 1)

# Fails when `go mod tidy` would change go.mod or go.sum (prints the diff).
check-tidy:
	@$(GO) mod tidy -diff || (echo "go.mod or go.sum is not tidy: run 'go mod tidy' and commit the result." && exit 1)

# golangci-lint at a pinned version, built from the Go module proxy (cached
# after the first run); .golangci.yml says which linters and why.
GOLANGCI_LINT_VERSION := v2.15.0
lint:
	$(GO) run github.com/golangci/golangci-lint/v2/cmd/golangci-lint@$(GOLANGCI_LINT_VERSION) run ./...

test: deps
	.ci/prepare
	$(MAKE) check-generated check-tidy lint
	$(MAKE) test-go test-web test-e2e

test-go:
	$(GO) vet ./...
	$(GO) test -race -count=1 -timeout 15m ./...

test-web:
	npm run typecheck
	npm run lint
	npm run test:unit

# The e2e webServer (frontend/e2e/serve.sh) reuses the binary just built.
test-e2e: build
	E2E_BINARY=$(CURDIR)/bin/tradewind E2E_SKIP_BUILD=1 npm run test:e2e

clean:
	rm -rf bin test-results playwright-report
	find frontend/dist -mindepth 1 ! -name .gitkeep -delete
