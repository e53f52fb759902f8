package cn.chia.governance.deadlines;

import java.time.Period;

import cn.chia.governance.config.GovernanceSettings;

/**
 * How long each user task may take, by its activity id, from the settings ({@code governance.due-dates.*}). A task
 * whose model or listener sets a due date of its own keeps it: a meeting's tasks before and at the meeting are due on
 * the meeting's day in Beijing (set by the meeting's own task listener), a vote by communication when the votes
 * close. The answer to a personal-data request is due within the legal period, {@code governance.privacy.answer-within}.
 */
final class DueDates {

    private final GovernanceSettings.DueDates settings;
    private final GovernanceSettings.Privacy privacy;

    DueDates(GovernanceSettings.DueDates settings, GovernanceSettings.Privacy privacy) {
        this.settings = settings;
        this.privacy = privacy;
    }

    Period of(String activityId) {
        return switch (activityId == null ? "" : activityId) {
            case "UserTask_RecommendCandidate" -> settings.branchRecommendation();
            case "UserTask_ReviewApplication" -> settings.liaisonReview();
            case "UserTask_PrepareDossier", "UserTask_SubmitToCast" -> settings.castDossier();
            case "UserTask_RecordCardReturn" -> settings.cardReturn();
            case "UserTask_RecordMemberAnswer" -> settings.memberAnswer();
            case "UserTask_RecordInformation" -> settings.applicantAnswer();
            case "UserTask_RecordCastAnswer", "UserTask_RecordMcaAnswer" -> settings.authorityAnswer();
            // the legal period for answering a request about personal data, whatever governance.due-dates says
            case "UserTask_AnswerDataRequest" -> privacy.answerWithin();
            default -> settings.otherTasks();
        };
    }
}
