package ironclad

import (
	"container/list"
	"context"
	"sync"
)

// SeenStore remembers webhook event ids so a replayed delivery is refused.
// Tradewind backs it with its database; NewMemorySeenStore serves one process.
type SeenStore interface {
	// MarkSeen records eventID and reports whether it was new. It must be
	// atomic: of two concurrent deliveries of one event, one is first.
	MarkSeen(ctx context.Context, eventID string) (first bool, err error)
	// Forget drops eventID, so that Ironclad's redelivery of an event the
	// receiver failed to store is accepted.
	Forget(ctx context.Context, eventID string) error
}

// MemorySeenStore keeps the most recent event ids in memory.
type MemorySeenStore struct {
	mu       sync.Mutex
	capacity int
	order    *list.List // front: most recently seen
	index    map[string]*list.Element
}

// NewMemorySeenStore remembers up to capacity ids, dropping the least
// recently seen first. Size it for the events of one verifier's MaxAge.
func NewMemorySeenStore(capacity int) *MemorySeenStore {
	return &MemorySeenStore{capacity: max(capacity, 1), order: list.New(), index: map[string]*list.Element{}}
}

func (s *MemorySeenStore) MarkSeen(_ context.Context, eventID string) (bool, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	if el, ok := s.index[eventID]; ok {
		s.order.MoveToFront(el)
		return false, nil
	}
	s.index[eventID] = s.order.PushFront(eventID)
	for s.order.Len() > s.capacity {
		oldest := s.order.Back()
		s.order.Remove(oldest)
		delete(s.index, oldest.Value.(string))
	}
	return true, nil
}

func (s *MemorySeenStore) Forget(_ context.Context, eventID string) error {
	s.mu.Lock()
	defer s.mu.Unlock()
	if el, ok := s.index[eventID]; ok {
		s.order.Remove(el)
		delete(s.index, eventID)
	}
	return nil
}
