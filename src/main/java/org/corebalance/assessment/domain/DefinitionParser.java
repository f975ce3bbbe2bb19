package org.corebalance.assessment.domain;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import tools.jackson.core.JacksonException;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads one questionnaire definition file and checks everything the engine relies on, so a
 * mistake in a file stops the application at start-up with a message that points at it, instead of
 * showing a broken question or a wrong result to a person later.
 */
final class DefinitionParser {

    private static final JsonMapper JSON = JsonMapper.builder()
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .build();
    // Ids become form field names and URL parts, so they stay plain.
    private static final Pattern ID = Pattern.compile("[a-z0-9][a-z0-9_-]{0,63}");
    private static final Set<String> RESULTS = Set.of("FOUNDATION", "BUILD", "STRONG");
    private static final int EXERCISES_PER_LEVEL = 3;

    private final String file;
    private final Set<String> allItemIds = new LinkedHashSet<>();
    private final Map<String, Item> items = new LinkedHashMap<>();
    private final Map<String, ScoreRule> scores = new LinkedHashMap<>();
    private final Map<String, Set<String>> classificationResults = new LinkedHashMap<>();

    private DefinitionParser(String file) {
        this.file = file;
    }

    static Definition parse(String file, InputStream in) {
        try (in) {
            return parse(file, new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read the questionnaire definition " + file, e);
        }
    }

    static Definition parse(String file, String json) {
        JsonNode root;
        try {
            root = JSON.readTree(json);
        } catch (JacksonException e) {
            TokenStreamLocation at = e.getLocation();
            String place = at == null ? "an unknown place" : at.getLineNr() + ":" + at.getColumnNr();
            throw new DefinitionException(file, place, "this is not valid JSON: " + e.getOriginalMessage());
        }
        return new DefinitionParser(file).definition(new Node(root, ""));
    }

    private Definition definition(Node root) {
        object(root, "id", "version", "title", "intro", "sections", "scores", "classifications", "flags",
                "urgencyAdvice", "findings", "level", "changes", "goals", "note");
        String id = id(root, "id");
        int version = integer(root, "version", null);
        if (version < 1) {
            fail(root.field("version"), "the version must be 1 or more");
        }
        String title = text(root, "title");
        String intro = optionalText(root, "intro");
        for (Node section : array(root, "sections", false)) {
            if (section.json().isObject()) {
                for (Node item : array(section, "items", true)) {
                    if (item.json().isObject() && item.has("id") && item.field("id").json().isString()) {
                        allItemIds.add(item.field("id").json().stringValue());
                    }
                }
            }
        }
        List<Section> sections = sections(root);
        List<ScoreRule> scoreRules = scores(root);
        List<Classification> classifications = classifications(root);
        List<FlagRule> flags = flags(root);
        Map<Urgency, UrgencyAdvice> advice = urgencyAdvice(root, flags);
        List<FindingRule> findings = findings(root);
        LevelRules level = root.has("level") ? level(root.field("level")) : null;
        List<ChangeRule> changes = changes(root);
        List<GoalRule> goals = goals(root);
        return new Definition(id, version, title, intro, sections, scoreRules, classifications, flags, advice, findings,
                level, changes, goals);
    }

    private List<Section> sections(Node root) {
        var sections = new ArrayList<Section>();
        var ids = new HashSet<String>();
        for (Node node : array(root, "sections", false)) {
            object(node, "id", "title", "intro", "items", "note");
            String id = id(node, "id");
            if (!ids.add(id)) {
                fail(node.field("id"), "another section already has the id '" + id + "'");
            }
            var sectionItems = new ArrayList<Item>();
            for (Node item : array(node, "items", false)) {
                sectionItems.add(item(item));
            }
            sections.add(new Section(id, text(node, "title"), optionalText(node, "intro"), sectionItems));
        }
        return sections;
    }

    private Item item(Node node) {
        object(node, "id", "type", "text", "help", "required", "showIf", "options", "min", "max", "minLabel",
                "maxLabel", "unit", "note");
        String id = id(node, "id");
        if (items.containsKey(id)) {
            fail(node.field("id"), "another item already has the id '" + id + "'; item ids must be unique across the definition");
        }
        ItemType type = switch (text(node, "type")) {
            case "choice" -> ItemType.CHOICE;
            case "multi" -> ItemType.MULTI;
            case "scale" -> ItemType.SCALE;
            case "number" -> ItemType.NUMBER;
            default -> throw failure(node.field("type"), "unknown item type '" + text(node, "type")
                    + "'; use choice, multi, scale or number");
        };
        Condition showIf = node.has("showIf") ? condition(node.field("showIf"), Scope.showIf(items.keySet())) : null;
        var options = new ArrayList<Option>();
        Integer min = null;
        Integer max = null;
        if (type.numeric()) {
            rejectField(node, "options", "a " + type.name().toLowerCase(Locale.ROOT)
                    + " item has no options; it takes a whole number from min to max");
            min = integer(node, "min", null);
            max = integer(node, "max", null);
            if (min >= max) {
                fail(node.field("max"), "max must be greater than min");
            }
            if (type == ItemType.SCALE) {
                text(node, "minLabel");
                text(node, "maxLabel");
                rejectField(node, "unit", "only a number item has a unit");
            } else {
                text(node, "unit");
                rejectField(node, "minLabel", "only a scale item has end labels");
                rejectField(node, "maxLabel", "only a scale item has end labels");
            }
        } else {
            for (String field : List.of("min", "max", "minLabel", "maxLabel", "unit")) {
                rejectField(node, field, "a " + type.name().toLowerCase(Locale.ROOT) + " item takes options, not " + field);
            }
            var values = new HashSet<String>();
            List<Node> optionNodes = array(node, "options", false);
            if (optionNodes.size() < 2) {
                fail(node.field("options"), "a question needs at least two options");
            }
            for (Node option : optionNodes) {
                object(option, "value", "label", "score", "exclusive", "note");
                String value = id(option, "value");
                if (!values.add(value)) {
                    fail(option.field("value"), "another option of '" + id + "' already has the value '" + value + "'");
                }
                boolean exclusive = bool(option, "exclusive", false);
                if (exclusive && type != ItemType.MULTI) {
                    fail(option.field("exclusive"), "only an option of a multi item can be exclusive");
                }
                options.add(new Option(value, text(option, "label"), optionalNumber(option, "score"), exclusive));
            }
        }
        var item = new Item(id, type, text(node, "text"), optionalText(node, "help"), bool(node, "required", true),
                showIf, options, min, max, optionalText(node, "minLabel"), optionalText(node, "maxLabel"),
                optionalText(node, "unit"));
        items.put(id, item);
        return item;
    }

    private List<ScoreRule> scores(Node root) {
        var rules = new ArrayList<ScoreRule>();
        for (Node node : array(root, "scores", true)) {
            object(node, "id", "label", "method", "items", "scores", "minAnswered", "bands", "note");
            String id = id(node, "id");
            if (scores.containsKey(id)) {
                fail(node.field("id"), "another score already has the id '" + id + "'");
            }
            ScoreMethod method = switch (text(node, "method")) {
                case "sum" -> ScoreMethod.SUM;
                case "mean" -> ScoreMethod.MEAN;
                case "percent" -> ScoreMethod.PERCENT;
                default -> throw failure(node.field("method"), "unknown method '" + text(node, "method")
                        + "'; use sum, mean or percent");
            };
            if (node.has("items") == node.has("scores")) {
                fail(node, "a score counts either items or other scores: give one of 'items' and 'scores'");
            }
            var itemIds = new ArrayList<String>();
            var scoreIds = new ArrayList<String>();
            var parts = new ArrayList<double[]>();
            String partsField = node.has("items") ? "items" : "scores";
            List<Node> partNodes = array(node, partsField, false);
            if (partNodes.isEmpty()) {
                fail(node.field(partsField), "a score needs at least one part");
            }
            for (Node part : partNodes) {
                String ref = string(part);
                if (itemIds.contains(ref) || scoreIds.contains(ref)) {
                    fail(part, "'" + ref + "' is counted twice");
                }
                if (node.has("items")) {
                    Item item = items.get(ref);
                    if (item == null) {
                        fail(part, "unknown item '" + ref + "'");
                    } else if (!item.scored()) {
                        fail(part, "item '" + ref + "' has no option with a score, so a score cannot count it");
                    }
                    itemIds.add(ref);
                    parts.add(new double[] {item.scoreMin(), item.scoreMax()});
                } else {
                    ScoreRule earlier = scores.get(ref);
                    if (earlier == null) {
                        fail(part, "unknown score '" + ref + "'; a score can only count scores defined before it");
                    }
                    scoreIds.add(ref);
                    parts.add(new double[] {earlier.min(), earlier.max()});
                }
            }
            if (method == ScoreMethod.PERCENT) {
                for (int i = 0; i < parts.size(); i++) {
                    if (parts.get(i)[0] < 0 || parts.get(i)[1] <= 0) {
                        fail(partNodes.get(i), "a percent score needs parts that score from zero up to more than zero");
                    }
                }
            }
            int minAnswered = integer(node, "minAnswered", parts.size());
            if (minAnswered < 1 || minAnswered > parts.size()) {
                fail(node.field("minAnswered"), "minAnswered must be between 1 and the number of parts (" + parts.size() + ")");
            }
            double[] range = Scoring.range(method, parts, minAnswered);
            var rule = new ScoreRule(id, text(node, "label"), method, itemIds, scoreIds, minAnswered,
                    bands(node, range), range[0], range[1]);
            scores.put(id, rule);
            rules.add(rule);
        }
        return rules;
    }

    private List<Band> bands(Node score, double[] range) {
        var bands = new ArrayList<Band>();
        for (Node node : array(score, "bands", true)) {
            object(node, "from", "label", "meaning", "note");
            double from = number(node, "from");
            if (!bands.isEmpty() && from <= bands.get(bands.size() - 1).from()) {
                fail(node.field("from"), "bands must be in ascending order of 'from'");
            }
            if (bands.isEmpty() && from > range[0]) {
                fail(node.field("from"), "the first band must start at or below the score's lowest value, " + plain(range[0]));
            }
            if (from > range[1]) {
                fail(node.field("from"), "this band starts above the score's highest value, " + plain(range[1]));
            }
            bands.add(new Band(from, text(node, "label"), optionalText(node, "meaning")));
        }
        return bands;
    }

    private List<Classification> classifications(Node root) {
        var classifications = new ArrayList<Classification>();
        for (Node node : array(root, "classifications", true)) {
            object(node, "id", "rules", "note");
            String id = id(node, "id");
            if (classificationResults.containsKey(id)) {
                fail(node.field("id"), "another classification already has the id '" + id + "'");
            }
            var rules = new ArrayList<Rule<String>>();
            List<Node> ruleNodes = array(node, "rules", false);
            if (ruleNodes.isEmpty()) {
                fail(node.field("rules"), "a classification needs at least one rule");
            }
            for (int i = 0; i < ruleNodes.size(); i++) {
                Node rule = ruleNodes.get(i);
                rules.add(new Rule<>(when(rule, i == ruleNodes.size() - 1), text(rule, "result")));
            }
            classificationResults.put(id, new HashSet<>(rules.stream().map(Rule::result).toList()));
            classifications.add(new Classification(id, rules));
        }
        return classifications;
    }

    /** A rule's optional condition; only the last rule of a list may go without, as the fallback. */
    private Condition when(Node rule, boolean last) {
        object(rule, "when", "result", "note");
        if (!rule.has("when")) {
            if (!last) {
                fail(rule, "only the last rule may leave out 'when': the rules after a fallback could never apply");
            }
            return null;
        }
        return condition(rule.field("when"), Scope.everything());
    }

    private List<FlagRule> flags(Node root) {
        var flags = new ArrayList<FlagRule>();
        var ids = new HashSet<String>();
        for (Node node : array(root, "flags", true)) {
            object(node, "id", "urgency", "title", "when", "note");
            String id = id(node, "id");
            if (!ids.add(id)) {
                fail(node.field("id"), "another flag already has the id '" + id + "'");
            }
            flags.add(new FlagRule(id, urgency(node.field("urgency")), text(node, "title"), required(node, "when")));
        }
        return flags;
    }

    private Map<Urgency, UrgencyAdvice> urgencyAdvice(Node root, List<FlagRule> flags) {
        var advice = new EnumMap<Urgency, UrgencyAdvice>(Urgency.class);
        if (root.has("urgencyAdvice")) {
            Node node = root.field("urgencyAdvice");
            object(node);
            for (String key : node.json().propertyNames()) {
                Node entry = node.field(key);
                Urgency urgency = urgency(entry, key);
                object(entry, "headline", "text");
                advice.put(urgency, new UrgencyAdvice(urgency, text(entry, "headline"), text(entry, "text")));
            }
        }
        for (int i = 0; i < flags.size(); i++) {
            if (!advice.containsKey(flags.get(i).urgency())) {
                fail(new Node(null, "flags[" + i + "].urgency"), "urgencyAdvice has no advice for "
                        + flags.get(i).urgency() + "; say what care to seek and how soon");
            }
        }
        return advice;
    }

    private Urgency urgency(Node node) {
        return urgency(node, string(node));
    }

    private Urgency urgency(Node node, String name) {
        try {
            return Urgency.valueOf(name);
        } catch (IllegalArgumentException unknown) {
            throw failure(node, "unknown urgency '" + name + "'; use EMERGENCY, TODAY or SOON");
        }
    }

    private List<FindingRule> findings(Node root) {
        var findings = new ArrayList<FindingRule>();
        var ids = new HashSet<String>();
        for (Node node : array(root, "findings", true)) {
            object(node, "id", "title", "text", "when", "note");
            String id = id(node, "id");
            if (!ids.add(id)) {
                fail(node.field("id"), "another finding already has the id '" + id + "'");
            }
            findings.add(new FindingRule(id, text(node, "title"), text(node, "text"), required(node, "when")));
        }
        return findings;
    }

    private LevelRules level(Node node) {
        object(node, "rules", "exercises", "note");
        var rules = new ArrayList<Rule<Level>>();
        List<Node> ruleNodes = array(node, "rules", false);
        if (ruleNodes.isEmpty()) {
            fail(node.field("rules"), "the level needs at least one rule");
        }
        for (int i = 0; i < ruleNodes.size(); i++) {
            Node rule = ruleNodes.get(i);
            Condition when = when(rule, i == ruleNodes.size() - 1);
            if (i == ruleNodes.size() - 1 && when != null) {
                fail(rule, "the last level rule must leave out 'when', so that everyone gets a level");
            }
            rules.add(new Rule<>(when, level(rule.field("result"), text(rule, "result"))));
        }
        Node exercisesNode = node.field("exercises");
        object(exercisesNode, RESULTS.toArray(String[]::new));
        var exercises = new EnumMap<Level, List<Exercise>>(Level.class);
        for (Level level : Level.values()) {
            List<Node> list = array(exercisesNode, level.name(), false);
            if (list.size() != EXERCISES_PER_LEVEL) {
                fail(exercisesNode.field(level.name()), "each level needs exactly " + EXERCISES_PER_LEVEL
                        + " starter exercises, not " + list.size());
            }
            var levelExercises = new ArrayList<Exercise>();
            for (Node exercise : list) {
                object(exercise, "name", "purpose", "cues", "note");
                List<Node> cueNodes = array(exercise, "cues", false);
                if (cueNodes.isEmpty()) {
                    fail(exercise.field("cues"), "an exercise needs at least one cue");
                }
                levelExercises.add(new Exercise(text(exercise, "name"), text(exercise, "purpose"),
                        cueNodes.stream().map(this::string).toList()));
            }
            exercises.put(level, levelExercises);
        }
        return new LevelRules(rules, exercises);
    }

    private Level level(Node node, String name) {
        if (!RESULTS.contains(name)) {
            fail(node, "unknown level '" + name + "'; use FOUNDATION, BUILD or STRONG");
        }
        return Level.valueOf(name);
    }

    private List<ChangeRule> changes(Node root) {
        var changes = new ArrayList<ChangeRule>();
        var seen = new HashSet<String>();
        for (Node node : array(root, "changes", true)) {
            object(node, "score", "points", "percent", "note");
            String score = text(node, "score");
            if (!scores.containsKey(score)) {
                fail(node.field("score"), "unknown score '" + score + "'");
            }
            if (!seen.add(score)) {
                fail(node.field("score"), "there is already a change rule for '" + score + "'");
            }
            double points = number(node, "points");
            double percent = number(node, "percent");
            if (points <= 0 || percent <= 0) {
                fail(node, "points and percent must both be more than zero");
            }
            changes.add(new ChangeRule(score, points, percent));
        }
        return changes;
    }

    private List<GoalRule> goals(Node root) {
        var goals = new ArrayList<GoalRule>();
        for (Node node : array(root, "goals", true)) {
            object(node, "item", "rating", "note");
            String item = text(node, "item");
            String rating = text(node, "rating");
            if (!items.containsKey(item) || items.get(item).type().numeric()) {
                fail(node.field("item"), "'" + item + "' is not a choice or multi item");
            }
            if (!items.containsKey(rating) || !items.get(rating).type().numeric()) {
                fail(node.field("rating"), "'" + rating + "' is not a scale or number item");
            }
            goals.add(new GoalRule(item, rating));
        }
        return goals;
    }

    private Condition required(Node node, String field) {
        if (!node.has(field)) {
            fail(node.field(field), "missing required field '" + field + "'");
        }
        return condition(node.field(field), Scope.everything());
    }

    private Condition condition(Node node, Scope scope) {
        object(node);
        List<String> kinds = Arrays.asList("item", "score", "classification", "all", "any", "not");
        List<String> present = kinds.stream().filter(node::has).toList();
        if (present.size() != 1) {
            fail(node, "a condition needs exactly one of item, score, classification, all, any or not");
        }
        return switch (present.get(0)) {
            case "item" -> itemCondition(node, scope);
            case "score" -> scoreCondition(node, scope);
            case "classification" -> classificationCondition(node, scope);
            case "all" -> new Condition.All(conditions(node, "all", scope));
            case "any" -> new Condition.Any(conditions(node, "any", scope));
            default -> {
                object(node, "not");
                yield new Condition.Not(condition(node.field("not"), scope));
            }
        };
    }

    private List<Condition> conditions(Node node, String field, Scope scope) {
        object(node, field);
        List<Node> list = array(node, field, false);
        if (list.isEmpty()) {
            fail(node.field(field), "'" + field + "' needs at least one condition");
        }
        return list.stream().map(each -> condition(each, scope)).toList();
    }

    private Condition itemCondition(Node node, Scope scope) {
        object(node, "item", "in", "answered", "atLeast", "atMost");
        String ref = text(node, "item");
        Item item = scope.items() == null ? items.get(ref) : scope.items().contains(ref) ? items.get(ref) : null;
        if (item == null) {
            fail(node.field("item"), allItemIds.contains(ref)
                    ? "refers to '" + ref + "', which comes later; a question can only depend on questions before it"
                    : "unknown item '" + ref + "'");
        }
        boolean range = node.has("atLeast") || node.has("atMost");
        if ((node.has("in") ? 1 : 0) + (node.has("answered") ? 1 : 0) + (range ? 1 : 0) != 1) {
            fail(node, "an item condition needs exactly one of 'in', 'answered', or 'atLeast'/'atMost'");
        }
        if (node.has("answered")) {
            return new Condition.ItemAnswered(ref, bool(node, "answered", true));
        }
        if (range) {
            if (!item.type().numeric()) {
                fail(node, "'" + ref + "' is not a scale or number item; use 'in' with its option values");
            }
            return new Condition.ItemNumber(ref, optionalNumber(node, "atLeast"), optionalNumber(node, "atMost"));
        }
        if (item.type().numeric()) {
            fail(node.field("in"), "'" + ref + "' takes a number; use 'atLeast'/'atMost'");
        }
        List<Node> valueNodes = array(node, "in", false);
        if (valueNodes.isEmpty()) {
            fail(node.field("in"), "'in' needs at least one value");
        }
        var values = new ArrayList<String>();
        for (Node valueNode : valueNodes) {
            String value = string(valueNode);
            if (item.option(value).isEmpty()) {
                fail(valueNode, "'" + value + "' is not an option of '" + ref + "'");
            }
            values.add(value);
        }
        return new Condition.ItemIn(ref, values);
    }

    private Condition scoreCondition(Node node, Scope scope) {
        object(node, "score", "answered", "atLeast", "atMost");
        String ref = text(node, "score");
        if (scope.items() != null) {
            fail(node.field("score"), "showIf can only look at earlier answers, not at scores");
        }
        if (!scores.containsKey(ref)) {
            fail(node.field("score"), "unknown score '" + ref + "'");
        }
        boolean range = node.has("atLeast") || node.has("atMost");
        if (range == node.has("answered")) {
            fail(node, "a score condition needs either 'answered' or 'atLeast'/'atMost'");
        }
        return range ? new Condition.ScoreRange(ref, optionalNumber(node, "atLeast"), optionalNumber(node, "atMost"))
                : new Condition.ScoreAnswered(ref, bool(node, "answered", true));
    }

    private Condition classificationCondition(Node node, Scope scope) {
        object(node, "classification", "is");
        String ref = text(node, "classification");
        if (scope.items() != null) {
            fail(node.field("classification"), "showIf can only look at earlier answers, not at classifications");
        }
        Set<String> results = classificationResults.get(ref);
        if (results == null) {
            fail(node.field("classification"), "unknown classification '" + ref
                    + "'; a rule can only use classifications defined before it");
        }
        String is = text(node, "is");
        if (!results.contains(is)) {
            fail(node.field("is"), "'" + is + "' is not a result of the classification '" + ref + "'");
        }
        return new Condition.ClassificationIs(ref, is);
    }

    // Small readers that check the shape of each value and know where they are.

    private void object(Node node, String... allowed) {
        if (node.json() == null || node.json().isMissingNode()) {
            fail(node, "missing required field");
        }
        if (!node.json().isObject()) {
            fail(node, "expected an object { ... }");
        }
        if (allowed.length > 0) {
            List<String> known = Arrays.asList(allowed);
            for (String name : node.json().propertyNames()) {
                if (!known.contains(name)) {
                    fail(node.field(name), "unknown field '" + name + "'; expected one of " + String.join(", ", known));
                }
            }
        }
    }

    private List<Node> array(Node parent, String field, boolean optional) {
        Node node = parent.field(field);
        if (node.json() == null) {
            if (optional) {
                return List.of();
            }
            fail(node, "missing required field '" + field + "'");
        }
        if (!node.json().isArray()) {
            fail(node, "expected a list [ ... ]");
        }
        var elements = new ArrayList<Node>();
        for (int i = 0; i < node.json().size(); i++) {
            elements.add(node.element(i));
        }
        return elements;
    }

    private String id(Node parent, String field) {
        String id = text(parent, field);
        if (!ID.matcher(id).matches()) {
            fail(parent.field(field), "'" + id + "' is not a usable id: lower-case letters, digits, - and _ only");
        }
        return id;
    }

    private String text(Node parent, String field) {
        Node node = parent.field(field);
        if (node.json() == null) {
            fail(node, "missing required field '" + field + "'");
        }
        String value = string(node);
        if (value.isBlank()) {
            fail(node, "must not be empty");
        }
        return value;
    }

    private String optionalText(Node parent, String field) {
        return parent.has(field) ? text(parent, field) : null;
    }

    private String string(Node node) {
        if (node.json() == null || !node.json().isString()) {
            fail(node, "expected text in quotes");
        }
        return node.json().stringValue();
    }

    private int integer(Node parent, String field, Integer otherwise) {
        Node node = parent.field(field);
        if (node.json() == null) {
            if (otherwise != null) {
                return otherwise;
            }
            fail(node, "missing required field '" + field + "'");
        }
        if (!node.json().isIntegralNumber() || !node.json().canConvertToInt()) {
            fail(node, "expected a whole number");
        }
        return node.json().intValue();
    }

    private double number(Node parent, String field) {
        Double value = optionalNumber(parent, field);
        if (value == null) {
            fail(parent.field(field), "missing required field '" + field + "'");
        }
        return value;
    }

    private Double optionalNumber(Node parent, String field) {
        Node node = parent.field(field);
        if (node.json() == null) {
            return null;
        }
        if (!node.json().isNumber() || !Double.isFinite(node.json().doubleValue())) {
            fail(node, "expected a number");
        }
        return node.json().doubleValue();
    }

    private boolean bool(Node parent, String field, boolean otherwise) {
        Node node = parent.field(field);
        if (node.json() == null) {
            return otherwise;
        }
        if (!node.json().isBoolean()) {
            fail(node, "expected true or false");
        }
        return node.json().booleanValue();
    }

    private void rejectField(Node node, String field, String why) {
        if (node.has(field)) {
            fail(node.field(field), why);
        }
    }

    private static String plain(double value) {
        return value == Math.rint(value) ? Long.toString((long) value) : Double.toString(value);
    }

    private void fail(Node node, String problem) {
        throw failure(node, problem);
    }

    private DefinitionException failure(Node node, String problem) {
        return new DefinitionException(file, node.path().isEmpty() ? "the top level" : node.path(), problem);
    }

    /** A JSON value and the readable path that leads to it, such as {@code sections[1].items[3]}. */
    private record Node(JsonNode json, String path) {

        Node field(String name) {
            JsonNode child = json == null || !json.isObject() ? null : json.get(name);
            return new Node(child == null || child.isNull() ? null : child, path.isEmpty() ? name : path + "." + name);
        }

        Node element(int index) {
            return new Node(json.get(index), path + "[" + index + "]");
        }

        boolean has(String name) {
            return field(name).json() != null;
        }
    }

    /**
     * What a condition may refer to: a showIf only to the items before it (a non-null set); every
     * other condition to all items, all scores and the classifications defined before it.
     */
    private record Scope(Set<String> items) {

        static Scope showIf(Set<String> earlierItems) {
            return new Scope(Set.copyOf(earlierItems));
        }

        static Scope everything() {
            return new Scope(null);
        }
    }
}
