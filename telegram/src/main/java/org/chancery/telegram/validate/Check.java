package org.chancery.telegram.validate;

import java.util.function.Consumer;
import org.chancery.telegram.model.Cable;

/** One group of related rules. */
interface Check {
    void check(Cable cable, Consumer<Finding> findings);
}
