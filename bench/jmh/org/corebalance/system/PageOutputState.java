package org.corebalance.system;

import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/** The app and one of its pages, shared by both page-output benchmarks: started once per fork. */
@State(Scope.Benchmark)
public abstract class PageOutputState {

    /** How the templates were compiled: only a label here, the build decides (plain or binary). */
    @Param({"plain"})
    public String templates;

    @Param({"article", "assessment-step", "assessment-step-htmx"})
    public String page;

    PageOutputs.Page rendered;
    PageOutputs.TomcatResponse response;

    @Setup(Level.Trial)
    public void start() throws Exception {
        rendered = PageOutputs.Page.of(page);
        response = new PageOutputs.TomcatResponse();
    }

    @TearDown(Level.Trial)
    public void stop() {
        rendered.app().close();
    }
}
