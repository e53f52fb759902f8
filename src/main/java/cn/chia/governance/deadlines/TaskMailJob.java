package cn.chia.governance.deadlines;

import java.time.Instant;
import java.util.Date;
import java.util.Optional;

import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.jobexecutor.JobHandler;
import org.camunda.bpm.engine.impl.jobexecutor.JobHandlerConfiguration;
import org.camunda.bpm.engine.impl.persistence.entity.ExecutionEntity;
import org.camunda.bpm.engine.impl.persistence.entity.JobEntity;
import org.camunda.bpm.engine.impl.persistence.entity.MessageEntity;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.beans.factory.ObjectProvider;

/**
 * The job that sends the waiting mail about tasks ({@link TaskMailSender}): a job of the engine's job executor, so that
 * it runs after the commit of the transaction that queued the mail, and on one node of a cluster only (the job's
 * lock); the sender's own lock lets two such jobs send one after the other. A person who may not be written to yet
 * (one mail an hour) gets a job of its own at the end of the hour, for the digest.
 */
final class TaskMailJob implements JobHandler<TaskMailJob.Configuration> {

    static final String TYPE = "governance-task-mail";

    record Configuration(String text) implements JobHandlerConfiguration {
        @Override
        public String toCanonicalString() {
            return text;
        }
    }

    private final ObjectProvider<TaskMailSender> sender;

    TaskMailJob(ObjectProvider<TaskMailSender> sender) {
        this.sender = sender;
    }

    @Override
    public String getType() {
        return TYPE;
    }

    @Override
    public void execute(Configuration configuration, ExecutionEntity execution, CommandContext commandContext,
            String tenantId) {
        sender.getObject().sendWaiting().ifPresent(next -> sendSoon(commandContext, next));
    }

    /**
     * A job that sends the waiting mail at {@code at} (null: as soon as the transaction commits), unless this
     * transaction already made one for that time, or one waits that runs no later.
     */
    static void sendSoon(CommandContext commandContext, Instant at) {
        boolean madeHere = commandContext.getDbEntityManager().getCachedEntitiesByType(MessageEntity.class).stream()
                .anyMatch(job -> TYPE.equals(job.getJobHandlerType()) && (job.getDuedate() == null
                        || at != null && !job.getDuedate().toInstant().isAfter(at)));
        if (madeHere) {
            return;
        }
        if (at != null) {
            Instant now = ClockUtil.getCurrentTime().toInstant();
            boolean waitsAlready = commandContext.getJobManager().findJobsByHandlerType(TYPE).stream()
                    .anyMatch(job -> job.getDuedate() != null && job.getDuedate().toInstant().isAfter(now)
                            && !job.getDuedate().toInstant().isAfter(at));
            if (waitsAlready) {
                return;
            }
        }
        MessageEntity job = new MessageEntity();
        job.setJobHandlerType(TYPE);
        job.setJobHandlerConfiguration(new Configuration(at == null ? "now" : "at " + at));
        Optional.ofNullable(at).map(Date::from).ifPresent(job::setDuedate);
        commandContext.getJobManager().send(job);
    }

    @Override
    public Configuration newConfiguration(String canonicalString) {
        return new Configuration(canonicalString);
    }

    @Override
    public void onDelete(Configuration configuration, JobEntity jobEntity) {
        // nothing of its own to remove: the outbox keeps the rows
    }
}
