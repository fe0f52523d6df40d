package catalog

import (
	"context"
	"crypto/rand"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"strings"

	"github.com/riverqueue/river"

	"tradewind/ent"
	"tradewind/ent/connection"
	"tradewind/ent/ironcladworkflow"
	"tradewind/ent/schema/pulid"
	"tradewind/ent/syncevent"
	"tradewind/server/apperr"
	"tradewind/server/audit"
	"tradewind/server/events"
	"tradewind/server/integration"
	"tradewind/server/ironclad"
)

// ImportState is one template's place in an import.
type ImportState string

const (
	ImportQueued  ImportState = "QUEUED"
	ImportRunning ImportState = "RUNNING"
	ImportDone    ImportState = "DONE"
	ImportFailed  ImportState = "FAILED"
)

// Progress is one template's import progress, published on ImportTopic.
type Progress struct {
	ImportID     string
	ConnectionID pulid.ID
	TemplateID   string
	Name         string
	State        ImportState
	Error        string
	Workflow     *ent.IroncladWorkflow
	// Interrupted: an attempt was cut off (see status.go); the import is
	// retried unless it is FAILED.
	Interrupted bool
}

// ImportTopic is the broker topic of a connection's import progress.
func ImportTopic(connectionID pulid.ID) string { return "ironclad.import." + string(connectionID) }

// maxImport bounds one Import click.
const maxImport = 200

// Import queues one job per template in the caller's transaction, so the
// jobs exist exactly when the request to import does.
func (s *Service) Import(ctx context.Context, client *ent.Client, connectionID pulid.ID, templateIDs []string) (string, []Progress, error) {
	c, err := s.conns.Get(ctx, client, connectionID)
	if err != nil {
		return "", nil, err
	}
	if len(c.AccessTokenEnc) == 0 {
		return "", nil, apperr.Conflict("%s is not connected to Ironclad; click Connect first.", c.Name)
	}
	ids := unique(templateIDs)
	switch {
	case len(ids) == 0:
		return "", nil, apperr.BadInput("templateIDs", "Select at least one Ironclad workflow to import.")
	case len(ids) > maxImport:
		return "", nil, apperr.BadInput("templateIDs", "Import at most %d workflows at once.", maxImport)
	}
	importID := newImportID()
	items := make([]Progress, 0, len(ids))
	for _, id := range ids {
		args := ImportTemplateArgs{ImportID: importID, ConnectionID: string(connectionID), TemplateID: id}
		if err := s.queue.InsertTx(ctx, args, nil); err != nil {
			return "", nil, err
		}
		items = append(items, Progress{ImportID: importID, ConnectionID: connectionID, TemplateID: id, State: ImportQueued})
	}
	_, err = s.audit.Record(ctx, audit.Change{Action: "ironclad_workflow.import", TargetType: "Connection", TargetID: string(connectionID),
		After: map[string]any{"importID": importID, "templateIDs": ids}})
	return importID, items, err
}

func unique(ids []string) []string {
	var out []string
	seen := map[string]bool{}
	for _, id := range ids {
		id = strings.TrimSpace(id)
		if id != "" && !seen[id] {
			seen[id] = true
			out = append(out, id)
		}
	}
	return out
}

func newImportID() string {
	b := make([]byte, 8)
	_, _ = rand.Read(b)
	return "imp_" + hex.EncodeToString(b)
}

// ImportTemplate is the job: fetch the template's launch form and store its
// fields. A template Ironclad no longer has is a permanent failure (the job
// is cancelled); anything else is retried by River.
// interrupted says an earlier attempt was cut off.
func (s *Service) ImportTemplate(ctx context.Context, args ImportTemplateArgs, interrupted bool) error {
	p := Progress{ImportID: args.ImportID, ConnectionID: pulid.ID(args.ConnectionID), TemplateID: args.TemplateID, State: ImportRunning,
		Interrupted: interrupted}
	s.publish(p)
	wf, err := s.importTemplate(ctx, p.ConnectionID, args.TemplateID)
	if err != nil {
		p.State, p.Error = ImportFailed, importFailure(err)
		p.Interrupted = p.Interrupted || errors.Is(ctx.Err(), context.DeadlineExceeded)
		s.publish(p)
		if ironclad.IsNotFound(err) || ironclad.IsForbidden(err) || apperr.HasCode(err, apperr.CodeConflict) {
			return river.JobCancel(err)
		}
		return timedOut(ctx, err)
	}
	p.State, p.Name, p.Workflow = ImportDone, wf.Name, wf
	s.publish(p)
	return nil
}

