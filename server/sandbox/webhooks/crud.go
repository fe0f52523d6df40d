package webhooks

import (
	"encoding/json"
	"errors"
	"fmt"
	"net/http"
	"slices"
	"strconv"
)

const maxBodyBytes = 1 << 20

// webhookBody is the body of POST and PATCH /webhooks. A nil Events means
// "not sent"; an empty Status means "not sent".
type webhookBody struct {
	Events    []string `json:"events"`
	TargetURL string   `json:"targetURL"`
	Status    string   `json:"status"`
}

type listResponse struct {
	Page     int           `json:"page"`
	PageSize int           `json:"pageSize"`
	List     []webhookWire `json:"list"`
}

func (h *Hub) list(w http.ResponseWriter, r *http.Request, a Actor) {
	page, ok := queryInt(w, r, "page", 0, 0, 100000000)
	if !ok {
		return
	}
	size, ok := queryInt(w, r, "pageSize", 20, 1, 100)
	if !ok {
		return
	}
	h.mu.Lock()
	resp := listResponse{Page: page, PageSize: size, List: []webhookWire{}}
	var mine []*Registration
	for _, reg := range h.orderedRegsLocked() {
		if reg.CompanyID == a.CompanyID {
			mine = append(mine, reg)
		}
	}
	for i := page * size; i < len(mine) && i < (page+1)*size; i++ {
		resp.List = append(resp.List, mine[i].wire())
	}
	h.mu.Unlock()
	writeJSON(w, http.StatusOK, resp)
}

func (h *Hub) create(w http.ResponseWriter, r *http.Request, a Actor) {
	var body webhookBody
	if !decodeBody(w, r, &body) {
		return
	}
	if body.Events == nil {
		WriteError(w, http.StatusBadRequest, codeMissingParam, "missing required parameter events", "events")
		return
	}
	if body.TargetURL == "" {
		WriteError(w, http.StatusBadRequest, codeMissingParam, "missing required parameter targetURL", "targetURL")
		return
	}
	if body.Status == "" {
		body.Status = StatusEnabled
	}
	events, ok := validateFields(w, body)
	if !ok {
		return
	}
	h.mu.Lock()
	if existing := h.byTargetLocked(a.CompanyID, body.TargetURL, ""); existing != nil {
		h.mu.Unlock()
		writeDuplicate(w, existing)
		return
	}
	now := h.now()
	reg := &Registration{
		ID:                  newObjectID(now),
		CompanyID:           a.CompanyID,
		Events:              events,
		TargetURL:           body.TargetURL,
		Tags:                tagsFor(a),
		Status:              body.Status,
		StatusLastUpdatedAt: now,
		StatusLastUpdatedBy: a.UserID,
	}
	h.addRegLocked(reg)
	wire := reg.wire()
	h.mu.Unlock()
	h.log.Info("webhook registered", "webhookID", reg.ID, "companyID", reg.CompanyID, "targetURL", reg.TargetURL, "events", reg.Events)
	// Ironclad answers 200 here although its OpenAPI says 201 (recorded).
	writeJSON(w, http.StatusOK, wire)
}

func (h *Hub) get(w http.ResponseWriter, a Actor, id string) {
	h.mu.Lock()
	reg := h.ownedLocked(a, id)
	var wire webhookWire
	if reg != nil {
		wire = reg.wire()
	}
	h.mu.Unlock()
	if reg == nil {
		writeNotFound(w)
		return
	}
	writeJSON(w, http.StatusOK, wire)
}

func (h *Hub) update(w http.ResponseWriter, r *http.Request, a Actor, id string) {
	var body webhookBody
	if !decodeBody(w, r, &body) {
		return
	}
	if body.Events == nil && body.TargetURL == "" && body.Status == "" {
		WriteError(w, http.StatusBadRequest, codeMissingParam, "at least one of events, targetURL or status is required", "")
		return
	}
	events, ok := validateFields(w, body)
	if !ok {
		return
	}
	h.mu.Lock()
	reg := h.ownedLocked(a, id)
	if reg == nil {
		h.mu.Unlock()
		writeNotFound(w)
		return
	}
	if body.TargetURL != "" {
		if existing := h.byTargetLocked(a.CompanyID, body.TargetURL, id); existing != nil {
			h.mu.Unlock()
			writeDuplicate(w, existing)
			return
		}
		reg.TargetURL = body.TargetURL
	}
	if events != nil {
		reg.Events = events
	}
	if body.Status != "" {
		reg.setStatus(body.Status, a.UserID, h.now())
	}
	wire := reg.wire()
	h.mu.Unlock()
	h.log.Info("webhook updated", "webhookID", id, "targetURL", wire.TargetURL, "events", wire.Events, "status", wire.Status)
	writeJSON(w, http.StatusOK, wire)
}

