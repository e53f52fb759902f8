package cn.chia.governance.engine;

import java.lang.reflect.Field;

/** Reads a field of one of Camunda's commands that offers no getter for it (the command's own class or a superclass). */
final class Fields {

    private Fields() {
    }

    static Object read(Object target, String name) {
        for (Class<?> type = target.getClass(); type != null; type = type.getSuperclass()) {
            try {
                Field field = type.getDeclaredField(name);
                field.setAccessible(true);
                return field.get(target);
            } catch (NoSuchFieldException notHere) {
                // look in the superclass
            } catch (IllegalAccessException impossible) {
                throw new IllegalStateException(impossible);
            }
        }
        throw new IllegalStateException(target.getClass().getName() + " has no field " + name
                + ": the allowlist must be checked against this Camunda version.");
    }
}
