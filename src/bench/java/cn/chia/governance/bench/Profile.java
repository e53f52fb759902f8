package cn.chia.governance.bench;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;

import jdk.jfr.Configuration;
import jdk.jfr.Recording;
import jdk.jfr.consumer.RecordedEvent;
import jdk.jfr.consumer.RecordedFrame;
import jdk.jfr.consumer.RecordingFile;

/**
 * A Java Flight Recorder profile of a piece of the benchmark: CPU samples (the JDK's "profile" settings, a sample
 * every 10 ms per running thread), counted by what the sampled thread was doing. A sample counts once for each
 * method on its stack (inclusive), so the application's own methods show what they cost with the engine calls they
 * make.
 */
final class Profile {

    /** The samples of one recording: how many, by layer, and the application's methods by inclusive count. */
    record Samples(long total, Map<String, Long> byLayer, Map<String, Long> ourMethods) {
    }

    private Profile() {
    }

    static <T> T record(Path file, Callable<T> work) throws Exception {
        try (Recording recording = new Recording(Configuration.getConfiguration("profile"))) {
            recording.enable("jdk.ExecutionSample").withPeriod(Duration.ofMillis(10));
            recording.start();
            T result = work.call();
            recording.stop();
            recording.dump(file);
            return result;
        }
    }

    /**
     * The layer a sample belongs to: the topmost frame's library, except that a sample with one of the application's
     * frames anywhere on the stack below a library counts as that library called from the application.
     */
    static Samples read(Path file) throws IOException {
        long total = 0;
        Map<String, Long> byLayer = new LinkedHashMap<>();
        Map<String, Long> ours = new HashMap<>();
        for (RecordedEvent event : RecordingFile.readAllEvents(file)) {
            if (!"jdk.ExecutionSample".equals(event.getEventType().getName()) || event.getStackTrace() == null) {
                continue;
            }
            List<RecordedFrame> frames = event.getStackTrace().getFrames();
            if (frames.stream().noneMatch(f -> type(f).startsWith("cn.chia.governance.bench"))) {
                continue; // not a worker's thread (job executor idle, JIT, GC, the HTTP server)
            }
            total++;
            String top = frames.isEmpty() ? "?" : layer(type(frames.get(0)));
            boolean fromOurs = frames.stream().map(Profile::type)
                    .anyMatch(t -> t.startsWith("cn.chia.governance.") && !t.startsWith("cn.chia.governance.bench"));
            byLayer.merge(fromOurs ? top + ", called by the application" : top, 1L, Long::sum);
            Set<String> seen = new HashSet<>();
            for (RecordedFrame frame : frames) {
                String type = type(frame);
                if (type.startsWith("cn.chia.governance.") && !type.startsWith("cn.chia.governance.bench")) {
                    String method = type.substring("cn.chia.governance.".length()) + "." + frame.getMethod().getName();
                    if (seen.add(method)) {
                        ours.merge(method, 1L, Long::sum);
                    }
                }
            }
        }
        Map<String, Long> sortedLayers = new LinkedHashMap<>();
        byLayer.entrySet().stream().sorted(Map.Entry.<String, Long>comparingByValue().reversed())
                .forEach(e -> sortedLayers.put(e.getKey(), e.getValue()));
        Map<String, Long> topOurs = new LinkedHashMap<>();
        new ArrayList<>(ours.entrySet()).stream().sorted(Map.Entry.<String, Long>comparingByValue().reversed()
                .thenComparing(Map.Entry.comparingByKey(Comparator.naturalOrder()))).limit(25)
                .forEach(e -> topOurs.put(e.getKey(), e.getValue()));
        return new Samples(total, sortedLayers, topOurs);
    }

    private static String type(RecordedFrame frame) {
        return frame.getMethod() == null || frame.getMethod().getType() == null ? "?"
                : frame.getMethod().getType().getName();
    }

    private static String layer(String type) {
        if (type.startsWith("cn.chia.governance.")) {
            return "the application";
        }
        if (type.startsWith("org.camunda.bpm.engine.impl.persistence") || type.startsWith("org.apache.ibatis")) {
            return "engine persistence (MyBatis)";
        }
        if (type.startsWith("org.camunda.bpm.engine.impl.history") || type.startsWith("org.camunda.bpm.engine.impl.db")) {
            return "engine history and flush";
        }
        if (type.startsWith("org.camunda.spin") || type.startsWith("com.fasterxml")) {
            return "JSON (Spin, Jackson)";
        }
        if (type.startsWith("org.camunda.bpm.model") || type.startsWith("org.camunda.bpm.engine.impl.bpmn.parser")) {
            return "BPMN model";
        }
        if (type.startsWith("org.camunda.bpm.engine.impl.el") || type.startsWith("org.camunda.bpm.impl.juel")) {
            return "expressions (JUEL)";
        }
        if (type.startsWith("org.camunda")) {
            return "engine, other";
        }
        if (type.startsWith("org.h2") || type.startsWith("org.postgresql") || type.startsWith("com.zaxxer")) {
            return "database driver and pool";
        }
        if (type.startsWith("org.springframework")) {
            return "Spring";
        }
        if (type.startsWith("java.") || type.startsWith("jdk.") || type.startsWith("sun.")) {
            return "JDK";
        }
        return "other: " + type.replaceAll("^((?:[^.]+\\.){2}).*", "$1");
    }
}
