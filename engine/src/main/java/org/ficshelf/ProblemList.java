package org.ficshelf;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * A bounded, ordered collector of problems: a hostile file cannot make the record grow without
 * limit. Past the cap, problems are counted and one {@code too-many-problems} entry says how
 * many were dropped.
 */
public final class ProblemList {
    /** The cap used by the pipeline unless told otherwise. */
    public static final int DEFAULT_MAX = 200;

    private final int max;
    private final List<Problem> problems = new ArrayList<>();
    private int dropped;

    private ProblemList(int max) {
        this.max = max;
    }

    /** A list that keeps at most {@code max} problems. */
    public static ProblemList tracking(int max) {
        if (max < 1) {
            throw new IllegalArgumentException("max must be positive: " + max);
        }
        return new ProblemList(max);
    }

    public static ProblemList tracking() {
        return tracking(DEFAULT_MAX);
    }

    public void add(Problem problem) {
        if (problems.size() < max) {
            problems.add(problem);
        } else {
            dropped++;
        }
    }

    public void add(int line, int column, String code, String message) {
        add(new Problem(line, column, code, message));
    }

    public void addAll(Iterable<Problem> more) {
        for (Problem p : more) {
            add(p);
        }
    }

    public boolean isEmpty() {
        return problems.isEmpty();
    }

    /** The kept problems, then one summary problem if any were dropped. */
    public List<Problem> toList() {
        if (dropped == 0) {
            return Collections.unmodifiableList(new ArrayList<>(problems));
        }
        List<Problem> all = new ArrayList<>(problems);
        all.add(Problem.ofFile("too-many-problems", dropped + " further problems were not recorded"));
        return Collections.unmodifiableList(all);
    }
}