func (h *Hub) remove(w http.ResponseWriter, a Actor, id string) {
	h.mu.Lock()
	reg := h.ownedLocked(a, id)
	if reg != nil {
		h.deleteRegLocked(id)
	}
	h.mu.Unlock()
	if reg == nil {
		writeNotFound(w)
		return
	}
	h.log.Info("webhook deleted", "webhookID", id)
	setAPIHeaders(w.Header())
	w.WriteHeader(http.StatusNoContent)
}

// validateFields checks the optional fields shared by POST and PATCH and
// returns the events without repeats (nil when none were sent).
func validateFields(w http.ResponseWriter, body webhookBody) ([]string, bool) {
	if body.Events != nil && len(body.Events) == 0 {
		WriteError(w, http.StatusBadRequest, codeInvalidParam, "events must contain at least one event type", "events")
		return nil, false
	}
	var events []string
	for _, e := range body.Events {
		if !isEventType(e) {
			WriteError(w, http.StatusBadRequest, codeInvalidParam, invalidEventMessage(), "events")
			return nil, false
		}
		if !slices.Contains(events, e) {
			events = append(events, e)
		}
	}
	if body.TargetURL != "" {
		if ok, msg := checkTargetURL(body.TargetURL); !ok {
			WriteError(w, http.StatusBadRequest, codeInvalidParam, msg, "targetURL")
			return nil, false
		}
	}
	if body.Status != "" && body.Status != StatusEnabled && body.Status != StatusDisabled {
		WriteError(w, http.StatusBadRequest, codeInvalidParam,
			fmt.Sprintf("invalid status %q; enabled or disabled are acceptable values", body.Status), "status")
		return nil, false
	}
	return events, true
}

// byTargetLocked finds the company's registration for targetURL other than
// exceptID: Ironclad allows one registration per target URL.
func (h *Hub) byTargetLocked(companyID, targetURL, exceptID string) *Registration {
	for _, reg := range h.orderedRegsLocked() {
		if reg.CompanyID == companyID && reg.TargetURL == targetURL && reg.ID != exceptID {
			return reg
		}
	}
	return nil
}

// ownedLocked returns the registration only to its own company, so other
// companies see it as missing rather than forbidden.
func (h *Hub) ownedLocked(a Actor, id string) *Registration {
	reg, ok := h.regs[id]
	if !ok || reg.CompanyID != a.CompanyID {
		return nil
	}
	return reg
}

// writeDuplicate answers with Ironclad's documented duplicate error,
// including its misspelt param "tagetURL".
func writeDuplicate(w http.ResponseWriter, existing *Registration) {
	msg := fmt.Sprintf("webhook already exists for event %s and target %s", existing.Events[0], existing.TargetURL)
	WriteError(w, http.StatusBadRequest, codeInvalidParam, msg, "tagetURL")
}

func writeNotFound(w http.ResponseWriter) {
	WriteError(w, http.StatusNotFound, codeNotFound, "webhook does not exist", "id")
}

func tagsFor(a Actor) []string {
	if a.GrantType == "" {
		return []string{}
	}
	return []string{"oauth", a.GrantType}
}

func decodeBody(w http.ResponseWriter, r *http.Request, v any) bool {
	err := json.NewDecoder(http.MaxBytesReader(w, r.Body, maxBodyBytes)).Decode(v)
	if err == nil {
		return true
	}
	var typeErr *json.UnmarshalTypeError
	if errors.As(err, &typeErr) && typeErr.Field != "" {
		WriteError(w, http.StatusBadRequest, codeInvalidParam, fmt.Sprintf("invalid type for %s", typeErr.Field), typeErr.Field)
		return false
	}
	WriteError(w, http.StatusBadRequest, codeInvalidParam, "request body must be a JSON object", "body")
	return false
}

func queryInt(w http.ResponseWriter, r *http.Request, name string, def, minimum, maximum int) (int, bool) {
	raw := r.URL.Query().Get(name)
	if raw == "" {
		return def, true
	}
	n, err := strconv.Atoi(raw)
	if err != nil || n < minimum || n > maximum {
		WriteError(w, http.StatusBadRequest, codeInvalidParam,
			fmt.Sprintf("%s must be an integer between %d and %d", name, minimum, maximum), name)
		return 0, false
	}
	return n, true
}
