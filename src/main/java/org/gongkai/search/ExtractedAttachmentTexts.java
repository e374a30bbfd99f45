package org.gongkai.search;

import java.io.IOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.gongkai.publishing.AttachmentContent;
import org.gongkai.publishing.PublishedDocuments;
import org.gongkai.publishing.PublishedDocuments.AttachmentFile;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Component;

/**
 * The text of published PDF, DOCX and XLSX attachments (OGI art. 24: retrieval of what is published, files
 * included), extracted by publishing's {@link AttachmentContent}, as the confidentiality check reads it. Images
 * carry no text here; a file that cannot be read is left out with a warning rather than holding up the index.
 */
@Component
class ExtractedAttachmentTexts implements AttachmentTexts {

	private static final Logger log = LoggerFactory.getLogger(ExtractedAttachmentTexts.class);

	private final PublishedDocuments documents;

	ExtractedAttachmentTexts(PublishedDocuments documents) {
		this.documents = documents;
	}

	@Override
	public Map<Long, List<AttachmentText>> of(Collection<Long> documentIds) {
		Map<Long, List<AttachmentText>> texts = new HashMap<>();
		documents.liveAttachments(documentIds).forEach((document, files) -> {
			List<AttachmentText> extracted = new ArrayList<>();
			for (AttachmentFile file : files) {
				String text = text(file);
				if (text != null && !text.isBlank()) {
					extracted.add(new AttachmentText(file.fileName(), text));
				}
			}
			if (!extracted.isEmpty()) {
				texts.put(document, extracted);
			}
		});
		return texts;
	}

	static String text(AttachmentFile file) {
		try {
			return AttachmentContent.text(file.fileName(), file.type(), Files.readAllBytes(file.file()));
		}
		catch (IOException e) {
			log.warn("Cannot read attachment {}: {}", file.fileName(), e.toString());
			return null;
		}
	}

}
