package intake_test

import "tradewind/server/intake"

func intakeUpdate(label string) intake.UpdateFormQuestionInput {
	return intake.UpdateFormQuestionInput{Label: &label}
}
