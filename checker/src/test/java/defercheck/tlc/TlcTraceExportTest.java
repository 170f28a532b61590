package defercheck.tlc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A mutant model's counterexample goes back to the module and the INIT/NEXT its cfg runs. */
class TlcTraceExportTest {

    @Test
    void aMutantModelsTraceExtendsItsMutantsModuleAndFollowsItsNext() throws Exception {
        Path spec = Paths.get(System.getProperty("defercheck.spec.dir", "../spec"));
        assertEquals("HeapDeferMutants", TlcTraceExport.moduleOf("MCHeapDeferFIFO", spec));
        assertEquals("MCNotInTheManifest", TlcTraceExport.moduleOf("MCNotInTheManifest", spec));
        String cfg = "CONSTANTS\n    Mutant = \"fifo-chain\"\nINIT Init\nNEXT MutantNext\nINVARIANT TypeOK\n";
        assertEquals("MutantNext", TlcTraceExport.cfgName(cfg, "NEXT", "Next"));
        assertEquals("Init", TlcTraceExport.cfgName(cfg, "INIT", "Init"));
        assertEquals("Next", TlcTraceExport.cfgName("SPECIFICATION Spec\n", "NEXT", "Next"));

        String m = TlcTraceExport.module("T", "MCHeapDeferFIFO", "HeapDeferMutants", "Init", "MutantNext",
                List.of(Map.of("x", "1"), Map.of("x", "2")));
        assertTrue(m.contains("EXTENDS HeapDeferMutants, Sequences, TLC"), m);
        assertTrue(m.contains("/\\ MutantNext\n"), m);
        assertTrue(m.contains("TraceInit == traceIndex = 1 /\\ Init /\\ AtTraceState(1)"), m);
        assertTrue(TlcTraceExport.cfg(cfg).startsWith("CONSTANTS\n    Mutant = \"fifo-chain\"\nINIT TraceInit\n"));
    }
}
