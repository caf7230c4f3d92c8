package org.agora.core.scenario;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.JarURLConnection;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.ServiceLoader;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.stream.Stream;
import org.agora.core.config.BadInputException;
import org.agora.core.config.ConfigNode;
import org.agora.core.config.Suggestions;

/**
 * The scenarios on the class path ({@link Scenario} services) and the ready-made scenario files
 * ({@code catalog/*.yaml} resources), by name. Resolves what a user types after
 * {@code agora run}: a file, a catalog entry, or a scenario id.
 */
public final class ScenarioCatalog {

    /** The resource folder catalog files live in. */
    public static final String FOLDER = "catalog";

    private final Map<String, Scenario> scenarios;
    private final Map<String, CatalogEntry> entries;

    private ScenarioCatalog(Map<String, Scenario> scenarios, Map<String, CatalogEntry> entries) {
        this.scenarios = scenarios;
        this.entries = entries;
    }

    /** Everything installed on the class path. */
    public static ScenarioCatalog installed() {
        Map<String, Scenario> scenarios = new TreeMap<>();
        for (Scenario scenario : ServiceLoader.load(Scenario.class)) {
            Scenario previous = scenarios.put(scenario.id(), scenario);
            if (previous != null && previous.getClass() != scenario.getClass()) {
                throw new IllegalStateException("two scenarios have the id " + scenario.id());
            }
        }
        Map<String, CatalogEntry> entries = new TreeMap<>();
        for (CatalogEntry entry : resources(FOLDER)) {
            entries.put(entry.name(), entry);
        }
        return new ScenarioCatalog(scenarios, entries);
    }

    /** A catalog of exactly these scenarios and entries, for tests and embedding programs. */
    public static ScenarioCatalog of(List<Scenario> scenarios, List<CatalogEntry> entries) {
        Map<String, Scenario> byId = new TreeMap<>();
        scenarios.forEach(s -> byId.put(s.id(), s));
        Map<String, CatalogEntry> byName = new TreeMap<>();
        entries.forEach(e -> byName.put(e.name(), e));
        return new ScenarioCatalog(byId, byName);
    }

    public Optional<Scenario> scenario(String id) {
        return Optional.ofNullable(scenarios.get(id));
    }

    /** The scenarios by id. */
    public List<Scenario> scenarios() {
        return List.copyOf(scenarios.values());
    }

    public Set<String> scenarioIds() {
        return scenarios.keySet();
    }

    /** The catalog's scenario files by name. */
    public List<CatalogEntry> entries() {
        return List.copyOf(entries.values());
    }

    public Optional<CatalogEntry> entry(String name) {
        return Optional.ofNullable(entries.get(name));
    }

    /** Reads and checks a catalog entry. */
    public ScenarioSpec load(CatalogEntry entry) {
        return new ScenarioFile(this).parse(ConfigNode.parseYaml(entry.content(), entry.resource()), entry.name());
    }

    /**
     * What {@code agora run X} runs: the file X if X names a file (or looks like one), else the
     * catalog entry X, else scenario X with its defaults.
     *
     * @throws BadInputException if X is none of these, or the file is wrong
     */
    public ScenarioSpec resolve(String scenarioOrFile) {
        Path path = Path.of(scenarioOrFile);
        if (Files.exists(path) || looksLikeFile(scenarioOrFile)) {
            return new ScenarioFile(this).read(path);
        }
        CatalogEntry entry = entries.get(scenarioOrFile);
        if (entry != null) {
            return load(entry);
        }
        Scenario scenario = scenarios.get(scenarioOrFile);
        if (scenario != null) {
            return ScenarioSpec.defaults(scenario);
        }
        Set<String> names = new TreeSet<>(entries.keySet());
        names.addAll(scenarios.keySet());
        throw new BadInputException("unknown scenario '" + scenarioOrFile + "'" + Suggestions.hint(scenarioOrFile, names)
                + "; 'agora list' shows the catalog, or give a scenario file");
    }

    private static boolean looksLikeFile(String text) {
        return text.endsWith(".yaml") || text.endsWith(".yml") || text.contains("/") || text.contains("\\");
    }

    /**
     * The YAML files shipped on the class path in the resource folder {@code folder} (not its
     * subfolders), by name: the catalog's {@value #FOLDER}, or the shipped experiments.
     *
     * @throws IllegalStateException if two files of the folder have the same name
     */
    public static List<CatalogEntry> resources(String folder) {
        Map<String, CatalogEntry> found = new TreeMap<>();
        try {
            Enumeration<URL> roots = ScenarioCatalog.class.getClassLoader().getResources(folder);
            while (roots.hasMoreElements()) {
                URL root = roots.nextElement();
                for (CatalogEntry entry : entriesUnder(root, folder)) {
                    CatalogEntry previous = found.putIfAbsent(entry.name(), entry);
                    if (previous != null) {
                        throw new IllegalStateException("two catalog files are called " + entry.name() + ": "
                                + previous.resource() + " and " + entry.resource());
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the resources in " + folder, e);
        }
        return List.copyOf(found.values());
    }

    private static List<CatalogEntry> entriesUnder(URL root, String folder) throws IOException {
        List<CatalogEntry> entries = new ArrayList<>();
        if (root.getProtocol().equals("file")) {
            Path directory;
            try {
                directory = Path.of(root.toURI());
            } catch (URISyntaxException e) {
                throw new IOException(e);
            }
            try (Stream<Path> files = Files.list(directory)) {
                for (Path file : files.sorted().toList()) {
                    String fileName = file.getFileName().toString();
                    if (fileName.endsWith(".yaml")) {
                        entries.add(new CatalogEntry(stem(fileName), folder + "/" + fileName, Files.readString(file)));
                    }
                }
            }
        } else if (root.getProtocol().equals("jar")) {
            JarURLConnection connection = (JarURLConnection) root.openConnection();
            connection.setUseCaches(false);
            try (JarFile jar = connection.getJarFile()) {
                Enumeration<JarEntry> jarEntries = jar.entries();
                while (jarEntries.hasMoreElements()) {
                    JarEntry jarEntry = jarEntries.nextElement();
                    String entryName = jarEntry.getName();
                    if (entryName.startsWith(folder + "/") && entryName.endsWith(".yaml")
                            && entryName.indexOf('/', folder.length() + 1) < 0) {
                        try (InputStream in = jar.getInputStream(jarEntry)) {
                            String fileName = entryName.substring(folder.length() + 1);
                            entries.add(new CatalogEntry(stem(fileName), entryName,
                                    new String(in.readAllBytes(), StandardCharsets.UTF_8)));
                        }
                    }
                }
            }
        }
        return entries;
    }

    private static String stem(String fileName) {
        return fileName.substring(0, fileName.length() - ".yaml".length());
    }
}
