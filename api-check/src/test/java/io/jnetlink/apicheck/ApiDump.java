package io.jnetlink.apicheck;

import java.lang.module.ModuleDescriptor;
import java.lang.reflect.Constructor;
import java.lang.reflect.Executable;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.Type;
import java.lang.reflect.TypeVariable;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * The public API of compiled classes as text: one line per element, {@code OWNER KIND DECLARATION},
 * sorted, where KIND is {@code module}, {@code type}, {@code field}, {@code constructor} or
 * {@code method} and OWNER is the module or the class's binary name. For example:
 *
 * <pre>
 * io.jnetlink.core module exports io.jnetlink.core
 * io.jnetlink.core.Errno field public static final io.jnetlink.core.Errno EEXIST
 * io.jnetlink.core.Errno method public static io.jnetlink.core.Errno of(int)
 * io.jnetlink.core.Errno type public enum
 * io.jnetlink.core.NetlinkException constructor public NetlinkException(java.lang.String, int)
 * </pre>
 *
 * <p>Listed: the module's unqualified exports (but no {@code internal} package, see
 * {@link #isInternal(String)}) and {@code requires transitive}; in those packages, every type
 * whose enclosing types are all public or protected, and its declared public and protected
 * constructors, methods and fields, with the modifiers that matter to a caller (access,
 * {@code static}, {@code final}, {@code abstract}, {@code default}, {@code sealed}), generic
 * types, varargs, {@code throws}, supertypes, and the value of a compile-time constant (callers
 * compile it in; see {@link ConstantValues}). Classes are loaded but not initialized.
 *
 * <p>Left out: synthetic and bridge methods, overrides of {@code equals}, {@code hashCode} and
 * {@code toString} (Object has them, so removing one breaks nobody), annotations, and modifiers
 * implied by the kind (an interface is abstract, an enum or record final, a member interface, enum
 * or record static). Inherited members show only on the type that declares them.
 */
final class ApiDump {
    private ApiDump() {
    }

    /**
     * The lines of a module: its descriptor's exports and transitive requirements, and the types
     * among {@code classNames} in packages it exports to everyone.
     *
     * @param descriptor the module's descriptor
     * @param loader     loads the classes (without initializing them) and finds their class files
     * @param classNames binary names of the module's classes
     */
    static List<String> module(ModuleDescriptor descriptor, ClassLoader loader, Collection<String> classNames) {
        Set<String> exported = descriptor.exports().stream().filter(e -> !e.isQualified())
                .map(ModuleDescriptor.Exports::source).filter(pkg -> !isInternal(pkg)).collect(Collectors.toSet());
        TreeSet<String> lines = new TreeSet<>();
        for (String pkg : exported) {
            lines.add(descriptor.name() + " module exports " + pkg);
        }
        for (ModuleDescriptor.Requires requires : descriptor.requires()) {
            if (requires.modifiers().contains(ModuleDescriptor.Requires.Modifier.TRANSITIVE)) {
                lines.add(descriptor.name() + " module requires transitive " + requires.name());
            }
        }
        List<String> inExported = classNames.stream().filter(n -> exported.contains(packageOf(n))).toList();
        lines.addAll(classes(loader, inExported));
        return List.copyOf(lines);
    }

    /**
     * The lines of the accessible types among {@code classNames}, whatever their package.
     *
     * @param loader     loads the classes
     * @param classNames binary names, such as {@code a.b.Outer$Inner}
     */
    static List<String> classes(ClassLoader loader, Collection<String> classNames) {
        TreeSet<String> lines = new TreeSet<>();
        for (String name : classNames) {
            Class<?> c;
            try {
                c = Class.forName(name, false, loader);
            } catch (ClassNotFoundException e) {
                throw new IllegalStateException("cannot load " + name, e);
            }
            if (accessible(c)) {
                describe(c, ConstantValues.of(loader, name), lines);
            }
        }
        return List.copyOf(lines);
    }

    /**
     * A package named {@code internal} (or under one) is not API even when exported: netlink-core
     * exports its libc binding only because jnr-ffi implements it from a class loader of its own.
     */
    static boolean isInternal(String pkg) {
        return pkg.endsWith(".internal") || pkg.contains(".internal.");
    }

    private static String packageOf(String className) {
        int dot = className.lastIndexOf('.');
        return dot < 0 ? "" : className.substring(0, dot);
    }

    /** Public or protected, and so is every type it is nested in; not local, anonymous or synthetic. */
    private static boolean accessible(Class<?> c) {
        if (c.isSynthetic() || c.isAnonymousClass() || c.isLocalClass()) {
            return false;
        }
        for (Class<?> k = c; k != null; k = k.getDeclaringClass()) {
            if (!visible(k.getModifiers())) {
                return false;
            }
        }
        return true;
    }

    private static boolean visible(int modifiers) {
        return Modifier.isPublic(modifiers) || Modifier.isProtected(modifiers);
    }

    private static void describe(Class<?> c, Map<String, Object> constants, Collection<String> lines) {
        String owner = c.getName();
        lines.add(owner + " type " + typeDeclaration(c));
        for (Field f : c.getDeclaredFields()) {
            if (visible(f.getModifiers()) && !f.isSynthetic()) {
                lines.add(owner + " field " + fieldDeclaration(f, constants.get(f.getName())));
            }
        }
        for (Constructor<?> k : c.getDeclaredConstructors()) {
            if (visible(k.getModifiers()) && !k.isSynthetic()) {
                lines.add(owner + " constructor " + modifiers(k.getModifiers(), false) + typeParameters(k)
                        + c.getSimpleName() + parameters(k) + exceptions(k));
            }
        }
        for (Method m : c.getDeclaredMethods()) {
            method(owner, m, lines);
        }
        // Public methods a non-public superclass declares are the accessible type's API too
        // (Neighbours and Fdb share theirs through a package-private base class).
        for (Class<?> s = c.getSuperclass(); s != null && !Modifier.isPublic(s.getModifiers()); s = s.getSuperclass()) {
            for (Method m : s.getDeclaredMethods()) {
                method(owner, m, lines);
            }
        }
    }

    private static void method(String owner, Method m, Collection<String> lines) {
        if (visible(m.getModifiers()) && !m.isSynthetic() && !m.isBridge() && !overridesObject(m)) {
            lines.add(owner + " method " + modifiers(m.getModifiers(), m.isDefault()) + typeParameters(m)
                    + m.getGenericReturnType().getTypeName() + " " + m.getName() + parameters(m) + exceptions(m));
        }
    }

    private static String typeDeclaration(Class<?> c) {
        String kind;
        int implied;
        if (c.isAnnotation()) {
            kind = "@interface";
            implied = Modifier.ABSTRACT | Modifier.STATIC | Modifier.INTERFACE;
        } else if (c.isInterface()) {
            kind = "interface";
            implied = Modifier.ABSTRACT | Modifier.STATIC | Modifier.INTERFACE;
        } else if (c.isEnum()) {
            // Constants with bodies make an enum non-final, abstract methods make it abstract:
            // neither lets a caller subclass it.
            kind = "enum";
            implied = Modifier.FINAL | Modifier.ABSTRACT | Modifier.STATIC;
        } else if (c.isRecord()) {
            kind = "record";
            implied = Modifier.FINAL | Modifier.STATIC;
        } else {
            kind = "class";
            implied = 0;
        }
        int mods = c.getModifiers() & ~implied & (Modifier.PUBLIC | Modifier.PROTECTED | Modifier.STATIC
                | Modifier.ABSTRACT | Modifier.FINAL);
        StringBuilder out = new StringBuilder(Modifier.toString(mods));
        if (c.isSealed()) {
            out.append(out.length() > 0 ? " " : "").append("sealed");
        }
        out.append(out.length() > 0 ? " " : "").append(kind);
        TypeVariable<?>[] params = c.getTypeParameters();
        if (params.length > 0) {
            out.append(' ').append(typeParameterList(params));
        }
        List<String> supertypes = new ArrayList<>();
        Type superclass = c.getGenericSuperclass();
        if (superclass != null && superclass != Object.class && !c.isEnum() && !c.isRecord()) {
            out.append(" extends ").append(superclass.getTypeName());
        }
        for (Type i : c.getGenericInterfaces()) {
            supertypes.add(i.getTypeName());
        }
        if (!supertypes.isEmpty()) {
            supertypes.sort(null);
            out.append(c.isInterface() ? " extends " : " implements ").append(String.join(", ", supertypes));
        }
        return out.toString();
    }

    /** With {@code = VALUE} for a compile-time constant, which callers compile in. */
    private static String fieldDeclaration(Field f, Object constant) {
        String declaration = modifiers(f.getModifiers(), false) + f.getGenericType().getTypeName() + " " + f.getName();
        if (constant == null || !Modifier.isStatic(f.getModifiers())) {
            return declaration;
        }
        Object value = constant;
        if (f.getType() == boolean.class) {
            value = ((Integer) constant) != 0;
        } else if (f.getType() == char.class) {
            value = (char) ((Integer) constant).intValue();
        }
        return declaration + " = " + literal(value);
    }

    /** The modifiers a caller depends on, in the order Java writes them, with a trailing space. */
    private static String modifiers(int mods, boolean isDefault) {
        int kept = mods & (Modifier.PUBLIC | Modifier.PROTECTED | Modifier.STATIC | Modifier.FINAL | Modifier.ABSTRACT);
        String text = Modifier.toString(kept);
        if (isDefault) {
            // An interface's default method: "public default", not abstract.
            text = text.isEmpty() ? "default" : text.replaceFirst("^(public|protected)", "$1 default");
        }
        return text.isEmpty() ? "" : text + " ";
    }

    private static String typeParameters(Executable e) {
        TypeVariable<?>[] params = e.getTypeParameters();
        return params.length == 0 ? "" : typeParameterList(params) + " ";
    }

    private static String typeParameterList(TypeVariable<?>[] params) {
        return Arrays.stream(params).map(ApiDump::typeParameter).collect(Collectors.joining(", ", "<", ">"));
    }

    private static String typeParameter(TypeVariable<?> v) {
        List<String> bounds = Arrays.stream(v.getBounds()).filter(b -> b != Object.class).map(Type::getTypeName).toList();
        return bounds.isEmpty() ? v.getName() : v.getName() + " extends " + String.join(" & ", bounds);
    }

    private static String parameters(Executable e) {
        Type[] generic = e.getGenericParameterTypes();
        // An inner class's constructor: the generic signature may leave out the outer instance.
        Type[] types = generic.length == e.getParameterCount() ? generic : e.getParameterTypes();
        List<String> names = new ArrayList<>();
        for (Type t : types) {
            names.add(t.getTypeName());
        }
        if (e.isVarArgs() && !names.isEmpty()) {
            String last = names.get(names.size() - 1);
            names.set(names.size() - 1, last.substring(0, last.length() - 2) + "...");
        }
        return "(" + String.join(", ", names) + ")";
    }

    private static String exceptions(Executable e) {
        Type[] thrown = e.getGenericExceptionTypes();
        if (thrown.length == 0) {
            return "";
        }
        return Arrays.stream(thrown).map(Type::getTypeName).sorted().collect(Collectors.joining(", ", " throws ", ""));
    }

    private static boolean overridesObject(Method m) {
        if (Modifier.isStatic(m.getModifiers())) {
            return false;
        }
        return switch (m.getName()) {
            case "equals" -> m.getParameterCount() == 1 && m.getParameterTypes()[0] == Object.class;
            case "hashCode", "toString" -> m.getParameterCount() == 0;
            default -> false;
        };
    }

    /** A constant as Java source writes it, on one line. */
    private static String literal(Object value) {
        if (value instanceof String s) {
            return '"' + escape(s) + '"';
        }
        if (value instanceof Character ch) {
            return "'" + escape(String.valueOf(ch)) + "'";
        }
        return String.valueOf(value);
    }

    private static String escape(String s) {
        StringBuilder out = new StringBuilder();
        for (char ch : s.toCharArray()) {
            switch (ch) {
                case '\\' -> out.append("\\\\");
                case '"' -> out.append("\\\"");
                case '\'' -> out.append("\\'");
                case '\n' -> out.append("\\n");
                case '\t' -> out.append("\\t");
                default -> {
                    if (ch < 0x20 || ch > 0x7e) {
                        out.append(String.format("\\u%04x", (int) ch));
                    } else {
                        out.append(ch);
                    }
                }
            }
        }
        return out.toString();
    }
}
