package cn.chia.governance.web;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.catalina.Container;
import org.apache.catalina.Wrapper;
import org.glassfish.jersey.model.Parameter;
import org.glassfish.jersey.server.ExtendedResourceContext;
import org.glassfish.jersey.server.model.Resource;
import org.glassfish.jersey.server.model.ResourceMethod;
import org.glassfish.jersey.servlet.ServletContainer;
import org.springframework.boot.web.embedded.tomcat.TomcatWebServer;
import org.springframework.boot.web.servlet.context.ServletWebServerApplicationContext;

import jakarta.servlet.Servlet;
import jakarta.ws.rs.core.MediaType;

/**
 * The HTTP operations of the JAX-RS applications the running server has deployed, read from the Jersey
 * servlets of its embedded Tomcat: each root resource, and recursively what its sub-resource locators
 * return (a task of {@code /task/{id}}, the variables of that task...). An operation an upgrade adds is
 * found here without anyone listing it.
 */
final class JaxRsOperations {

    /** One HTTP operation: its method, its path template under the server's root, and what it reads. */
    record Operation(String api, String method, String template, List<String> consumes, Class<?> entity,
            Class<?> resourceClass, String javaMethod) {

        boolean consumesMultipart() {
            return consumes.stream().anyMatch(type -> type.startsWith("multipart/"));
        }

        boolean consumesJson() {
            return consumes.isEmpty() || consumes.stream().anyMatch(type -> type.contains("json") || type.equals("*/*"));
        }

        @Override
        public String toString() {
            return method + " " + template;
        }
    }

    private JaxRsOperations() {
    }

    /** The Jersey applications of the server, by the path they are mapped to (e.g. /engine-rest, /camunda/api/engine). */
    static Map<String, ServletContainer> applications(ServletWebServerApplicationContext context) throws Exception {
        Map<String, ServletContainer> applications = new LinkedHashMap<>();
        TomcatWebServer server = (TomcatWebServer) context.getWebServer();
        for (Container webapp : server.getTomcat().getHost().findChildren()) {
            for (Container child : webapp.findChildren()) {
                Wrapper wrapper = (Wrapper) child;
                if (!ServletContainer.class.getName().equals(wrapper.getServletClass())
                        && !(wrapper.getServlet() instanceof ServletContainer)) {
                    continue;
                }
                Servlet servlet = wrapper.allocate(); // loads and initialises a servlet not yet called
                wrapper.deallocate(servlet);
                if (servlet instanceof ServletContainer jersey) {
                    for (String mapping : wrapper.findMappings()) {
                        applications.put(mapping.replaceAll("/\\*$", ""), jersey);
                    }
                }
            }
        }
        return applications;
    }

    /** Every operation of the application mapped to the given path, sub-resources and all. */
    static List<Operation> of(String api, String mappedTo, ServletContainer application) {
        List<Operation> operations = new ArrayList<>();
        List<Resource> roots = application.getApplicationHandler().getInjectionManager()
                .getInstance(ExtendedResourceContext.class).getResourceModel().getRootResources();
        for (Resource root : roots) {
            walk(api, root, join(mappedTo, root.getPath()), new HashSet<>(), operations);
        }
        return operations;
    }

    private static void walk(String api, Resource resource, String path, Set<Class<?>> above, List<Operation> operations) {
        for (ResourceMethod method : resource.getResourceMethods()) {
            if (method.isExtended() || List.of("OPTIONS", "HEAD").contains(method.getHttpMethod())) {
                continue;
            }
            Class<?> entity = method.getInvocable().getParameters().stream()
                    .filter(p -> p.getSource() == Parameter.Source.ENTITY).map(Parameter::getRawType).findFirst()
                    .orElse(null);
            operations.add(new Operation(api, method.getHttpMethod(), path,
                    method.getConsumedTypes().stream().map(MediaType::toString).toList(), entity,
                    method.getInvocable().getHandler().getHandlerClass(),
                    method.getInvocable().getDefinitionMethod().getName()));
        }
        ResourceMethod locator = resource.getResourceLocator();
        if (locator != null) {
            Class<?> returned = locator.getInvocable().getDefinitionMethod().getReturnType();
            if (returned != Object.class && returned != void.class && !above.contains(returned)) {
                Set<Class<?>> path2 = new HashSet<>(above);
                path2.add(returned);
                walk(api, Resource.from(returned), path, path2, operations);
            }
        }
        for (Resource child : resource.getChildResources()) {
            walk(api, child, join(path, child.getPath()), above, operations);
        }
    }

    static String join(String path, String more) {
        if (more == null || more.isEmpty()) {
            return path;
        }
        String joined = path + "/" + more;
        return joined.replaceAll("/{2,}", "/").replaceAll("(.)/$", "$1");
    }

    /** The names of the path parameters of a template, {@code {name}} or {@code {name: regex}}. */
    static List<String> pathParameters(String template) {
        List<String> names = new ArrayList<>();
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("\\{\\s*([\\w-]+)\\s*(:[^}]*)?}").matcher(template);
        while (m.find()) {
            names.add(m.group(1));
        }
        return names;
    }

    static String describe(List<Operation> operations) {
        StringBuilder out = new StringBuilder();
        operations.forEach(o -> out.append(o.api()).append(' ').append(o).append(' ')
                .append(o.consumes()).append(' ').append(o.entity() == null ? "-" : o.entity().getSimpleName())
                .append(' ').append(o.resourceClass().getSimpleName()).append('.').append(o.javaMethod()).append('\n'));
        return out.toString();
    }

    static List<String> words(String... words) {
        return Arrays.asList(words);
    }
}
