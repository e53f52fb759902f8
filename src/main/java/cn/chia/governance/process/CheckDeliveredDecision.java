package cn.chia.governance.process;

import java.util.Arrays;
import java.util.Set;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;

import cn.chia.governance.charter.Body;
import cn.chia.governance.charter.Matter;
import cn.chia.governance.charter.Outcome;
import cn.chia.governance.charter.Words;
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
                .findFirst().orElseThrow(() -> new Refusal("案件 " + execution.getProcessBusinessKey()
                        + " 不在等待任何事项的决定。", "Case " + execution.getProcessBusinessKey()
                        + " waits for no decision on a known matter."));
        try {
            MeetingRecords.Resolution resolution = minutes.decidedOn(waiting.resolutionNumber(), execution.getProcessBusinessKey(),
                    outcome, Set.of(matter));
            String body = waiting.decidingBody();
            if (body != null && !resolution.body().equals(body)) {
                Words taken = body(resolution.body());
                Words named = body(body);
                throw new Refusal("第 " + resolution.resolutionNumber() + " 号决议是由" + taken.zh() + "作出的，不是由"
                        + named.zh() + "作出的。", "Resolution " + resolution.resolutionNumber() + " was taken by "
                        + taken.en() + ", not by " + named.en() + ".");
            }
        } catch (ResolutionRefused refused) {
            throw new Refusal(refused.words());
        }
    }

    /** A body by its stored name: 理事会, the Council. */
    private static Words body(String name) {
        return Arrays.stream(Body.values()).filter(b -> b.name().equals(name)).findFirst()
                .map(b -> new Words(b.chineseTitle(), "the " + b.title())).orElse(new Words(name, name));
    }

    private static Outcome outcome(String value) {
        for (Outcome outcome : Outcome.values()) {
            if (outcome.name().equals(value)) {
                return outcome;
            }
        }
        throw new Refusal("决定结果须为“通过”（ADOPTED）或“未通过”（REJECTED），而非“" + value + "”。",
                "A decision is adopted (ADOPTED) or rejected (REJECTED), not '" + value + "'.");
    }
}
