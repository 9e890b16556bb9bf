package io.partnerdesk.deployment;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

/**
 * What can be checked of the Docker files without a Docker engine: the compose file parses and
 * describes the deployment of the issue, the image is pinned, unprivileged, health-checked and
 * boots with server-config/ (the files the local run uses), and every variable the files use is
 * documented in server-config/README.md.
 */
class DeploymentFilesTest {

    private static final Path DOCKERFILE = Path.of("docker/Dockerfile");
    private static final Path COMPOSE = Path.of("docker/compose.yaml");
    private static final Path SERVER_CONFIG = Path.of("server-config");
    private static final Set<String> DOCKERFILE_INSTRUCTIONS = Set.of(
            "FROM",
            "ENV",
            "COPY",
            "USER",
            "WORKDIR",
            "EXPOSE",
            "HEALTHCHECK",
            "ENTRYPOINT",
            "CMD",
            "RUN",
            "ARG",
            "LABEL");

    @Test
    void theImageIsThePinnedPayaraMicroRunningServerConfigAsANonRootUserWithAHealthCheck() throws IOException {
        List<String> instructions = instructions(DOCKERFILE);

        assertThat(instructions)
                .allSatisfy(line -> assertThat(DOCKERFILE_INSTRUCTIONS).contains(line.split("\\s+")[0]));
        assertThat(instructions.get(0)).matches("FROM payara/micro:6\\.2025\\.10-jdk17");
        assertThat(instructions).contains("USER payara");
        assertThat(instructions).anyMatch(line -> line.startsWith("HEALTHCHECK") && line.contains("/health/ready"));
        assertThat(instructions)
                .contains("ENTRYPOINT [\"/opt/partnerdesk/server-config/run-instance.sh\"]")
                .contains("COPY --chown=payara:payara server-config/ /opt/partnerdesk/server-config/");
        for (String copy :
                instructions.stream().filter(l -> l.startsWith("COPY")).toList()) {
            String[] parts = copy.split("\\s+");
            assertThat(Path.of(parts[parts.length - 2]))
                    .as("what the image copies from the build")
                    .satisfiesAnyOf(p -> assertThat(p).exists(), p -> assertThat(p.toString())
                            .startsWith("target/"));
        }
    }

    @Test
    void theImageMakesItsOwnStartArchiveWithItsOwnJvmAsTheUnprivilegedUser() throws IOException {
        List<String> instructions = instructions(DOCKERFILE);
        int user = instructions.indexOf("USER payara");
        int archive = instructions.indexOf("RUN /opt/partnerdesk/server-config/build-start-archive.sh");

        assertThat(archive)
                .as("the image runs build-start-archive.sh, as payara, after the WAR and the driver are in")
                .isGreaterThan(user)
                .isGreaterThan(instructions.indexOf(
                        "COPY --chown=payara:payara target/partnerdesk.war /opt/partnerdesk/partnerdesk.war"));
        assertThat(instructions.subList(0, archive))
                .contains("ENV PARTNERDESK_LAUNCHER_ROOT=/opt/payara/launcher")
                .anyMatch(line -> line.startsWith("ENV PAYARA_MICRO_JAR=/opt/payara/payara-micro.jar"));
        String script = Files.readString(SERVER_CONFIG.resolve("build-start-archive.sh"), StandardCharsets.UTF_8);
        assertThat(script.lines().filter(line -> !line.strip().startsWith("#")))
                .as("the Payara Micro image has neither curl nor python: the script needs bash and java only")
                .noneMatch(line -> line.matches(".*\\b(curl|wget|python3?)\\b.*"));
    }

