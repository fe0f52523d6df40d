package catalog_test

import (
	"context"
	"testing"
	"time"

	"tradewind/server"
	"tradewind/server/integration/ironcladtest"
	"tradewind/server/servertest"
)

type importStatusView struct {
	ImportID         string
	TemplateID       string
	State            string
	Interrupted      bool
	Error            *string
	IroncladWorkflow *struct{ Name string }
}

func importStatus(e *ironcladtest.Env, connectionID string) []importStatusView {
	var out struct{ ImportStatus []importStatusView }
	e.Admin.MustGraphQL(`query($id: ID!) { importStatus(connectionID: $id) { importID templateID state interrupted error ironcladWorkflow { name } } }`,
		map[string]any{"id": connectionID}, &out)
	return out.ImportStatus
}

// crashMidImport leaves every import job as a server killed mid-import
// (kill -9) does: running, attempted an hour ago by a worker that is gone.
func crashMidImport(t *testing.T, s *servertest.Server, dialect string) {
	q := `UPDATE river_job SET state = 'running', attempt = 1, attempted_at = datetime('now', '-1 hour', 'subsec'),
		attempted_by = jsonb('["killed-replica"]') WHERE kind = 'ironclad_import_template'`
	if dialect == servertest.Postgres {
		q = `UPDATE river_job SET state = 'running', attempt = 1, attempted_at = now() - interval '1 hour',
		attempted_by = ARRAY['killed-replica'] WHERE kind = 'ironclad_import_template'`
	}
	if _, err := s.DB.SQL.Exec(q); err != nil {
		t.Fatal(err)
	}
}

// An import cut off by a crash shows as interrupted, then is retried by the
// next worker (River's rescuer) and ends DONE, still saying it was interrupted.
func TestImportInterruptedByACrashIsShownAndRetried(t *testing.T) {
	servertest.EachDatabase(t, func(t *testing.T, dialect string) {
		// Workers not started: the server whose import gets cut off.
		s := servertest.Start(t, dialect, servertest.Options{Demo: true})
		e := &ironcladtest.Env{T: t, Srv: s, Admin: s.Login(t, server.DemoAdminEmail)}
		conn := e.Connect("Sandbox")
		if got := importStatus(e, conn); len(got) != 0 {
			t.Fatalf("before any import: %+v", got)
		}
		const template = "65a1e0f0c0ffee0000000103"
		var out struct{ ImportIroncladWorkflows struct{ ImportID string } }
		e.Admin.MustGraphQL(`mutation($in: ImportIroncladWorkflowsInput!) { importIroncladWorkflows(input: $in) { importID } }`,
			map[string]any{"in": map[string]any{"connectionID": conn, "templateIDs": []string{template}}}, &out)
		importID := out.ImportIroncladWorkflows.ImportID
		if got := importStatus(e, conn); len(got) != 1 || got[0].State != "QUEUED" || got[0].Interrupted || got[0].ImportID != importID {
			t.Fatalf("queued: %+v", got)
		}

		crashMidImport(t, s, dialect)
		if got := importStatus(e, conn); len(got) != 1 || got[0].State != "RUNNING" || !got[0].Interrupted {
			t.Fatalf("after the crash, before the rescue: %+v", got)
		}

		// The next worker to start rescues the job and imports the template.
		if err := s.Jobs.Start(context.Background()); err != nil {
			t.Fatal(err)
		}
		t.Cleanup(func() { _ = s.Jobs.Stop(context.Background()) })
		deadline := time.Now().Add(90 * time.Second)
		for {
			got := importStatus(e, conn)
			if len(got) == 1 && got[0].State == "DONE" {
				if !got[0].Interrupted || got[0].IroncladWorkflow == nil || got[0].ImportID != importID {
					t.Fatalf("done: %+v", got[0])
				}
				return
			}
			if time.Now().After(deadline) {
				t.Fatalf("not done after the rescue: %+v", got)
			}
			time.Sleep(100 * time.Millisecond)
		}
	})
}
