package org.gongkai.platform;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/** Durable writes create their folders, replace a file whole, keep it private and leave no temporary file behind. */
class DurableFilesTests {

	@TempDir
	Path folder;

	@Test
	void writesIntoNewFoldersAndReplacesWhole() throws Exception {
		Path target = folder.resolve("files/requests/42/a.pdf");
		DurableFiles.write(target, "%PDF-1 first".getBytes(StandardCharsets.UTF_8));
		assertThat(target).hasContent("%PDF-1 first");
		DurableFiles.writeString(target, "second, longer than the first");
		assertThat(target).hasContent("second, longer than the first");
		try (Stream<Path> left = Files.list(target.getParent())) {
			assertThat(left).containsExactly(target);
		}
	}

	@Test
	void aWrittenFileIsReadableByItsOwnerOnly() throws Exception {
		Path key = folder.resolve("keys/personal-data.key");
		DurableFiles.writeString(key, "c2VjcmV0");
		if (Files.getFileStore(key).supportsFileAttributeView("posix")) {
			assertThat(Files.getPosixFilePermissions(key)).containsOnly(PosixFilePermission.OWNER_READ,
					PosixFilePermission.OWNER_WRITE);
		}
	}

	@Test
	void movesAFinishedFileIntoPlace() throws Exception {
		Path finished = folder.resolve("current.next");
		Files.writeString(finished, "20261203-101500-000-all");
		DurableFiles.sync(finished);
		Path pointer = folder.resolve("current");
		Files.writeString(pointer, "old");
		DurableFiles.move(finished, pointer);
		assertThat(pointer).hasContent("20261203-101500-000-all");
		assertThat(finished).doesNotExist();
	}

}
