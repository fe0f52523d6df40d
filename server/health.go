package server

import (
	"context"
	"net/http"
	"time"

	"tradewind/server/database"
	"tradewind/server/jobs"
)

// healthz: the process is alive.
func healthz(w http.ResponseWriter, _ *http.Request) {
	writeJSON(w, http.StatusOK, map[string]string{"status": "ok"})
}

// readyz: the database answers and every migration is applied.
func readyz(db *database.DB) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		ctx, cancel := context.WithTimeout(r.Context(), 2*time.Second)
		defer cancel()
		if err := db.Ping(ctx); err != nil {
			writeJSON(w, http.StatusServiceUnavailable, map[string]string{"status": "database unreachable"})
			return
		}
		pending, err := db.Pending(ctx)
		if err != nil || len(pending) > 0 {
			writeJSON(w, http.StatusServiceUnavailable, map[string]any{"status": "migrations pending", "pending": pending})
			return
		}
		if riverPending, err := jobs.Pending(ctx, db); err != nil || riverPending {
			writeJSON(w, http.StatusServiceUnavailable, map[string]string{"status": "job queue migrations pending"})
			return
		}
		writeJSON(w, http.StatusOK, map[string]string{"status": "ready"})
	}
}
