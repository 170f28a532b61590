package defercheck.straightline;

/** GoDefer's log entries for a straight-line program, rendered once the bodies are numbered. */
final class StraightLineLog {
    private StraightLineLog() {
    }

    sealed interface Entry {
        String tla();
    }

    /** A deferred call starts: the site of its defer statement, without GoDefer's instance id. */
    record Start(StraightLineBody pusher, int pc) implements Entry {
        @Override
        public String tla() {
            return "<<\"start\", <<" + pusher.index + ", " + pc + ">>>>";
        }
    }

    /** print, recover or exit, and its value. */
    record Value(String kind, int val) implements Entry {
        @Override
        public String tla() {
            return "<<\"" + kind + "\", " + val + ">>";
        }
    }

    /** What an ordinary call returned. */
    record Ret(StraightLineBody body, int val) implements Entry {
        @Override
        public String tla() {
            return "<<\"ret\", " + body.index + ", " + val + ">>";
        }
    }
}
