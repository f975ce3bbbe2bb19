package org.corebalance.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.RETURNS_SELF;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.mockingDetails;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Stream;
import org.corebalance.CoreBalanceTest;
import org.corebalance.Http;
import org.corebalance.membership.StaffFixtures;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.mockito.invocation.Invocation;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.http.server.PathContainer;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import org.springframework.web.util.pattern.PathPatternParser;

/**
 * What every module declares in its {@link WebRules} holds for every page and form the app
 * answers there: an owner-only page refuses an editor and lets the owner in, and an anonymous
 * form refuses a post from another site and takes one from this site. The declarations are read
 * from the modules' own beans and matched against the app's handlers, so a new module's rules are
 * checked as soon as it declares them, and a rule that no longer covers any page fails here.
 */
@CoreBalanceTest
@Import(StaffFixtures.class)
class WebRulesHoldTests {

    @LocalServerPort
    int port;
    @Autowired
    StaffFixtures staff;
    @Autowired
    List<WebRules> modules;
    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping handlers;

    /** One module's declarations, read back by letting it declare them to a recorder. */
    record Declared(String module, List<String> ownerOnly, List<String> anonymousForms) {

        static Declared by(WebRules rules) {
            WebRuleSet recorder = mock(WebRuleSet.class, RETURNS_SELF);
            rules.declare(recorder);
            var ownerOnly = new ArrayList<String>();
            var anonymousForms = new ArrayList<String>();
            for (Invocation call : mockingDetails(recorder).getInvocations()) {
                List<String> into = switch (call.getMethod().getName()) {
                    case "ownerOnly" -> ownerOnly;
                    case "anonymousForm" -> anonymousForms;
                    default -> null;
                };
                if (into != null) {
                    for (Object argument : call.getArguments()) {
                        if (argument instanceof String[] patterns) {
                            into.addAll(List.of(patterns));
                        } else {
                            into.add((String) argument);
                        }
                    }
                }
            }
            String module = rules.getClass().getPackageName().substring("org.corebalance.".length());
            return new Declared(module, ownerOnly, anonymousForms);
        }
    }

    /** A handler's address with every variable filled in, and the methods it answers. */
    record Endpoint(String pattern, String path, Set<RequestMethod> methods) {

        boolean answers(RequestMethod method) {
            return methods.isEmpty() || methods.contains(method);
        }

        @Override
        public String toString() {
            return (methods.isEmpty() ? "" : methods + " ") + pattern;
        }
    }

    private List<Declared> declared() {
        List<Declared> all = modules.stream().map(Declared::by).toList();
        // The recorder must have read something, or this test would pass on nothing.
        assertThat(all).anyMatch(d -> !d.ownerOnly().isEmpty());
        assertThat(all).anyMatch(d -> !d.anonymousForms().isEmpty());
        return all;
    }

    private List<Endpoint> endpoints() {
        return handlers.getHandlerMethods().keySet().stream()
                .flatMap(info -> info.getPathPatternsCondition().getPatternValues().stream()
                        .map(pattern -> new Endpoint(pattern, example(pattern), info.getMethodsCondition().getMethods())))
                .toList();
    }

    /** The endpoints a declared pattern covers; a declaration that covers none is stale. */
    private static List<Endpoint> coveredBy(String declared, Collection<Endpoint> endpoints, String module) {
        var pattern = PathPatternParser.defaultInstance.parse(declared);
        List<Endpoint> covered = endpoints.stream()
                .filter(endpoint -> pattern.matches(PathContainer.parsePath(endpoint.path()))).toList();
        assertThat(covered).as("%s declares %s, but no handler answers there", module, declared).isNotEmpty();
        return covered;
    }

    /** "/admin/leads/{id}" as "/admin/leads/1": each variable (even one with a regular expression) becomes 1, a wildcard x. */
    static String example(String pattern) {
        var path = new StringBuilder();
        int depth = 0;
        for (int i = 0; i < pattern.length(); i++) {
            char c = pattern.charAt(i);
            if (c == '{') {
                if (depth++ == 0) {
                    path.append(pattern.startsWith("{*", i) ? "x" : "1");
                }
            } else if (c == '}') {
                depth--;
            } else if (depth == 0) {
                path.append(c == '*' ? (path.toString().endsWith("x") ? "" : "x") : String.valueOf(c));
            }
        }
        return path.toString();
    }

    /** Per module, per declared pattern, one test for each endpoint the pattern covers. */
    private static Stream<DynamicNode> perEndpoint(List<Declared> declared, Function<Declared, List<String>> patterns,
            List<Endpoint> endpoints, Consumer<Endpoint> check) {
        return declared.stream().filter(module -> !patterns.apply(module).isEmpty())
                .map(module -> DynamicContainer.dynamicContainer(module.module(), patterns.apply(module).stream()
                        .map(pattern -> DynamicContainer.dynamicContainer(pattern,
                                coveredBy(pattern, endpoints, module.module()).stream().map(endpoint ->
                                        DynamicTest.dynamicTest(endpoint.toString(), () -> check.accept(endpoint)))))));
    }

    @TestFactory
    Stream<DynamicNode> ownerOnlyPagesRefuseEditorsAndLetTheOwnerIn() {
        Http owner = Http.withCookies(port);
        owner.submit("/login", "/login", "email", staff.owner(), "password", StaffFixtures.PASSWORD);
        Http editor = Http.withCookies(port);
        editor.submit("/login", "/login", "email", staff.editor(), "password", StaffFixtures.PASSWORD);
        String editorToken = editor.csrfToken("/admin");

        return perEndpoint(declared(), Declared::ownerOnly, endpoints(), endpoint -> {
            String path = endpoint.path();
            if (endpoint.answers(RequestMethod.GET)) {
                assertThat(editor.get(path).statusCode()).as("an editor opening %s", path).isEqualTo(403);
                HttpResponse<String> asOwner = owner.get(path);
                assertThat(asOwner.statusCode()).as("the owner opening %s", path).isNotIn(401, 403).isLessThan(500);
                assertThat(asOwner.headers().firstValue("Location").orElse("")).as("the owner opening %s", path)
                        .doesNotEndWith("/login");
            } else {
                HttpResponse<String> sent = editor.postForm(path, "_csrf=" + Http.encode(editorToken), "Origin", editor.base());
                assertThat(sent.statusCode()).as("an editor posting to %s with a valid token", path).isEqualTo(403);
            }
        });
    }

    @TestFactory
    Stream<DynamicNode> anonymousFormsRefuseOtherSitesAndTakeThisOne() {
        List<Endpoint> posts = endpoints().stream().filter(endpoint -> endpoint.answers(RequestMethod.POST)).toList();

        return perEndpoint(declared(), Declared::anonymousForms, posts, endpoint -> {
            String path = endpoint.path();
            assertThat(new Http(port).postForm(path, "", "Sec-Fetch-Site", "cross-site").statusCode())
                    .as("a cross-site post to %s", path).isEqualTo(403);
            assertThat(new Http(port).postForm(path, "", "Origin", "https://evil.example").statusCode())
                    .as("a post to %s from another origin", path).isEqualTo(403);
            Http reader = new Http(port);
            HttpResponse<String> sameSite = reader.postForm(path, "", "Origin", reader.base(), "Sec-Fetch-Site", "same-origin");
            assertThat(sameSite.statusCode()).as("a post to %s from this site", path).isNotEqualTo(403).isLessThan(500);
        });
    }
}
