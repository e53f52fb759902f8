package cn.chia.governance.bench;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;

import cn.chia.governance.admission.Applications;

/**
 * Drives admissions through the engine's Java API as the people would: the Secretariat enters
 * applications, the Liaison Department forwards each, the Secretariat holds a Standing Council meeting
 * that decides them (one meeting per batch), and the job that registers the member, issues the card and
 * tells the applicant is executed. The same steps drive the bare processes of the same shape.
 */
final class Admissions {

    private static final AtomicLong NEXT = new AtomicLong();
    private static final String RUN = Long.toString(System.currentTimeMillis(), 36).toUpperCase();

    private final ProcessEngine engine;
    /** How long opening the last meeting took: numbering it and gathering its agenda. */
    volatile long lastOpeningNanos;

    Admissions(ProcessEngine engine) {
        this.engine = engine;
    }

    static Map<String, Object> application() {
        long n = NEXT.incrementAndGet();
        return Applications.aPerson(String.format("Applicant %07d", n))
                .withEmail("applicant" + n + "@example.org").build();
    }

    // ---- the application's processes ----

    /** Starts an application and returns its instance; it waits for the Liaison Department's review. */
    ProcessInstance apply() {
        return engine.getRuntimeService().startProcessInstanceByKey("membership-admission", application());
    }

    void review(String instanceId, String decision) {
        Task review = engine.getTaskService().createTaskQuery().processInstanceId(instanceId)
                .taskDefinitionKey("UserTask_ReviewApplication").singleResult();
        Map<String, Object> variables = new HashMap<>(Map.of("reviewDecision", decision));
        if ("MORE_INFORMATION".equals(decision)) {
            variables.put("informationRequested", "A copy of the identity document, please.");
        } else if ("REJECT".equals(decision)) {
            variables.put("reason", "The applicant's field lies outside the association's scope.");
        }
        engine.getTaskService().complete(review.getId(), variables);
    }

    /**
     * A Standing Council meeting that decides the given cases (others waiting are removed from its
     * agenda by the clerk); returns the meeting's business key. Meetings are held one at a time, as the
     * Secretariat holds them: a case on the agenda of an open meeting is not gathered by another.
     */
    synchronized String holdMeeting(List<String> caseNumbers) {
        return holdMeeting(caseNumbers, "STANDING_COUNCIL", Map.of("presentInPerson", 25, "presentByProxy", 0),
                Map.of("votesFor", 20, "votesAgainst", 3, "abstentions", 2));
    }

    /**
     * A meeting of the body that decides the given cases, its attendance recorded as given (head counts, or roster
     * numbers for a body with a recorded roster) and every item voted alike; returns the meeting's business key.
     */
    synchronized String holdMeeting(List<String> caseNumbers, String body, Map<String, Object> attendance,
            Map<String, Object> votes) {
        return holdMeeting(caseNumbers, body, attendance, votes, LocalDate.now());
    }

    /** The same, the meeting held on that day (a day before a roster took effect: head counts). */
    String holdMeeting(List<String> caseNumbers, String body, Map<String, Object> attendance,
            Map<String, Object> votes, LocalDate day) {
        synchronized (MEETINGS) {
            return holdMeetingNow(caseNumbers, body, attendance, votes, day);
        }
    }

    /**
     * One Secretariat holds the meetings, one at a time, whichever node of a cluster it works on: a case on the
     * agenda of an open meeting is not gathered by another.
     */
    private static final Object MEETINGS = new Object();

    private String holdMeetingNow(List<String> caseNumbers, String body, Map<String, Object> attendance,
            Map<String, Object> votes, LocalDate day) {
        var runtime = engine.getRuntimeService();
        var tasks = engine.getTaskService();
        long opening = System.nanoTime();
        ProcessInstance meeting = runtime.startProcessInstanceByKey("governance-meeting",
                Map.of("body", body, "meetingDate", day.toString()));
        lastOpeningNanos = System.nanoTime() - opening;
        Task confirm = task(meeting.getId(), "UserTask_ConfirmAgenda");
        @SuppressWarnings("unchecked")
        List<String> agenda = (List<String>) tasks.getVariable(confirm.getId(), "agendaCases");
        Set<String> mine = new HashSet<>(caseNumbers);
        List<String> others = agenda.stream().filter(c -> !mine.contains(c)).toList();
        if (!agenda.containsAll(mine)) {
            throw new IllegalStateException("Cases missing from the agenda of " + meeting.getBusinessKey());
        }
        tasks.complete(confirm.getId(), Map.of("removedCases", String.join(",", others)));
        if (caseNumbers.isEmpty()) {
            return meeting.getBusinessKey();
        }
        tasks.complete(task(meeting.getId(), "UserTask_RecordAttendance").getId(), attendance);
        // the items are taken one after another: each completion brings the next item's task
        for (Task item = task(meeting.getId(), "UserTask_RecordVotes"); item != null;
                item = task(meeting.getId(), "UserTask_RecordVotes")) {
            tasks.complete(item.getId(), votes);
            // the clerk's last look before the resolution is numbered
            tasks.complete(task(meeting.getId(), "UserTask_ConfirmResolution").getId(), Map.of("lastLookChoice", "CONFIRM"));
        }
        return meeting.getBusinessKey();
    }

