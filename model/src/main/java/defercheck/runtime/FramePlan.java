package defercheck.runtime;

import java.util.List;

/**
 * The compiler's choice for one function: open-coding is all or nothing per function (ssagen's
 * hasOpenDefers; docs/runtime.md, "The compiler's plan"), so {@code openCoded} says whether the frame has a
 * deferBits byte; {@code sites} gives each defer site's allocation in site order.
 */
public record FramePlan(boolean openCoded, List<SiteAllocation> sites) {

    public FramePlan {
        sites = List.copyOf(sites);
        if (openCoded && sites.stream().anyMatch(s -> s != SiteAllocation.OPEN_CODED)) {
            throw new IllegalArgumentException("an open-coded frame has only open-coded sites");
        }
        if (openCoded && sites.size() > 8) {
            throw new IllegalArgumentException("deferBits is one byte: at most 8 open-coded defers");
        }
    }

    public SiteAllocation site(int index) {
        return sites.get(index);
    }
}
