package graph

import (
	"context"

	"tradewind/ent"
	"tradewind/ent/request"
	"tradewind/ent/schema/pulid"
	"tradewind/graph/model"
	"tradewind/server/comments"
	"tradewind/server/events"
)

// changeKinds maps the comments service's topics to the schema's kinds.
var changeKinds = map[string]model.CommentChangeKind{
	comments.TopicAdded:   model.CommentChangeKindAdded,
	comments.TopicEdited:  model.CommentChangeKindEdited,
	comments.TopicRemoved: model.CommentChangeKindRemoved,
}

// commentChanges merges the three comment topics into changes of one
// request the viewer in ctx may read. A removed comment is readable by no
// one, so the request is what is checked.
func (r *Resolver) commentChanges(ctx context.Context, requestID pulid.ID) <-chan *model.CommentChange {
	out := make(chan *model.CommentChange, 16)
	in := make(chan *model.CommentChange, 16)
	// Three topics merged by goroutines: the websocket must wait on out
	// itself, so the inner subscriptions are not pulled (events.Pull's
	// Ready would announce a value on their channels, not on out).
	plain := events.WithPull(ctx, nil)
	for topic, kind := range changeKinds {
		go func() {
			for c := range subscribe[*ent.Comment](plain, r.Broker, topic) {
				select {
				case in <- &model.CommentChange{Kind: kind, CommentID: c.ID, Comment: c}:
				case <-ctx.Done():
					return
				}
			}
		}()
	}
	go func() {
		defer close(out)
		for {
			select {
			case <-ctx.Done():
				return
			case ch := <-in:
				if !r.keepChange(ctx, requestID, ch) {
					continue
				}
				select {
				case out <- ch:
				case <-ctx.Done():
					return
				}
			}
		}
	}()
	return out
}

// keepChange: the change is on requestID, which the viewer may read.
func (r *Resolver) keepChange(ctx context.Context, requestID pulid.ID, ch *model.CommentChange) bool {
	on, err := comments.RequestOf(ctx, r.Client, ch.Comment)
	if err != nil || on != requestID {
		return false
	}
	ch.RequestID = on
	if ch.Kind == model.CommentChangeKindRemoved {
		ch.Comment = nil
	}
	return readable(ctx, r.Client.Request.Query().Where(request.ID(requestID)).Exist)
}
