package defercheck.oracle;

import java.util.LinkedHashMap;
import java.util.Map;

/** Splits a stream of a case sequence ({@link Batch#dispatcher}) into each case's bytes. */
final class Frames {
    private Frames() {
    }

    /**
     * Case number to {text, "returned" or null}: null when the case's END mark is missing, i.e. the case
     * ended the process. In stream order.
     */
    static Map<Integer, String[]> split(String stream) {
        Map<Integer, String[]> out = new LinkedHashMap<>();
        int i = stream.indexOf(Batch.BEGIN);
        while (i >= 0) {
            int numEnd = stream.indexOf(Batch.BEGIN, i + 1);
            int k = Integer.parseInt(stream.substring(i + 1, numEnd));
            int next = stream.indexOf(Batch.BEGIN, numEnd + 1);
            int stop = next < 0 ? stream.length() : next;
            String body = stream.substring(numEnd + 1, stop);
            boolean returned = body.endsWith(String.valueOf(Batch.END));
            out.put(k, new String[] {returned ? body.substring(0, body.length() - 1) : body, returned ? "returned" : null});
            i = next;
        }
        return out;
    }
}
