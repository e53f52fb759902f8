package cn.chia.governance.web;

import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.rest.dto.ExceptionDto;
import org.camunda.bpm.engine.rest.util.EngineUtil;

import cn.chia.governance.identity.Roles;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/**
 * Running a job now ({@code POST …/job/{id}/execute}) is for administrators. Camunda checks the caller's
 * authorization inside the job's own transaction, so a refused attempt counted as a failure of the job: it
 * used up one of its retries and moved it by the retry cycle (a 30-day lapse due in 5 minutes). Refused here,
 * before the engine sees it, the job stays as it was.
 */
public class JobExecutionForAdministrators implements ContainerRequestFilter {

    @Override
    public void filter(ContainerRequestContext request) {
        if (!HttpMethod.POST.equals(request.getMethod()) || !request.getUriInfo().getPath().matches(".*job/[^/]+/execute/?")) {
            return;
        }
        Authentication caller = EngineUtil.lookupProcessEngine(null).getIdentityService().getCurrentAuthentication();
        if (caller == null || caller.getGroupIds() == null || !caller.getGroupIds().contains(Roles.ADMINISTRATORS)) {
            ExceptionDto refusal = new ExceptionDto();
            refusal.setType("AuthorizationException");
            refusal.setMessage("Only an administrator may run a job before it is due.");
            request.abortWith(Response.status(Response.Status.FORBIDDEN).entity(refusal)
                    .type(MediaType.APPLICATION_JSON_TYPE).build());
        }
    }
}