    /** Runs the job a case waits on (register, card, notification), as the job executor would. */
    void executeJob(String instanceId) {
        Job job = engine.getManagementService().createJobQuery().processInstanceId(instanceId).singleResult();
        engine.getManagementService().executeJob(job.getId());
    }

    /** n complete admissions: applications, reviews, one meeting, jobs. Returns the instance ids. */
    List<String> admit(int n) {
        List<String> ids = decide(n);
        for (String id : ids) {
            executeJob(id);
        }
        return ids;
    }

    /**
     * n complete admissions as {@link #admit(int)}, the registration's jobs left to the job executors of the cluster's
     * nodes: returns when every case has ended (at most ten minutes).
     */
    List<String> admitByJobExecutor(int n) {
        List<String> ids = decide(n);
        long until = System.nanoTime() + 600_000_000_000L;
        while (ended(ids) < ids.size()) {
            if (System.nanoTime() > until) {
                throw new IllegalStateException("The job executors did not end " + ids.size() + " cases in ten minutes");
            }
            try {
                Thread.sleep(20);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
        return ids;
    }

    /** n applications, each forwarded by the Liaison Department, decided in one meeting; their instance ids. */
    private List<String> decide(int n) {
        List<String> ids = new ArrayList<>();
        List<String> numbers = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            ProcessInstance instance = apply();
            ids.add(instance.getId());
            numbers.add(instance.getBusinessKey());
        }
        for (String id : ids) {
            review(id, "FORWARD");
        }
        holdMeeting(numbers);
        return ids;
    }

    /**
     * n applications that did not lead to membership, each ended: every {@code inMeetingEvery}-th forwarded and not
     * adopted by a Standing Council meeting (so that meetings name them), the others rejected by the Liaison
     * Department. Returns their case numbers.
     */
    List<String> notAdmitted(int n, int inMeetingEvery) {
        List<String> ids = new ArrayList<>();
        List<String> numbers = new ArrayList<>();
        List<String> decidedInMeeting = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            ProcessInstance instance = apply();
            ids.add(instance.getId());
            numbers.add(instance.getBusinessKey());
            boolean inMeeting = i % inMeetingEvery == 0;
            review(instance.getId(), inMeeting ? "FORWARD" : "REJECT");
            if (inMeeting) {
                decidedInMeeting.add(instance.getBusinessKey());
            }
        }
        if (!decidedInMeeting.isEmpty()) {
            holdMeeting(decidedInMeeting, "STANDING_COUNCIL", Map.of("presentInPerson", 25, "presentByProxy", 0),
                    Map.of("votesFor", 3, "votesAgainst", 20, "abstentions", 2));
        }
        for (String id : ids) {
            for (Job job : engine.getManagementService().createJobQuery().processInstanceId(id).list()) {
                engine.getManagementService().executeJob(job.getId());
            }
        }
        if (ended(ids) != ids.size()) {
            throw new IllegalStateException("Not every application that was not admitted ended");
        }
        return numbers;
    }

    // ---- the bare baseline ----

    List<String> admitBare(int n) {
        var runtime = engine.getRuntimeService();
        var tasks = engine.getTaskService();
        List<String> ids = new ArrayList<>();
        List<String> numbers = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            String key = "BARE-" + RUN + "-" + NEXT.incrementAndGet();
            ProcessInstance instance = runtime.startProcessInstanceByKey(BareProcesses.ADMISSION, key, application());
            ids.add(instance.getId());
            numbers.add(key);
        }
        for (String id : ids) {
            Task review = tasks.createTaskQuery().processInstanceId(id).taskDefinitionKey("review").singleResult();
            tasks.complete(review.getId(), Map.of("reviewDecision", "FORWARD"));
        }
        holdBareMeeting(numbers);
        for (String id : ids) {
            executeJob(id);
        }
        return ids;
    }

    private Task task(String instanceId, String key) {
        return engine.getTaskService().createTaskQuery().processInstanceId(instanceId).taskDefinitionKey(key)
                .singleResult();
    }

    /** How many of the given instances have ended. */
    long ended(List<String> ids) {
        long ended = 0;
        for (int from = 0; from < ids.size(); from += 500) {
            Set<String> chunk = new HashSet<>(ids.subList(from, Math.min(ids.size(), from + 500)));
            ended += engine.getHistoryService().createHistoricProcessInstanceQuery().processInstanceIds(chunk)
                    .completed().count();
        }
        return ended;
    }

    /** The bare meeting, held one at a time like ours. */
    private synchronized void holdBareMeeting(List<String> numbers) {
        var runtime = engine.getRuntimeService();
        var tasks = engine.getTaskService();
        ProcessInstance meeting = runtime.startProcessInstanceByKey(BareProcesses.MEETING,
                Map.of("body", "STANDING_COUNCIL", "meetingDate", LocalDate.now().toString(), "cases", numbers));
        tasks.complete(task(meeting.getId(), "confirm").getId(), Map.of("removedCases", ""));
        tasks.complete(task(meeting.getId(), "attendance").getId(), Map.of("presentInPerson", 25, "presentByProxy", 0));
        for (Task votes = task(meeting.getId(), "votes"); votes != null; votes = task(meeting.getId(), "votes")) {
            tasks.complete(votes.getId(), Map.of("votesFor", 20, "votesAgainst", 3, "abstentions", 2));
        }
    }
}
