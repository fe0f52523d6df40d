package requestforms_test

import "tradewind/server/requestforms"

func intakeUpdate(label string) requestforms.UpdateFormQuestionInput {
	return requestforms.UpdateFormQuestionInput{Label: &label}
}
