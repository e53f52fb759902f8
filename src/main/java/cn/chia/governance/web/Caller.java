package cn.chia.governance.web;

import java.util.List;
import java.util.Set;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.stereotype.Component;

import cn.chia.governance.process.Refusal;

/** The user the authentication filter found for this request, and what the application's API lets them do. */
@Component
class Caller {

    private final IdentityService identity;

    Caller(IdentityService identity) {
        this.identity = identity;
    }

    /** The caller's user id; null without an authentication. */
    String userId() {
        Authentication user = identity.getCurrentAuthentication();
        return user == null ? null : user.getUserId();
    }

    /**
     * Whether a user account of that id exists, whoever may read it: asked for a clerk who names the account of a
     * person on a roster (the Secretariat reads no user accounts of its own right), with the caller's authentication
     * put back afterwards.
     */
    boolean userExists(String userId) {
        Authentication caller = identity.getCurrentAuthentication();
        identity.clearAuthentication();
        try {
            return identity.createUserQuery().userId(userId).count() == 1;
        } finally {
            if (caller != null) {
                identity.setAuthentication(caller);
            }
        }
    }

    /** The caller's groups; empty without an authentication. */
    List<String> groups() {
        Authentication user = identity.getCurrentAuthentication();
        return user == null || user.getGroupIds() == null ? List.of() : List.copyOf(user.getGroupIds());
    }

    /** Whether the caller is in one of the groups. */
    boolean isInOneOf(Set<String> groups) {
        return groups().stream().anyMatch(groups::contains);
    }

    /** Refuses with 403 and the reason, in the caller's language, unless the caller is in one of the groups. */
    void requireOneOf(Set<String> groups, String chinese, String english) {
        if (!isInOneOf(groups)) {
            throw Refusal.forbidden(chinese, english);
        }
    }
}