    @Test
    void theComposeFileRunsTwoPortalsPostgreSqlAndOpenLdapWithVolumes() throws IOException {
        Map<String, Object> compose = compose();

        Map<String, Object> services = map(compose.get("services"));
        assertThat(services).containsOnlyKeys("portal-a", "portal-b", "postgres", "openldap");
        assertThat(map(compose.get("volumes"))).containsKeys("postgres-data", "openldap-data");
        for (String portal : List.of("portal-a", "portal-b")) {
            Map<String, Object> environment = map(map(services.get(portal)).get("environment"));
            assertThat(environment)
                    .containsKeys(
                            "PARTNERDESK_DB_HOST",
                            "PARTNERDESK_DB_PASSWORD",
                            "PARTNERDESK_LDAP_URL",
                            "PARTNERDESK_CLUSTER_MEMBERS",
                            "PARTNERDESK_CLUSTER_INTERFACE");
            assertThat(map(map(services.get(portal)).get("build")).get("dockerfile"))
                    .isEqualTo("docker/Dockerfile");
        }
        assertThat(String.valueOf(map(map(services.get("postgres"))).get("image")))
                .matches("postgres:[0-9.]+.*");
    }

    @Test
    void everyVariableTheDeploymentFilesUseIsDocumented() throws IOException {
        String readme = Files.readString(SERVER_CONFIG.resolve("README.md"), StandardCharsets.UTF_8);
        Set<String> used = new TreeSet<>();
        try (Stream<Path> files = Files.list(SERVER_CONFIG)) {
            for (Path file : files.filter(f -> !f.endsWith("README.md")).toList()) {
                used.addAll(variables(Files.readString(file, StandardCharsets.UTF_8)));
            }
        }
        used.addAll(variables(Files.readString(COMPOSE, StandardCharsets.UTF_8)));
        used.addAll(variables(Files.readString(DOCKERFILE, StandardCharsets.UTF_8)));

        assertThat(used).contains("PARTNERDESK_DB_PASSWORD", "PARTNERDESK_MAIL_HOST", "PARTNERDESK_CLUSTER_MEMBERS");
        assertThat(used).allSatisfy(variable -> assertThat(readme)
                .as("server-config/README.md documents " + variable)
                .containsAnyOf(
                        "`" + variable + "`",
                        variable.replaceAll("_(GLOBAL_ADMIN|SALES_AGENT|HELPDESK_AGENT)_", "_<ROLE>_")));
    }

    @Test
    void theCommandFilesHoldNoSecretOrHostButReferences() throws IOException {
        for (String file : List.of(
                "pre-boot-commands.txt",
                "pre-boot-single-instance.txt",
                "post-boot-commands.txt",
                "post-boot-mail-commands.txt")) {
            for (String line : Files.readAllLines(SERVER_CONFIG.resolve(file), StandardCharsets.UTF_8)) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                Matcher setting = Pattern.compile(
                                "(password|serverName|host|user|address)=([^ ]*)", Pattern.CASE_INSENSITIVE)
                        .matcher(line);
                while (setting.find()) {
                    assertThat(setting.group(2)).as(file + ": " + line).startsWith("${ENV=");
                }
            }
        }
    }

    private static Set<String> variables(String text) {
        Set<String> names = new TreeSet<>();
        Matcher reference = Pattern.compile("\\b(PARTNERDESK_[A-Z0-9_]+|PAYARA_MICRO_JAR)\\b")
                .matcher(text);
        while (reference.find()) {
            names.add(reference.group(1));
        }
        return names;
    }

    private static List<String> instructions(Path dockerfile) throws IOException {
        List<String> instructions = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        for (String line : Files.readAllLines(dockerfile, StandardCharsets.UTF_8)) {
            String trimmed = line.strip();
            if (current.isEmpty() && (trimmed.isEmpty() || trimmed.startsWith("#"))) {
                continue;
            }
            if (trimmed.endsWith("\\")) {
                current.append(trimmed, 0, trimmed.length() - 1).append(' ');
                continue;
            }
            current.append(trimmed);
            instructions.add(current.toString().replaceAll("\\s+", " "));
            current.setLength(0);
        }
        return instructions;
    }

    private static Map<String, Object> compose() throws IOException {
        try (Reader reader = Files.newBufferedReader(COMPOSE, StandardCharsets.UTF_8)) {
            return new Yaml().load(reader);
        }
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> map(Object value) {
        assertThat(value).isInstanceOf(Map.class);
        return (Map<String, Object>) value;
    }
}
