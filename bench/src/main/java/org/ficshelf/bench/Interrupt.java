package org.ficshelf.bench;

/**
 * A stop, on purpose, in the middle of a subject's import: tests use it to leave a run half done
 * (as a killed process would) and check that running the same command again completes it.
 */
@FunctionalInterface
interface Interrupt {
    /** Never stops. */
    Interrupt NONE = (subject, chunk, done) -> {
    };

    /** Called after each work a subject added to chunk {@code chunk}; throws to stop the run there. */
    void after(String subject, int chunk, long done);

    /** Thrown to stop a run. */
    final class Stop extends RuntimeException {
        private static final long serialVersionUID = 1L;

        Stop(String message) {
            super(message);
        }
    }

    /** Stops once {@code subject} has added {@code works} works to chunk {@code chunk}. */
    static Interrupt at(String subject, int chunk, long works) {
        return (s, c, done) -> {
            if (s.equals(subject) && c == chunk && done >= works) {
                throw new Stop("stopped on purpose: " + s + ", chunk " + c + ", after " + done + " works");
            }
        };
    }
}
