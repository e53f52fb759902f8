package cn.chia.governance.web;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

import cn.chia.governance.dashboard.Figures;
import cn.chia.governance.dashboard.GovernanceDashboard;
import cn.chia.governance.identity.Roles;

/**
 * The figures of the governance dashboard in Cockpit, for managers, the Secretariat and administrators: read with
 * HTTP Basic, or from Cockpit with the webapps' session (docs/api.md, "The governance dashboard").
 */
@RestController
class DashboardController {

    private final GovernanceDashboard dashboard;
    private final Caller caller;

    DashboardController(GovernanceDashboard dashboard, Caller caller) {
        this.dashboard = dashboard;
        this.caller = caller;
    }

    @GetMapping("/api/dashboard")
    Figures figures() {
        caller.requireOneOf(Roles.DASHBOARD_READERS, "治理看板供管理人员、秘书处和管理员查看。",
                "The dashboard is for managers, the Secretariat and administrators.");
        return dashboard.figures();
    }
}
