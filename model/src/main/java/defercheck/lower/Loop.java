package defercheck.lower;

import java.util.ArrayList;
import java.util.List;

/** The jumps of one for loop that are patched when its end and continue point are known. */
final class Loop {

    final List<Integer> breaks = new ArrayList<>();
    final List<Integer> continues = new ArrayList<>();
}
