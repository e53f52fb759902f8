package cn.chia.governance.web;

import java.util.List;
import java.util.Set;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

import cn.chia.governance.identity.Roles;
import cn.chia.governance.register.TermRecords;
import cn.chia.governance.register.TermRecords.Term;

/** The General Assembly's current term and every request to change it. */
@RestController
class TermController {

    private static final Set<String> READERS = Set.of(Roles.SECRETARIAT, Roles.COUNCIL, Roles.MANAGERS, Roles.ADMINISTRATORS);

    private final TermRecords terms;
    private final IdentityService identity;

    TermController(TermRecords terms, IdentityService identity) {
        this.terms = terms;
        this.identity = identity;
    }

    @GetMapping("/api/terms")
    Term term() {
        Authentication user = identity.getCurrentAuthentication();
        List<String> groups = user == null || user.getGroupIds() == null ? List.of() : user.getGroupIds();
        if (groups.stream().noneMatch(READERS::contains)) {
            throw new ResponseStatusException(HttpStatus.FORBIDDEN, "The term's record is for the Secretariat, the Council and managers.");
        }
        return terms.term();
    }
}
