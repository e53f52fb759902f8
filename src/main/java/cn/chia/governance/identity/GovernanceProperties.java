package cn.chia.governance.identity;

import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;

/** The {@code governance.*} settings of application.yaml that shape identity: branches and the administrator. */
@ConfigurationProperties("governance")
public record GovernanceProperties(
        List<Branch> branches,
        Admin admin,
        boolean demoUsers,
        boolean requireStrongAdminPassword) {

    public GovernanceProperties {
        branches = branches == null ? List.of() : List.copyOf(branches);
        admin = admin == null ? new Admin(null, null, false) : admin;
    }

    /** A branch of the association; it recommends candidates through its own Camunda group. */
    public record Branch(String id, String name) {
        public String groupId() {
            return Roles.branchGroupId(id);
        }
    }

    /**
     * The administrator: always present, always a direct member of {@code camunda-admin}. The password is set
     * when the administrator is created; {@code resetPassword} (break-glass, docs/security.md) sets it again at this start.
     */
    public record Admin(String id, String password, boolean resetPassword) {
        public Admin {
            id = id == null || id.isBlank() ? "admin" : id;
        }
    }
}
