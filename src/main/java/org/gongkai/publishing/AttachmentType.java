package org.gongkai.publishing;

import org.gongkai.platform.DomainException;
import org.gongkai.platform.FileType;

/**
 * The kinds of file a document may carry, recognised by their content ({@link FileType}), not by the name the
 * uploader gave: a file whose bytes are not what its extension claims is refused (an executable renamed to .pdf stays
 * out of the site).
 */
public enum AttachmentType {

	PDF(FileType.PDF), DOCX(FileType.DOCX), XLSX(FileType.XLSX), PNG(FileType.PNG), JPEG(FileType.JPEG),
	GIF(FileType.GIF);

	private final FileType file;

	AttachmentType(FileType file) {
		this.file = file;
	}

	public String mediaType() {
		return file.mediaType();
	}

	/** The extension files of this type get on the site. */
	public String extension() {
		return file.extension();
	}

	public static AttachmentType ofMediaType(String mediaType) {
		return valueOf(FileType.ofMediaType(mediaType).name());
	}

	/** The type of {@code content}, which must agree with the extension of {@code fileName}. */
	public static AttachmentType sniff(String fileName, byte[] content) {
		return FileType.of(fileName, content)
			.map(type -> valueOf(type.name()))
			.orElseThrow(() -> DomainException.invalid("file", "publishing.attachment.type", fileName));
	}

}
