package io.jnetlink.examples.docker;

import com.fasterxml.jackson.databind.JsonNode;
import io.jnetlink.examples.cli.Args;
import io.jnetlink.examples.cli.Command;
import io.jnetlink.examples.cli.CommandFailure;
import io.jnetlink.examples.cli.Invocation;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** {@code docker network ls} and {@code docker network inspect}, through the Engine API. */
public final class DockerCommand implements Command {
    private static final int SHORT_ID = 12;

    @Override
    public String name() {
        return "docker";
    }

    @Override
    public String summary() {
        return "docker network ls | inspect NAME... (Docker Engine API over its unix socket or TCP)";
    }

    @Override
    public String usage() {
        return """
                Usage: docker network ls [-q] [--no-trunc]
                       docker network inspect NETWORK [NETWORK...]

                Lists Docker networks, or prints their JSON, as the docker CLI does, by asking the
                daemon at $DOCKER_HOST (unix:///path or tcp://HOST:PORT, plain HTTP; default
                unix:///var/run/docker.sock).
                """;
    }

    @Override
    public int run(Invocation invocation, Args args) {
        if (!"network".equals(args.next())) {
            throw new CommandFailure("only \"docker network ls|inspect\" is supported, try \"docker --help\"", 1);
        }
        String action = args.next();
        if (action == null || Args.isHelp(action)) {
            invocation.out().print(usage());
            return action == null ? 1 : 0;
        }
        DockerEngine engine = DockerEngine.fromEnvironment(invocation.env());
        return switch (action) {
            case "ls", "list" -> list(invocation, engine, args);
            case "inspect" -> inspect(invocation, engine, args);
            default -> throw new CommandFailure("docker: 'network " + action + "' is not a docker command.", 1);
        };
    }

    private int list(Invocation invocation, DockerEngine engine, Args args) {
        boolean quiet = false;
        boolean noTrunc = false;
        for (String option = args.next(); option != null; option = args.next()) {
            switch (option) {
                case "-q", "--quiet" -> quiet = true;
                case "--no-trunc" -> noTrunc = true;
                default -> throw new CommandFailure("unknown flag: " + option, 125);
            }
        }
        List<JsonNode> networks = new ArrayList<>();
        DockerEngine.parse(engine.networksJson()).forEach(networks::add);
        networks.sort((a, b) -> NaturalOrder.INSTANCE.compare(a.path("Name").asText(), b.path("Name").asText()));
        TabTable table = new TabTable();
        if (!quiet) {
            table.row("NETWORK ID", "NAME", "DRIVER", "SCOPE");
        }
        for (JsonNode network : networks) {
            String id = network.path("Id").asText();
            String shown = noTrunc || id.length() <= SHORT_ID ? id : id.substring(0, SHORT_ID);
            if (quiet) {
                table.row(shown);
            } else {
                table.row(shown, network.path("Name").asText(), network.path("Driver").asText(),
                        network.path("Scope").asText());
            }
        }
        invocation.out().print(table.render());
        return 0;
    }

    private int inspect(Invocation invocation, DockerEngine engine, Args args) {
        List<String> names = args.rest();
        if (names.isEmpty()) {
            throw new CommandFailure("\"docker network inspect\" requires at least 1 argument.", 1);
        }
        List<String> found = new ArrayList<>();
        List<String> errors = new ArrayList<>();
        for (String name : names) {
            try {
                engine.networkJson(name).ifPresentOrElse(
                        body -> found.add(new String(body, StandardCharsets.UTF_8)),
                        () -> errors.add("Error: No such network: " + name));
            } catch (CommandFailure e) {
                // No daemon (or it refused): the CLI reports that for each name, after the array.
                errors.add(e.getMessage());
            }
        }
        // Like the CLI: what was found is printed as one array, then each error, then status 1.
        invocation.out().print(found.isEmpty() ? "[]\n" : GoJsonIndent.indent("[" + String.join(",", found) + "]") + "\n");
        if (!errors.isEmpty()) {
            throw new CommandFailure(String.join("\n", errors), 1);
        }
        return 0;
    }
}
