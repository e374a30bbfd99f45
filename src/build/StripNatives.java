import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Enumeration;
import java.util.regex.Pattern;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

/**
 * Build step, run by the pom after Spring Boot's repackage: removes the native libraries of operating systems the
 * application is not shipped for from the libraries nested in the executable jar (the ONNX runtime and DJL's
 * tokenizers bring Windows and macOS binaries, and debug symbols, beside Linux's). Every other entry is copied as it
 * is; nested jars stay stored (uncompressed), as Spring Boot's launcher needs.
 *
 * <p>
 * Usage: {@code java src/build/StripNatives.java target/gongkai.jar REGEX}, where REGEX matches the paths, inside a
 * nested jar, to drop.
 */
public class StripNatives {

	public static void main(String[] args) throws IOException {
		Path jar = Path.of(args[0]);
		Pattern drop = Pattern.compile(args[1]);
		Path out = jar.resolveSibling(jar.getFileName() + ".stripping");
		long before = Files.size(jar);
		int dropped = 0;
		try (ZipFile in = new ZipFile(jar.toFile()); ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(out))) {
			Enumeration<? extends ZipEntry> entries = in.entries();
			while (entries.hasMoreElements()) {
				ZipEntry entry = entries.nextElement();
				byte[] content;
				try (InputStream stream = in.getInputStream(entry)) {
					content = stream.readAllBytes();
				}
				if (entry.getName().startsWith("BOOT-INF/lib/") && entry.getName().endsWith(".jar")) {
					Stripped stripped = strip(content, drop);
					content = stripped.jar();
					dropped += stripped.dropped();
				}
				ZipEntry copy = new ZipEntry(entry.getName());
				copy.setTime(entry.getTime());
				if (entry.getMethod() == ZipEntry.STORED) {
					stored(copy, content);
				}
				zip.putNextEntry(copy);
				zip.write(content);
				zip.closeEntry();
			}
		}
		Files.move(out, jar, StandardCopyOption.REPLACE_EXISTING);
		System.out.printf("StripNatives: %d entries dropped, %s: %d -> %d bytes%n", dropped, jar, before,
				Files.size(jar));
	}

	record Stripped(byte[] jar, int dropped) {
	}

	/** The nested jar without the entries {@code drop} matches (the same bytes when none does). */
	static Stripped strip(byte[] jar, Pattern drop) throws IOException {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream(jar.length);
		int dropped = 0;
		try (ZipInputStream in = new ZipInputStream(new java.io.ByteArrayInputStream(jar));
				ZipOutputStream out = new ZipOutputStream(bytes)) {
			for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
				if (drop.matcher(entry.getName()).find()) {
					dropped++;
					continue;
				}
				ZipEntry copy = new ZipEntry(entry.getName());
				copy.setTime(entry.getTime());
				out.putNextEntry(copy);
				in.transferTo(out);
				out.closeEntry();
			}
		}
		return dropped == 0 ? new Stripped(jar, 0) : new Stripped(bytes.toByteArray(), dropped);
	}

	private static void stored(ZipEntry entry, byte[] content) {
		CRC32 crc = new CRC32();
		crc.update(content);
		entry.setMethod(ZipEntry.STORED);
		entry.setSize(content.length);
		entry.setCompressedSize(content.length);
		entry.setCrc(crc.getValue());
	}

}
