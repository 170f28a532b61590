package defercheck.semantics;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class StderrNormalizerTest {

    @Test
    void cutsBeforeTheGoroutineDump() {
        assertEquals("panic: boom\n\n",
                StderrNormalizer.normalize("panic: boom\n\ngoroutine 1 [running]:\nmain.main()\n"));
    }

    @Test
    void cutsBeforeTheSignalLine() {
        assertEquals("panic: runtime error: x\n", StderrNormalizer.normalize(
                "panic: runtime error: x\n[signal SIGSEGV: segmentation violation code=0x1 addr=0x0 pc=0x47afed]\n\n"
                        + "goroutine 1 [running]:\n"));
    }

    @Test
    void cutsBeforeTheRuntimeStackAndMasksAddresses() {
        assertEquals("runtime: goroutine stack exceeds 1000000000-byte limit\n"
                        + "runtime: sp=0x? stack=[0x?, 0x?]\nfatal error: stack overflow\n\n",
                StderrNormalizer.normalize("runtime: goroutine stack exceeds 1000000000-byte limit\n"
                        + "runtime: sp=0xc020080390 stack=[0xc020080000, 0xc040080000]\n"
                        + "fatal error: stack overflow\n\nruntime stack:\nruntime.throw(...)\n"));
    }

    @Test
    void keepsOutputWithoutDumpWhole() {
        assertEquals("a\nb", StderrNormalizer.normalize("a\nb"));
    }

    @Test
    void onlyLineStartsCount() {
        assertEquals("x goroutine 1 [running]:\n", StderrNormalizer.normalize("x goroutine 1 [running]:\n"));
    }
}
