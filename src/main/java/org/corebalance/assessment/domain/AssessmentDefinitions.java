package org.corebalance.assessment.domain;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;

/**
 * Every questionnaire version the application knows, loaded from {@code classpath:assessment/*.json}
 * when it starts. A broken file stops the start with a {@link DefinitionException} that names it:
 * better no assessment than one that scores someone wrongly. Old versions stay loaded so results
 * stored against them can still be read.
 */
@Component
public class AssessmentDefinitions {

    /** The questionnaire new assessments use, in its highest version. */
    public static final String CURRENT_ID = "core-balance";
    static final String LOCATION = "classpath:assessment/*.json";

    private final Map<String, Definition> byKey = new LinkedHashMap<>();
    private final String currentId;

    public AssessmentDefinitions() {
        this(LOCATION, CURRENT_ID);
    }

    /** Loads the definitions matching a resource pattern; tests point it at their own files. */
    AssessmentDefinitions(String locationPattern, String currentId) {
        this.currentId = currentId;
        var origins = new LinkedHashMap<String, String>();
        for (Resource resource : resources(locationPattern)) {
            String file = resource.getFilename();
            Definition definition;
            try {
                definition = DefinitionParser.parse(file, resource.getInputStream());
            } catch (IOException e) {
                throw new UncheckedIOException("Could not read the questionnaire definition " + file, e);
            }
            String key = key(definition.id(), definition.version());
            if (byKey.containsKey(key)) {
                throw new DefinitionException(file, "id and version", "'" + definition.id() + "' version "
                        + definition.version() + " is already defined in " + origins.get(key)
                        + "; give a changed questionnaire the next version number");
            }
            byKey.put(key, definition);
            origins.put(key, file);
        }
        if (all().stream().noneMatch(definition -> definition.id().equals(currentId))) {
            throw new DefinitionException(locationPattern, "any file", "no questionnaire has the id '" + currentId + "'");
        }
    }

    /** The highest version of the current questionnaire, the one a new assessment uses. */
    public Definition current() {
        return all().stream().filter(definition -> definition.id().equals(currentId))
                .max(Comparator.comparingInt(Definition::version)).orElseThrow();
    }

    /** The version a stored result was scored with. */
    public Optional<Definition> find(String id, int version) {
        return Optional.ofNullable(byKey.get(key(id, version)));
    }

    /** Every loaded definition, by id and then version. */
    public List<Definition> all() {
        return byKey.values().stream()
                .sorted(Comparator.comparing(Definition::id).thenComparingInt(Definition::version))
                .toList();
    }

    private static String key(String id, int version) {
        return id + "@" + version;
    }

    private static List<Resource> resources(String locationPattern) {
        try {
            return List.of(new PathMatchingResourcePatternResolver(AssessmentDefinitions.class.getClassLoader())
                    .getResources(locationPattern)).stream()
                    .sorted(Comparator.comparing(Resource::getFilename)).toList();
        } catch (IOException e) {
            throw new UncheckedIOException("Could not list the questionnaire definitions at " + locationPattern, e);
        }
    }
}
