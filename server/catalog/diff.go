package catalog

import (
	"context"
	"fmt"
	"slices"
	"strings"

	"tradewind/ent"
	"tradewind/ent/fieldmapping"
	"tradewind/ent/ironcladworkflow"
	"tradewind/ent/mapping"
	"tradewind/ent/schema/pulid"
	"tradewind/ent/syncevent"
	"tradewind/server/apperr"
	"tradewind/server/audit"
	"tradewind/server/integration"
	"tradewind/server/ironclad"
)

// ChangeKind names one difference found by Re-sync.
type ChangeKind string

const (
	ChangeAdded       ChangeKind = "ADDED"
	ChangeRemoved     ChangeKind = "REMOVED"
	ChangeRenamed     ChangeKind = "RENAMED"
	ChangeRetyped     ChangeKind = "RETYPED"
	ChangeOptions     ChangeKind = "OPTIONS_CHANGED"
	ChangeRequirement ChangeKind = "REQUIREMENT_CHANGED"
)

// FieldChange is one difference.
type FieldChange struct {
	Kind          ChangeKind
	Key, Label    string
	Before, After string
	Mappings      int // current mappings that pair a question with this field
}

// Diff is Re-sync's finding.
type Diff struct {
	Workflow    *ent.IroncladWorkflow
	ID          string
	TemplateID  string
	Name        string
	Republished bool
	MatchScore  *float64
	Missing     bool
	Changes     []FieldChange
	Mappings    int // current mappings the accepted diff marks as affected
	schema      *ironclad.WorkflowSchema
}

// Unchanged reports a template identical to what was imported.
func (d *Diff) Unchanged() bool { return !d.Missing && !d.Republished && len(d.Changes) == 0 }

// minMatch is the share of imported fields a republished template must keep
// to be taken for the same template when its name changed too.
const minMatch = 0.5

// Resync fetches the template again and compares it with the imported
// fields; a republished template (new id) is found by name and fields. It
// records what it found as a sync event and on the workflow's drift.
func (s *Service) Resync(ctx context.Context, id pulid.ID) (*Diff, error) {
	d, err := s.diff(ctx, id)
	if err != nil {
		return nil, err
	}
	if err := s.recordDrift(ctx, d); err != nil {
		return nil, err
	}
	return d, nil
}

func (s *Service) diff(ctx context.Context, id pulid.ID) (*Diff, error) {
	wf, err := s.workflow(ctx, s.db, id)
	if err != nil {
		return nil, err
	}
	client, err := s.conns.Client(ctx, wf.Edges.Connection)
	if err != nil {
		return nil, err
	}
	fields, err := wf.QueryFields().All(ctx)
	if err != nil {
		return nil, err
	}
	d := &Diff{Workflow: wf, TemplateID: wf.TemplateID, Name: wf.Name}
	ws, err := client.GetWorkflowSchema(ctx, wf.TemplateID)
	if ironclad.IsNotFound(err) {
		ws, d.MatchScore, err = findRepublished(ctx, client, wf, fields)
		d.Republished = ws != nil
		d.Missing = ws == nil && err == nil
	}
	if err != nil {
		return nil, integration.IroncladError(err)
	}
	if ws == nil {
		d.ID = "missing:" + wf.TemplateID
		return d, nil
	}
	d.schema, d.TemplateID, d.Name, d.ID = ws, ws.ID, ws.Name, schemaHash(ws)
	d.Changes = compare(fields, ws.Schema)
	return d, s.countMappings(ctx, d)
}

// findRepublished looks for the template under a new id: same name first,
// else the one sharing most field keys (at least minMatch of them).
func findRepublished(ctx context.Context, c *ironclad.Client, wf *ent.IroncladWorkflow, fields []*ent.IroncladField) (*ironclad.WorkflowSchema, *float64, error) {
	list, err := c.ListWorkflowSchemas(ctx)
	if err != nil {
		return nil, nil, err
	}
	var keys []string
	for _, f := range fields {
		if !f.Removed {
			keys = append(keys, f.Key)
		}
	}
	var best *ironclad.WorkflowSchema
	bestScore, bestSameName := -1.0, false
	for i := range list {
		ws := &list[i]
		score := overlap(keys, ws.Schema)
		sameName := strings.EqualFold(strings.TrimSpace(ws.Name), strings.TrimSpace(wf.Name))
		if !sameName && score < minMatch {
			continue
		}
		if best == nil || (sameName && !bestSameName) || (sameName == bestSameName && score > bestScore) {
			best, bestScore, bestSameName = ws, score, sameName
		}
	}
	if best == nil {
		return nil, nil, nil
	}
	return best, &bestScore, nil
}

