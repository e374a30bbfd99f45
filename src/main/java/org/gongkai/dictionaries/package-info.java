/**
 * Editable dictionaries (issue 19): word lists that staff extend on the back office beside the entries shipped with
 * the platform — the search's synonyms, the assistant's colloquial dictionary, the confidentiality check's sensitive
 * words, the 错敏词 list and the 文种 offered on the document form. One mechanism for all: one table
 * ({@code dictionary_entry}, owned here and reached only through {@link org.gongkai.dictionaries.Dictionaries}), one
 * admin page, one audit event, one reload (the next use on the node that changed it, within
 * {@link org.gongkai.dictionaries.Dictionaries#FRESH} on the others). The modules that use a dictionary define it (a
 * {@link org.gongkai.dictionaries.Dictionary} bean) and read it; statutory enumerations stay in code.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Dictionaries",
		allowedDependencies = { "platform", "identity", "audit" })
package org.gongkai.dictionaries;
