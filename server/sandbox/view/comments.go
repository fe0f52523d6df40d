package view

import "tradewind/server/sandbox/core"

type CommentJSON struct {
	ID                   string         `json:"id"`
	Author               authorJSON     `json:"author"`
	Timestamp            string         `json:"timestamp"`
	CommentMessage       string         `json:"commentMessage"`
	MentionedUserDetails []mentionJSON  `json:"mentionedUserDetails"`
	AddedParticipants    []string       `json:"addedParticipants"`
	Reactions            []any          `json:"reactions"`
	RepliedTo            *repliedToJSON `json:"repliedTo,omitempty"`
}

type mentionJSON struct {
	ID          string `json:"id"`
	DisplayName string `json:"displayName"`
	Email       string `json:"email"`
}

type repliedToJSON struct {
	Item       string     `json:"item"`
	ItemAuthor authorJSON `json:"itemAuthor"`
}

func (v View) Comment(w *core.Workflow, c *core.Comment) CommentJSON {
	out := CommentJSON{ID: c.ID, Author: v.author(c.AuthorID), Timestamp: core.ISOTime(c.Timestamp), CommentMessage: c.Message,
		MentionedUserDetails: []mentionJSON{}, AddedParticipants: []string{}, Reactions: []any{}}
	for _, id := range c.Mentions {
		if u := v.St.UserByID(id); u != nil {
			out.MentionedUserDetails = append(out.MentionedUserDetails, mentionJSON{ID: u.ID, DisplayName: u.DisplayName(), Email: u.Email})
		}
	}
	for _, id := range c.AddedParticipants {
		if u := v.St.UserByID(id); u != nil {
			out.AddedParticipants = append(out.AddedParticipants, u.DisplayName())
		}
	}
	if parent := w.Comment(c.RepliedTo); parent != nil {
		out.RepliedTo = &repliedToJSON{Item: parent.ID, ItemAuthor: v.author(parent.AuthorID)}
	}
	return out
}
