package org.gongkai.platform;

/**
 * The optional parts a deployment switched on, for the pages that show them (the portal's and the static site's
 * layout): the templates ask {@code features.assistant}, never a property.
 *
 * @param assistant {@code gongkai.assistant.enabled} (default true): the chat panel on every page
 */
public record Features(boolean assistant) {

}
