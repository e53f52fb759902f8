package cn.chia.governance.process;



import java.util.Arrays;
import java.util.Set;

import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;

import cn.chia.governance.charter.Matter;
import cn.chia.governance.charter.Outcome;
import cn.chia.governance.register.MeetingRecords;
import cn.chia.governance.register.ResolutionRefused;

/**
 * A case takes a decision only as the minutes hold it: the delivered resolution exists, was decided on this
 * very case and on the matter the case waits for, with the outcome and by the body delivered. Anything else
 * (a made-up number, another case's resolution, "adopted" for a rejected one) is refused with 400 before
 * the case moves, so nothing is written.
 */
@Component("checkDeliveredDecision")
class CheckDeliveredDecision implements ExecutionListener {

    private final MeetingRecords minutes;

    CheckDeliveredDecision(MeetingRecords minutes) {
        this.minutes = minutes;
    }

    @Override
    public void notify(DelegateExecution execution) {
        WaitingCase waiting = new WaitingCase(execution);
        Outcome outcome = outcome(waiting.deliveredOutcome());
        Matter matter = Arrays.stream(Matter.values()).filter(m -> m.name().equals(waiting.declaredMatter()))
                .findFirst().orElseThrow(() -> new BadUserRequestException("案件 " + execution.getProcessBusinessKey()
                        + " 不在等待任何事项的决定。 Case " + execution.getProcessBusinessKey()
                        + " waits for no decision on a known matter."));
        try {
            MeetingRecords.Resolution resolution = minutes.decidedOn(waiting.resolutionNumber(), execution.getProcessBusinessKey(),
                    outcome, Set.of(matter));
            String body = waiting.decidingBody();
            if (body != null && !resolution.body().equals(body)) {
                throw new ResolutionRefused("第 " + resolution.resolutionNumber() + " 号决议不是由所称机构作出的。",
                        "Resolution " + resolution.resolutionNumber() + " was taken by " + resolution.body()
                                + ", not by " + body + ".");
            }
        } catch (ResolutionRefused refused) {
            throw new BadUserRequestException(refused.getMessage());
        }
    }

    private static Outcome outcome(String value) {
        for (Outcome outcome : Outcome.values()) {
            if (outcome.name().equals(value)) {
                return outcome;
            }
        }
        throw new BadUserRequestException("决定结果须为 ADOPTED 或 REJECTED。 A decision is ADOPTED or REJECTED, not "
                + value + ".");
    }
}
