package org.chancery.cli.format;

import org.chancery.telegram.model.Cable;

/** What a command does with each cable it reads; may fail for one cable without stopping the others. */
@FunctionalInterface
public interface CableConsumer {
    void accept(Cable cable) throws Exception;
}
