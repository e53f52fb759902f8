package cn.chia.governance.engine;

import java.beans.FeatureDescriptor;
import java.util.Iterator;
import java.util.Set;

import org.camunda.bpm.engine.spring.SpringExpressionManager;
import org.camunda.bpm.impl.juel.jakarta.el.CompositeELResolver;
import org.camunda.bpm.impl.juel.jakarta.el.ELContext;
import org.camunda.bpm.impl.juel.jakarta.el.ELException;
import org.camunda.bpm.impl.juel.jakarta.el.ELResolver;
import org.springframework.context.ApplicationContext;

/**
 * Defence in depth: an expression, even one in a deployed model, cannot reach Java's reflection, class loading or
 * processes ({@code ${"".getClass().forName("java.lang.Runtime")…}}, {@code ${execution.class.classLoader…}}).
 * This resolver stands first in the engine's chain and refuses, before any other resolver acts, a method or property
 * that leads there, and any call on a class, class loader, runtime, process builder, thread or reflective object.
 * Everything else passes on to Spring's resolvers unchanged.
 */
final class NoReflectionInExpressions extends ELResolver {

    static final Set<String> METHODS = Set.of("getClass", "forName", "getClassLoader", "getContextClassLoader",
            "getSystemClassLoader", "getPlatformClassLoader", "loadClass", "defineClass", "getRuntime", "exec", "start",
            "newInstance", "getMethod", "getMethods", "getDeclaredMethod", "getDeclaredMethods", "getConstructor",
            "getConstructors", "getDeclaredConstructor", "getDeclaredConstructors", "getField", "getFields",
            "getDeclaredField", "getDeclaredFields", "invoke", "setAccessible", "getModule", "lookup", "getEngineByName");

    static final Set<String> PROPERTIES = Set.of("class", "classLoader", "contextClassLoader", "systemClassLoader",
            "module", "runtime", "declaredMethods", "declaredFields", "declaredConstructors", "methods", "fields");

    private static final Set<Class<?>> TYPES = Set.of(Class.class, ClassLoader.class, Runtime.class, ProcessBuilder.class,
            Thread.class, ThreadGroup.class, Module.class, ModuleLayer.class, Package.class, System.class);

    private static final Set<String> PACKAGES = Set.of("java.lang.reflect.", "java.lang.invoke.", "javax.script.",
            "jdk.", "sun.", "com.sun.");

    static boolean forbiddenBase(Object base) {
        if (base == null) {
            return false;
        }
        String type = base.getClass().getName();
        return TYPES.stream().anyMatch(forbidden -> forbidden.isInstance(base))
                || PACKAGES.stream().anyMatch(type::startsWith);
    }

    private static ELException refused(Object what) {
        return new ELException("An expression may not use reflection, class loading or processes: '" + what + "'.");
    }

    @Override
    public Object invoke(ELContext context, Object base, Object method, Class<?>[] types, Object[] params) {
        if (forbiddenBase(base) || (method != null && METHODS.contains(method.toString()))) {
            throw refused(method);
        }
        return null;
    }

    @Override
    public Object getValue(ELContext context, Object base, Object property) {
        check(base, property);
        return null;
    }

    @Override
    public Class<?> getType(ELContext context, Object base, Object property) {
        check(base, property);
        return null;
    }

    @Override
    public void setValue(ELContext context, Object base, Object property, Object value) {
        check(base, property);
    }

    @Override
    public boolean isReadOnly(ELContext context, Object base, Object property) {
        check(base, property);
        return false;
    }

    private static void check(Object base, Object property) {
        if (base != null && (forbiddenBase(base) || (property != null && PROPERTIES.contains(property.toString())))) {
            throw refused(property);
        }
    }

    @Override
    public Iterator<FeatureDescriptor> getFeatureDescriptors(ELContext context, Object base) {
        return null;
    }

    @Override
    public Class<?> getCommonPropertyType(ELContext context, Object base) {
        return null;
    }

    /** Spring's expression manager (beans by name, variables, lists, maps, beans' methods) behind this resolver. */
    static final class ExpressionManager extends SpringExpressionManager {

        ExpressionManager(ApplicationContext applicationContext) {
            super(applicationContext);
        }

        @Override
        protected ELResolver createElResolver() {
            CompositeELResolver resolvers = new CompositeELResolver();
            resolvers.add(new NoReflectionInExpressions());
            resolvers.add(super.createElResolver());
            return resolvers;
        }
    }
}
