package org.chancery.server.support;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.chancery.archive.access.Principal;
import org.chancery.archive.account.Accounts;
import org.chancery.archive.monitor.AccessAlert;
import org.chancery.archive.monitor.AccessMonitor;
import org.chancery.archive.monitor.AccessThresholds;
import org.chancery.archive.monitor.CableFootprint;

/**
 * A monitor in memory for the server's tests: counts distinct cables per reader (no sliding window) and suspends
 * the reader past the cables-per-hour threshold.
 */
public final class InMemoryAccessMonitor implements AccessMonitor {

    private final Accounts accounts;
    private final Map<String, Set<String>> seen = new HashMap<>();
    private final List<AccessAlert> alerts = new ArrayList<>();
    private AccessThresholds thresholds = AccessThresholds.DEFAULT;

    public InMemoryAccessMonitor(Accounts accounts) {
        this.accounts = accounts;
    }

    @Override
    public synchronized List<AccessAlert> observe(Principal reader, List<CableFootprint> delivered, Instant now) {
        Set<String> ids = seen.computeIfAbsent(reader.name(), n -> new HashSet<>());
        delivered.forEach(f -> ids.add(f.referenceId()));
        if (ids.size() > thresholds.cablesPerHour()) {
            AccessAlert alert = new AccessAlert(
                    alerts.size() + 1,
                    now,
                    reader.name(),
                    "cables-per-hour",
                    ids.size(),
                    thresholds.cablesPerHour(),
                    null);
            alerts.add(alert);
            accounts.suspend(reader.name(), "cables-per-hour " + ids.size() + " > " + thresholds.cablesPerHour());
            ids.clear();
            return List.of(alert);
        }
        return List.of();
    }

    @Override
    public synchronized AccessThresholds thresholds() {
        return thresholds;
    }

    @Override
    public synchronized void setThresholds(AccessThresholds thresholds) {
        this.thresholds = thresholds;
    }

    @Override
    public synchronized List<AccessAlert> alerts(boolean openOnly) {
        return alerts.reversed().stream().filter(a -> !openOnly || a.open()).toList();
    }

    @Override
    public synchronized void acknowledge(long alertId, String administrator) {
        alerts.replaceAll(a -> a.id() == alertId
                ? new AccessAlert(a.id(), a.at(), a.reader(), a.rule(), a.observed(), a.limit(), administrator)
                : a);
    }
}
