package org.gongkai.assistant;

/**
 * How questions are read at one moment: the dictionary as staff left it and the vocabulary of what is indexed, taken
 * together so that one question is read with one of each.
 */
record Wording(Terms terms, Vocabulary vocabulary) {
}
