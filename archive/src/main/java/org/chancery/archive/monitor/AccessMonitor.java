package org.chancery.archive.monitor;

import java.time.Instant;
import java.util.List;
import org.chancery.archive.access.Principal;

/**
 * Watches each reader's rate and breadth of access and stops bulk downloads: when a reader crosses a threshold the
 * account is suspended and an alert raised for administrators.
 */
public interface AccessMonitor {

    /**
     * Records cables just delivered to a reader and judges the reader's last hour.
     *
     * @return the alerts this delivery raised (empty when within limits); non-empty means the reader is now suspended
     */
    List<AccessAlert> observe(Principal reader, List<CableFootprint> delivered, Instant now);

    AccessThresholds thresholds();

    void setThresholds(AccessThresholds thresholds);

    /** Alerts, newest first; {@code openOnly} leaves out acknowledged ones. */
    List<AccessAlert> alerts(boolean openOnly);

    void acknowledge(long alertId, String administrator);
}