func overlap(keys []string, schema ironclad.Schema) float64 {
	if len(keys) == 0 {
		return 0
	}
	n := 0
	for _, k := range keys {
		if _, ok := schema.Get(k); ok {
			n++
		}
	}
	return float64(n) / float64(len(keys))
}

// compare lists the differences between the imported fields and a schema.
func compare(fields []*ent.IroncladField, schema ironclad.Schema) []FieldChange {
	var out []FieldChange
	old := map[string]*ent.IroncladField{}
	for _, f := range fields {
		if !f.Removed {
			old[f.Key] = f
		}
	}
	for key, f := range schema.All() {
		o, ok := old[key]
		if !ok {
			out = append(out, FieldChange{Kind: ChangeAdded, Key: key, Label: f.DisplayName, After: typeName(f.Type, elementType(f))})
			continue
		}
		if o.Label != f.DisplayName {
			out = append(out, FieldChange{Kind: ChangeRenamed, Key: key, Label: f.DisplayName, Before: o.Label, After: f.DisplayName})
		}
		if o.Type != f.Type || o.ElementType != elementType(f) {
			out = append(out, FieldChange{Kind: ChangeRetyped, Key: key, Label: f.DisplayName,
				Before: typeName(o.Type, o.ElementType), After: typeName(f.Type, elementType(f))})
		}
		if !slices.Equal(o.Options, optionValues(f)) {
			out = append(out, FieldChange{Kind: ChangeOptions, Key: key, Label: f.DisplayName,
				Before: strings.Join(o.Options, ", "), After: strings.Join(optionValues(f), ", ")})
		}
		if o.Required != requirement(f.Required) {
			out = append(out, FieldChange{Kind: ChangeRequirement, Key: key, Label: f.DisplayName,
				Before: string(o.Required), After: string(requirement(f.Required))})
		}
	}
	for _, f := range fields {
		if _, still := schema.Get(f.Key); !still && !f.Removed {
			out = append(out, FieldChange{Kind: ChangeRemoved, Key: f.Key, Label: f.Label, Before: typeName(f.Type, f.ElementType)})
		}
	}
	return out
}

func typeName(t, element string) string {
	if element != "" {
		return t + " of " + element
	}
	return t
}

// countMappings fills how many current mappings each change touches: those
// with a pair on a changed field, and all of them when a field became (or
// arrived) always required, since they may not answer it.
func (s *Service) countMappings(ctx context.Context, d *Diff) error {
	current, err := s.db.Mapping.Query().Where(mapping.Current(true),
		mapping.HasIroncladWorkflowWith(ironcladworkflow.ID(d.Workflow.ID))).WithFieldMappings().All(ctx)
	if err != nil || len(current) == 0 {
		return err
	}
	affected := map[pulid.ID]bool{}
	for i, ch := range d.Changes {
		for _, m := range current {
			if touches(m, ch) {
				d.Changes[i].Mappings++
				affected[m.ID] = true
			}
		}
	}
	d.Mappings = len(affected)
	return nil
}

func touches(m *ent.Mapping, ch FieldChange) bool {
	if ch.Kind == ChangeAdded || ch.Kind == ChangeRequirement {
		return ch.After == "ALWAYS" || (ch.Kind == ChangeAdded && !mapsKey(m, ch.Key))
	}
	return mapsKey(m, ch.Key)
}

func mapsKey(m *ent.Mapping, key string) bool {
	for _, fm := range m.Edges.FieldMappings {
		if fm.FieldKey == key && fm.Source != fieldmapping.SourceSKIP {
			return true
		}
	}
	return false
}

