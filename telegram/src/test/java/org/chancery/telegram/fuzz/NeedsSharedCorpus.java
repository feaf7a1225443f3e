package org.chancery.telegram.fuzz;

import net.jqwik.api.lifecycle.LifecycleContext;
import net.jqwik.api.lifecycle.SkipExecutionHook;

/**
 * Skips a property over real cables when {@link SharedFiles} finds no shared corpus: otherwise jqwik would reject
 * every try and report the property as exhausted, a failure that says nothing about the parser.
 */
public final class NeedsSharedCorpus implements SkipExecutionHook {

    @Override
    public SkipResult shouldBeSkipped(LifecycleContext context) {
        return SharedFiles.samples().isEmpty()
                ? SkipResult.skip("no shared corpus found (-Dchancery.shared, ../../shared or ../shared)")
                : SkipResult.doNotSkip();
    }
}
