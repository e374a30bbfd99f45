package org.gongkai.search;

import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * Where the index gets the text of documents' attachments. Publishing has no attachments yet; when it has, a bean
 * of this type (reading the files and extracting their text) makes the index carry them: every {@link IndexEntry}
 * already has a place for them, the engine indexes and highlights them. Without such a bean, entries have none.
 */
public interface AttachmentTexts {

	/** The attachments' text of each of these documents (documents without attachments may be absent). */
	Map<Long, List<AttachmentText>> of(Collection<Long> documentIds);

}