func (s *Service) recordDrift(ctx context.Context, d *Diff) error {
	drift, summary := ironcladworkflow.DriftNONE, "Up to date with Ironclad."
	switch {
	case d.Missing:
		drift, summary = ironcladworkflow.DriftMISSING, "Ironclad no longer lists this workflow template (deleted or no longer shared with the integration user)."
	case d.Republished:
		drift, summary = ironcladworkflow.DriftREPUBLISHED, fmt.Sprintf("Republished in Ironclad under a new id (%s) with %d field changes.", d.TemplateID, len(d.Changes))
	case len(d.Changes) > 0:
		drift, summary = ironcladworkflow.DriftCHANGED, fmt.Sprintf("%d field changes in Ironclad since the last sync.", len(d.Changes))
	}
	wf, err := s.db.IroncladWorkflow.UpdateOne(d.Workflow).SetDrift(drift).SetDriftSummary(summary).Save(ctx)
	if err != nil {
		return err
	}
	wf.Edges = d.Workflow.Edges
	d.Workflow = wf
	status := syncevent.StatusSUCCEEDED
	_, err = s.conns.RecordLedger(ctx, s.db, integration.LedgerEntry{Direction: syncevent.DirectionOUTBOUND, Kind: "drift_check",
		Status: status, Summary: wf.Name + ": " + summary, Connection: d.Workflow.Edges.Connection, IroncladWorkflow: wf})
	return err
}

// Accept applies a diff the admin saw (identified by its id): the fields are
// updated and the affected mappings marked. CONFLICT when Ironclad changed
// again in between.
func (s *Service) Accept(ctx context.Context, id pulid.ID, diffID string, confirmRepublish bool) (*ent.IroncladWorkflow, error) {
	d, err := s.diff(ctx, id)
	if err != nil {
		return nil, err
	}
	switch {
	case d.ID != diffID:
		return nil, apperr.Conflict("Ironclad's template changed again since this diff was shown; click Re-sync to see the new one.")
	case d.Missing:
		return nil, apperr.Conflict("Ironclad no longer lists this workflow template; there is nothing to accept. Remove it, or share it with the integration user again.")
	case d.Republished && !confirmRepublish:
		return nil, apperr.BadInput("confirmRepublish", "This template was republished in Ironclad under a new id; confirm that %q is the same workflow.", d.Name)
	}
	before := map[string]any{"templateID": d.Workflow.TemplateID, "fieldCount": d.Workflow.FieldCount}
	var wf *ent.IroncladWorkflow
	err = s.withTx(ctx, func(ctx context.Context, tx *ent.Client) error {
		current, err := tx.IroncladWorkflow.Get(ctx, id)
		if err != nil {
			return err
		}
		if wf, err = s.applySchema(ctx, tx, current, d.schema); err != nil {
			return err
		}
		if err := markAffected(ctx, tx, d); err != nil {
			return err
		}
		_, err = s.audit.Record(ctx, audit.Change{Action: "ironclad_workflow.resync", TargetType: "IroncladWorkflow", TargetID: string(id),
			Before: before, After: map[string]any{"templateID": wf.TemplateID, "fieldCount": wf.FieldCount, "changes": len(d.Changes),
				"republished": d.Republished, "affectedMappings": d.Mappings}})
		return err
	})
	if err != nil {
		return nil, err
	}
	return s.db.IroncladWorkflow.Get(ctx, wf.ID) // bound to the base client: the transaction is over
}

func markAffected(ctx context.Context, tx *ent.Client, d *Diff) error {
	if d.Mappings == 0 {
		return nil
	}
	current, err := tx.Mapping.Query().Where(mapping.Current(true),
		mapping.HasIroncladWorkflowWith(ironcladworkflow.ID(d.Workflow.ID))).WithFieldMappings().All(ctx)
	if err != nil {
		return err
	}
	var ids []pulid.ID
	for _, m := range current {
		for _, ch := range d.Changes {
			if touches(m, ch) {
				ids = append(ids, m.ID)
				break
			}
		}
	}
	return tx.Mapping.Update().Where(mapping.IDIn(ids...)).SetAffectedByDrift(true).Exec(ctx)
}
