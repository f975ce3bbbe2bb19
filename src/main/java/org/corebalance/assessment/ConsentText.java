package org.corebalance.assessment;

/**
 * What a person agrees to before answering health questions. The version is stored with each
 * assessment, with the text itself, so what was agreed is known even after the wording changes.
 */
final class ConsentText {

    static final String VERSION = "2026-11-24-2";
    static final String TEXT = "I agree that Core Balance stores my answers to these health questions and my result, "
            + "so that I can see them again through my private link and the coach can prepare my program. "
            + "Only I and the practice's coach can see them; they are never shared with anyone else. "
            + "An assessment I leave unfinished is not kept, and I can ask for everything to be deleted at any time.";

    private ConsentText() {
    }
}
