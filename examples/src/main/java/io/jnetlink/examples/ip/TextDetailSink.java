package io.jnetlink.examples.ip;

/** {@link DetailSink} for ip's text: appends each field's text form. */
final class TextDetailSink implements DetailSink {
    private final StringBuilder out;
    private final String lineBreak;

    /** Appends to {@code out}; {@code lineBreak} is what ends a line ({@link IpOptions#lineBreak()}). */
    TextDetailSink(StringBuilder out, String lineBreak) {
        this.out = out;
        this.lineBreak = lineBreak;
    }

    @Override
    public void field(String text, String key, Object value) {
        if (text != null) {
            out.append(text);
        }
    }

    @Override
    public void object(String key, Runnable fields) {
        fields.run();
    }

    @Override
    public void array(String key, Runnable elements) {
        elements.run();
    }

    @Override
    public void startLine() {
        out.append(lineBreak).append("    ");
    }
}
