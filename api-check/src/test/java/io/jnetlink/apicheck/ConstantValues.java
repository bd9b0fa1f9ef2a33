package io.jnetlink.apicheck;

import java.io.ByteArrayInputStream;
import java.io.DataInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.HashMap;
import java.util.Map;

/**
 * The compile-time constants of a class, read from its class file (each field's
 * {@code ConstantValue} attribute) without loading or initializing it. Only these are compiled
 * into callers; a {@code static final} field computed at class initialization (such as one that
 * depends on the platform's byte order) is not a constant and has no value here.
 */
final class ConstantValues {
    private static final int UTF8 = 1;
    private static final int INTEGER = 3;
    private static final int FLOAT = 4;
    private static final int LONG = 5;
    private static final int DOUBLE = 6;
    private static final int STRING = 8;

    private ConstantValues() {
    }

    /**
     * The constants of the class named {@code className} as {@code loader} finds its class file.
     *
     * @return field name to value: Integer, Long, Float, Double or String as the class file keeps
     *         them (a boolean, byte, char or short constant is an Integer)
     */
    static Map<String, Object> of(ClassLoader loader, String className) {
        String resource = className.replace('.', '/') + ".class";
        try (InputStream in = loader.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("no class file " + resource);
            }
            return read(in.readAllBytes());
        } catch (IOException e) {
            throw new IllegalStateException("cannot read " + resource, e);
        }
    }

    /** Parses a class file as JVMS chapter 4 lays it out, as far as the fields' attributes. */
    static Map<String, Object> read(byte[] classFile) throws IOException {
        DataInputStream in = new DataInputStream(new ByteArrayInputStream(classFile));
        if (in.readInt() != 0xCAFEBABE) {
            throw new IOException("not a class file");
        }
        in.readUnsignedShort(); // minor version
        in.readUnsignedShort(); // major version
        int count = in.readUnsignedShort();
        Object[] pool = new Object[count];
        int[] stringIndex = new int[count];
        for (int i = 1; i < count; i++) {
            int tag = in.readUnsignedByte();
            switch (tag) {
                case UTF8 -> pool[i] = in.readUTF();
                case INTEGER -> pool[i] = in.readInt();
                case FLOAT -> pool[i] = in.readFloat();
                case LONG -> pool[i++] = in.readLong();     // a long or double takes two entries
                case DOUBLE -> pool[i++] = in.readDouble();
                case STRING -> stringIndex[i] = in.readUnsignedShort();
                case 7, 16, 19, 20 -> in.skipBytes(2);     // Class, MethodType, Module, Package
                case 15 -> in.skipBytes(3);                // MethodHandle
                case 9, 10, 11, 12, 17, 18 -> in.skipBytes(4); // refs, NameAndType, (Invoke)Dynamic
                default -> throw new IOException("constant pool tag " + tag + " at " + i);
            }
        }
        for (int i = 1; i < count; i++) {
            if (stringIndex[i] != 0) {
                pool[i] = pool[stringIndex[i]];
            }
        }
        in.skipBytes(6); // access flags, this class, superclass
        in.skipBytes(2 * in.readUnsignedShort()); // interfaces
        Map<String, Object> constants = new HashMap<>();
        int fields = in.readUnsignedShort();
        for (int f = 0; f < fields; f++) {
            in.readUnsignedShort(); // access flags
            String name = (String) pool[in.readUnsignedShort()];
            in.readUnsignedShort(); // descriptor
            int attributes = in.readUnsignedShort();
            for (int a = 0; a < attributes; a++) {
                String attribute = (String) pool[in.readUnsignedShort()];
                int length = in.readInt();
                if ("ConstantValue".equals(attribute)) {
                    constants.put(name, pool[in.readUnsignedShort()]);
                } else {
                    in.skipBytes(length);
                }
            }
        }
        return constants;
    }
}
