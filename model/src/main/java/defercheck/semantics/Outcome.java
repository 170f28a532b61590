package defercheck.semantics;

import java.util.List;

/** How a run ended and what it wrote: the observables compared with the real binary. */
public record Outcome(Kind kind, int exitCode, String stdout, String stderr, List<Event> observed) {

    public Outcome {
        observed = List.copyOf(observed);
    }

    public enum Kind {
        NORMAL_EXIT("main returned"),
        OS_EXIT("os.Exit"),
        PANIC_CRASH("unrecovered panic"),
        GOEXIT_DEADLOCK("main called runtime.Goexit"),
        /** runtime.checkdead: every goroutine waits and none can wake another. */
        DEADLOCK("all goroutines are asleep"),
        STACK_OVERFLOW("stack overflow"),
        BREAKPOINT("runtime.Breakpoint (SIGTRAP)"),
        /**
         * A runtime throw: "go of nil func value", or ("fatal error: bad defer entry in panic") what only a broken
         * strategy gets to.
         */
        FATAL_ERROR("runtime fatal error"),
        STEP_LIMIT("step limit exceeded (defercheck budget, not Go behaviour)"),
        /**
         * The run reached something whose outcome real Go leaves to the compiler's choices the model does not
         * make (whether gc devirtualizes an interface call): refused, with the reason on stderr, rather than guessed.
         */
        REFUSED("refused at run time (a behaviour the model does not decide)");

        private final String description;

        Kind(String description) {
            this.description = description;
        }

        public String describe() {
            return description;
        }
    }
}
