package org.chancery.telegram.fuzz;

import net.jqwik.api.lifecycle.LifecycleContext;
import net.jqwik.api.lifecycle.SkipExecutionHook;

/**
 * Skips a property over real cables when the shared corpus is not beside the project: otherwise jqwik would reject
 * every try and report the property as exhausted, a failure that says nothing about the parser.
 */
public final class NeedsSharedCorpus implements SkipExecutionHook {

    @Override
    public SkipResult shouldBeSkipped(LifecycleContext context) {
        return SharedFiles.samples().isEmpty()
                ? SkipResult.skip("the shared corpus (../shared/corpus) is not here")
                : SkipResult.doNotSkip();
    }
}
