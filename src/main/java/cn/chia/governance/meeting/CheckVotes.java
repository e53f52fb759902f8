package cn.chia.governance.meeting;

import java.util.Optional;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

import cn.chia.governance.charter.Decision;
import cn.chia.governance.charter.InvalidTallyException;
import cn.chia.governance.charter.Language;
import cn.chia.governance.charter.VoteCount;
import cn.chia.governance.charter.Votes;
import cn.chia.governance.charter.Words;
import cn.chia.governance.process.CurrentCharter;
import cn.chia.governance.process.Refusal;

/**
 * Checks the votes the clerk records for an agenda item before the task completes: a tally that does not add up
 * (more votes than members present, a negative or missing count, for + against + abstentions + did not vote other than
 * those present, {@link VoteCount}) is refused with the reason in Chinese and English, nothing is recorded and the task
 * stays with the clerk who holds it. A tally that adds up is shown to the clerk for a last look (counts, rule,
 * outcome and reason) before anything is numbered.
 */
@Component("checkVotes")
class CheckVotes implements TaskListener {

    private final CurrentCharter charter;

    CheckVotes(CurrentCharter charter) {
        this.charter = charter;
    }

    @Override
    public void notify(DelegateTask task) {
        MeetingCase item = MeetingCase.of(task);
        Decision decision;
        Integer didNotVote;
        try {
            decision = TallyVotes.decide(charter.ofMeeting(task.getExecution()), item);
            didNotVote = item.didNotVote();
        } catch (InvalidTallyException doesNotAddUp) {
            throw new Refusal(doesNotAddUp.words());
        }
        Optional<Words> refused = new VoteCount(decision.votes(), didNotVote)
                .doesNotAddUp(decision.body(), decision.inPerson(), decision.byProxy());
        if (refused.isPresent()) {
            throw new Refusal(refused.get());
        }
        item.showLastLook(lastLook(decision, didNotVote));
    }

    /** The counts, the rule with its clause, the outcome and its reason, Chinese then English, line by line. */
    static String lastLook(Decision decision, Integer didNotVote) {
        Votes votes = decision.votes();
        String notVoted = didNotVote == null ? "" : "，未投票 " + didNotVote + " 名";
        String notVotedEn = didNotVote == null ? "" : ", " + didNotVote + " did not vote";
        boolean adopted = decision.adopted();
        return "票数 Votes: 赞成 " + votes.inFavour() + " 票，反对 " + votes.against() + " 票，弃权 " + votes.abstentions()
                + " 票" + notVoted + "；出席" + decision.body().chineseMemberNoun() + " " + decision.present() + " 名（亲自出席 "
                + decision.inPerson() + " 名，委托出席 " + decision.byProxy() + " 名）。 " + votes.inFavour() + " in favour, "
                + votes.against() + " against, " + votes.abstentions() + " abstaining" + notVotedEn + "; "
                + decision.body().members(decision.present()) + " present (" + decision.inPerson() + " in person, "
                + decision.byProxy() + " by proxy).\n"
                + "规则 Rule: " + decision.rule().describeInChinese(decision.comparison()) + "，需赞成至少 "
                + decision.required() + " 票 " + decision.rule().describe(decision.comparison()) + ", at least "
                + decision.required() + " in favour required (" + decision.rule().clause() + ").\n"
                + "结果 Outcome: " + (adopted ? "通过 Adopted" : "未通过 Rejected") + "\n"
                + "理由 Reason: " + decision.reason(Language.ZH) + " " + decision.reason(Language.EN);
    }
}
