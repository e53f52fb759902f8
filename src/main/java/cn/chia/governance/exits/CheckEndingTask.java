package cn.chia.governance.exits;

import cn.chia.governance.process.Dates;
import cn.chia.governance.process.FormFields;

import static cn.chia.governance.exits.ExpulsionVariables.MEMBER_ANSWER;
import static cn.chia.governance.exits.WithdrawalVariables.CARD_RETURNED_ON;
import static cn.chia.governance.exits.WithdrawalVariables.LETTER_DATE;

import java.time.Clock;
import java.time.LocalDate;

import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/** Checks on the server what the Secretariat records in an expulsion or a withdrawal (REST clients skip the form). */
@Component("checkEndingTask")
class CheckEndingTask implements TaskListener {

    private final Clock clock;

    CheckEndingTask(Clock clock) {
        this.clock = clock;
    }

    @Override
    public void notify(DelegateTask task) {
        switch (task.getTaskDefinitionKey()) {
            case "UserTask_RecordMemberAnswer" -> {
                Object answer = task.getVariable(MEMBER_ANSWER);
                if (answer == null || answer.toString().isBlank()) {
                    throw new BadUserRequestException("Record the member's answer (at most "
                            + FormFields.maxLength("record-member-answer", MEMBER_ANSWER) + " characters).");
                }
            }
            case "UserTask_RecordCardReturn" -> {
                LocalDate returnedOn = Dates.of(task.getVariable(CARD_RETURNED_ON), "the day the card was returned");
                LocalDate letterDate = LocalDate.parse((String) task.getVariable(LETTER_DATE));
                if (returnedOn.isAfter(LocalDate.now(clock)) || returnedOn.isBefore(letterDate)) {
                    throw new BadUserRequestException("The card cannot have been returned on " + returnedOn
                            + ": enter a day from the letter's date (" + letterDate + ") to today.");
                }
                task.setVariable(CARD_RETURNED_ON, returnedOn.toString());
            }
            default -> throw new IllegalStateException("No check for task " + task.getTaskDefinitionKey());
        }
    }
}
