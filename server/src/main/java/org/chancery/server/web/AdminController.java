package org.chancery.server.web;

import java.time.Clock;
import org.chancery.archive.account.Accounts;
import org.chancery.archive.audit.AuditAction;
import org.chancery.archive.audit.AuditEntry;
import org.chancery.archive.audit.AuditLog;
import org.chancery.archive.monitor.AccessMonitor;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;

/**
 * The administrators' page (the security chain lets only ADMINISTRATOR in): bulk-access alerts and accounts, with
 * acknowledging an alert and reinstating a suspended reader. Every act is audited.
 */
@Controller
public class AdminController {

    private final AccessMonitor monitor;
    private final Accounts accounts;
    private final AuditLog audit;
    private final Clock clock;

    public AdminController(AccessMonitor monitor, Accounts accounts, AuditLog audit, Clock clock) {
        this.monitor = monitor;
        this.accounts = accounts;
        this.audit = audit;
        this.clock = clock;
    }

    @GetMapping("/admin")
    public String admin(Model model) {
        model.addAttribute("alerts", monitor.alerts(false));
        model.addAttribute("accounts", accounts.list());
        model.addAttribute("thresholds", monitor.thresholds());
        return "admin";
    }

    @PostMapping("/admin/alerts/{id}/acknowledge")
    public String acknowledge(@PathVariable long id, Authentication authentication) {
        String admin = Readers.of(authentication).name();
        monitor.acknowledge(id, admin);
        audit.record(
                new AuditEntry(clock.instant(), admin, AuditAction.ADMINISTER, "alert " + id, true, "acknowledged"));
        return "redirect:/admin";
    }

    @PostMapping("/admin/accounts/{name}/reinstate")
    public String reinstate(@PathVariable String name, Authentication authentication) {
        String admin = Readers.of(authentication).name();
        accounts.reinstate(name);
        audit.record(new AuditEntry(clock.instant(), admin, AuditAction.ADMINISTER, name, true, "reinstated"));
        return "redirect:/admin";
    }
}
