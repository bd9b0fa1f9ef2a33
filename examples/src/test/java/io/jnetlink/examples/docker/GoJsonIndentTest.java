package io.jnetlink.examples.docker;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class GoJsonIndentTest {
    @Test
    void indentsMembersFourSpacesAndKeepsEmptyContainersCompact() {
        String compact = "[{\"Name\":\"ingress\",\"IPAM\":{\"Config\":[{\"Subnet\":\"10.255.0.0/16\"}]},"
                + "\"Options\":{},\"Labels\":[],\"Attachable\":false,\"N\":1.50e3}\n]";
        String expected = """
                [
                    {
                        "Name": "ingress",
                        "IPAM": {
                            "Config": [
                                {
                                    "Subnet": "10.255.0.0/16"
                                }
                            ]
                        },
                        "Options": {},
                        "Labels": [],
                        "Attachable": false,
                        "N": 1.50e3
                    }
                ]""";
        assertEquals(expected, GoJsonIndent.indent(compact));
    }

    @Test
    void copiesStringsVerbatimIncludingEscapesAndPunctuation() {
        String compact = "{\"k\":\"a, b: {c} [d] \\\" \\u003chtml\\u003e\"}";
        assertEquals("{\n    \"k\": \"a, b: {c} [d] \\\" \\u003chtml\\u003e\"\n}", GoJsonIndent.indent(compact));
    }
}
