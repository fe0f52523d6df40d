package webhooks

import (
	"crypto/rsa"
	"encoding/json"
	"fmt"
	"slices"
)

const snapshotVersion = 1

// snapshot is what the sandbox persists: the signing key (so receivers keep
// trusting the same PEM across restarts) and the registrations. Deliveries
// are runtime history and are not kept.
type snapshot struct {
	Version       int            `json:"version"`
	PrivateKeyPEM string         `json:"privateKeyPEM"`
	Registrations []Registration `json:"registrations"`
}

// Snapshot serialises the signing key and all registrations as JSON.
func (h *Hub) Snapshot() ([]byte, error) {
	h.mu.Lock()
	defer h.mu.Unlock()
	keyPEM, err := privateKeyPEM(h.key)
	if err != nil {
		return nil, fmt.Errorf("webhooks: snapshot: %w", err)
	}
	s := snapshot{Version: snapshotVersion, PrivateKeyPEM: string(keyPEM), Registrations: []Registration{}}
	for _, r := range h.orderedRegsLocked() {
		s.Registrations = append(s.Registrations, r.clone())
	}
	return json.MarshalIndent(s, "", "  ")
}

// Restore replaces the signing key and registrations with a snapshot's.
// Deliveries already queued for registrations that no longer exist are
// abandoned when their turn comes.
func (h *Hub) Restore(data []byte) error {
	var s snapshot
	if err := json.Unmarshal(data, &s); err != nil {
		return fmt.Errorf("webhooks: restore: %w", err)
	}
	if s.Version != snapshotVersion {
		return fmt.Errorf("webhooks: restore: unsupported snapshot version %d", s.Version)
	}
	key, err := parsePrivateKeyPEM([]byte(s.PrivateKeyPEM))
	if err != nil {
		return fmt.Errorf("webhooks: restore: %w", err)
	}
	pubPEM, err := publicKeyPEM(key)
	if err != nil {
		return fmt.Errorf("webhooks: restore: %w", err)
	}
	regs := make(map[string]*Registration, len(s.Registrations))
	order := make([]string, 0, len(s.Registrations))
	for i := range s.Registrations {
		r := s.Registrations[i]
		if err := checkRestored(&r); err != nil {
			return fmt.Errorf("webhooks: restore: registration %d: %w", i, err)
		}
		if _, dup := regs[r.ID]; dup {
			return fmt.Errorf("webhooks: restore: duplicate registration id %s", r.ID)
		}
		regs[r.ID] = &r
		order = append(order, r.ID)
	}
	h.mu.Lock()
	defer h.mu.Unlock()
	h.key = key
	h.keyPEM = pubPEM
	h.regs = regs
	h.order = order
	return nil
}

func checkRestored(r *Registration) error {
	if r.ID == "" || r.CompanyID == "" || r.TargetURL == "" {
		return fmt.Errorf("id, companyId and targetURL are required")
	}
	if !slices.Contains([]string{StatusEnabled, StatusDisabled, StatusDisabledBySystem}, r.Status) {
		return fmt.Errorf("invalid status %q", r.Status)
	}
	if len(r.Events) == 0 {
		return fmt.Errorf("no events")
	}
	for _, e := range r.Events {
		if !isEventType(e) {
			return fmt.Errorf("unknown event type %q", e)
		}
	}
	if r.Tags == nil {
		r.Tags = []string{}
	}
	return nil
}

// SigningKey reads the signing key out of a Snapshot.
func SigningKey(snapshotJSON []byte) (*rsa.PrivateKey, error) {
	var s snapshot
	if err := json.Unmarshal(snapshotJSON, &s); err != nil {
		return nil, fmt.Errorf("webhooks: snapshot: %w", err)
	}
	return parsePrivateKeyPEM([]byte(s.PrivateKeyPEM))
}
