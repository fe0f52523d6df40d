package core

import (
	"encoding/json"
	"errors"
	"fmt"
	"io/fs"
	"log/slog"
	"os"
	"path/filepath"
	"sync"
	"time"
)

// The state file holds the simulator state and the webhooks hub snapshot
// (registrations and signing key) so a demo survives a restart.
type stateFile struct {
	Version  int             `json:"version"`
	State    *State          `json:"state"`
	Webhooks json.RawMessage `json:"webhooks,omitempty"`
}

const stateFileVersion = 1

// saveDebounce groups bursts of changes into one write.
const saveDebounce = 200 * time.Millisecond

func (s *Sim) load() error {
	data, err := os.ReadFile(s.Config.StatePath)
	if errors.Is(err, fs.ErrNotExist) {
		return nil
	}
	if err != nil {
		return fmt.Errorf("sandbox: read state: %w", err)
	}
	var f stateFile
	if err := json.Unmarshal(data, &f); err != nil {
		return fmt.Errorf("sandbox: parse state %s: %w", s.Config.StatePath, err)
	}
	if f.Version != stateFileVersion || f.State == nil {
		return fmt.Errorf("sandbox: state %s has unsupported version %d", s.Config.StatePath, f.Version)
	}
	if len(f.Webhooks) > 0 {
		if err := s.Hub.Restore(f.Webhooks); err != nil {
			return fmt.Errorf("sandbox: restore webhooks: %w", err)
		}
	}
	s.st = f.State
	s.syncClient()
	s.Log.Info("sandbox state loaded", "path", s.Config.StatePath, "workflows", len(s.st.Workflows))
	return nil
}

// syncClient lets the command line win over a saved state for the seeded
// OAuth client's secret and redirect URIs.
func (s *Sim) syncClient() {
	c := s.st.ClientByID(s.Config.ClientID)
	if c == nil {
		c = &Client{ID: s.Config.ClientID, Name: "Tradewind", Scopes: AllScopes}
		s.st.Clients = append(s.st.Clients, c)
	}
	c.Secret = s.Config.ClientSecret
	if len(s.Config.RedirectURIs) > 0 {
		c.RedirectURIs = append([]string(nil), s.Config.RedirectURIs...)
	}
}

// save writes the state file atomically (temp file + rename).
func (s *Sim) save() error {
	hooks, err := s.Hub.Snapshot()
	if err != nil {
		return err
	}
	s.mu.RLock()
	data, err := json.Marshal(stateFile{Version: stateFileVersion, State: s.st, Webhooks: hooks})
	s.mu.RUnlock()
	if err != nil {
		return fmt.Errorf("sandbox: encode state: %w", err)
	}
	tmp, err := os.CreateTemp(filepath.Dir(s.Config.StatePath), ".sandbox-state-*")
	if err != nil {
		return fmt.Errorf("sandbox: save state: %w", err)
	}
	if _, err := tmp.Write(data); err != nil {
		_ = tmp.Close()
		_ = os.Remove(tmp.Name())
		return fmt.Errorf("sandbox: save state: %w", err)
	}
	if err := tmp.Close(); err != nil {
		return fmt.Errorf("sandbox: save state: %w", err)
	}
	return os.Rename(tmp.Name(), s.Config.StatePath)
}

// saver runs save at most once per debounce interval after changes.
type saver struct {
	save    func() error
	log     *slog.Logger
	changed chan struct{}
	done    chan struct{}
	once    sync.Once
	wg      sync.WaitGroup
}

func newSaver(save func() error, log *slog.Logger) *saver {
	sv := &saver{save: save, log: log, changed: make(chan struct{}, 1), done: make(chan struct{})}
	sv.wg.Add(1)
	go sv.loop()
	return sv
}

func (sv *saver) touch() {
	select {
	case sv.changed <- struct{}{}:
	default:
	}
}

func (sv *saver) loop() {
	defer sv.wg.Done()
	for {
		select {
		case <-sv.done:
			return
		case <-sv.changed:
		}
		select {
		case <-sv.done:
		case <-time.After(saveDebounce):
		}
		if err := sv.save(); err != nil {
			sv.log.Error("sandbox: saving state failed", "err", err)
		}
	}
}

// close stops the loop and writes the final state.
func (sv *saver) close() error {
	sv.once.Do(func() { close(sv.done) })
	sv.wg.Wait()
	return sv.save()
}