// publish tells the subscribers to the connection's imports, on every
// replica: the progress travels as progressPayload (the workflow by id).
func (s *Service) publish(p Progress) {
	wire := progressPayload{Progress: p}
	if p.Workflow != nil {
		wire.WorkflowID, wire.Workflow = string(p.Workflow.ID), nil
	}
	payload, _ := json.Marshal(wire)
	s.broker.Publish(events.Event{Topic: ImportTopic(p.ConnectionID), Data: p, Payload: payload})
}

// progressPayload is Progress between replicas.
type progressPayload struct {
	Progress
	WorkflowID string `json:",omitempty"`
}

// decodeProgress turns a relayed progressPayload back into Progress.
func decodeProgress(ctx context.Context, payload json.RawMessage, load events.Loader) (any, error) {
	var wire progressPayload
	if err := json.Unmarshal(payload, &wire); err != nil {
		return nil, err
	}
	p := wire.Progress
	if wire.WorkflowID != "" {
		wf, err := load(ctx, wire.WorkflowID)
		if err != nil {
			return nil, err
		}
		var ok bool
		if p.Workflow, ok = wf.(*ent.IroncladWorkflow); !ok {
			return nil, fmt.Errorf("relayed import progress names %T %s", wf, wire.WorkflowID)
		}
	}
	return p, nil
}

func importFailure(err error) string {
	if ironclad.IsNotFound(err) {
		return "Ironclad no longer has this workflow template (it may have been republished); refresh the list and import it again."
	}
	var e *apperr.Error
	if errors.As(integration.IroncladError(err), &e) {
		return e.Message
	}
	return "The import failed on Tradewind's side; it will be retried."
}

func (s *Service) importTemplate(ctx context.Context, connectionID pulid.ID, templateID string) (*ent.IroncladWorkflow, error) {
	c, err := s.conns.Get(ctx, s.db, connectionID)
	if err != nil {
		return nil, err
	}
	client, err := s.conns.Client(ctx, c)
	if err != nil {
		return nil, err
	}
	ws, err := client.GetWorkflowSchema(ctx, templateID)
	if err != nil {
		s.ledger(ctx, c, nil, syncevent.StatusFAILED, "import of template "+templateID+" failed", err)
		return nil, err
	}
	var wf *ent.IroncladWorkflow
	err = s.withTx(ctx, func(ctx context.Context, tx *ent.Client) error {
		existing, err := tx.IroncladWorkflow.Query().Where(ironcladworkflow.TemplateID(ws.ID),
			ironcladworkflow.HasConnectionWith(connection.ID(connectionID))).Only(ctx)
		switch {
		case ent.IsNotFound(err):
			existing, err = tx.IroncladWorkflow.Create().SetTemplateID(ws.ID).SetName(ws.Name).SetConnection(c).Save(ctx)
		case err == nil:
		}
		if err != nil {
			return err
		}
		wf, err = s.applySchema(ctx, tx, existing, ws)
		return err
	})
	if err != nil {
		return nil, err
	}
	if wf, err = s.db.IroncladWorkflow.Get(ctx, wf.ID); err != nil { // bound to the base client: the transaction is over
		return nil, err
	}
	s.ledger(ctx, c, wf, syncevent.StatusSUCCEEDED, "imported "+ws.Name, nil)
	return wf, nil
}

func (s *Service) ledger(ctx context.Context, c *ent.Connection, wf *ent.IroncladWorkflow, status syncevent.Status, summary string, err error) {
	e := integration.LedgerEntry{Direction: syncevent.DirectionOUTBOUND, Kind: "import", Status: status, Summary: summary,
		Connection: c, IroncladWorkflow: wf}
	if err != nil {
		e.Error = importFailure(err)
	}
	if _, lerr := s.conns.RecordLedger(ctx, s.db, e); lerr != nil {
		s.log.WarnContext(ctx, "recording an import", "error", lerr)
	}
}
