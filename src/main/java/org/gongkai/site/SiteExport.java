package org.gongkai.site;

import java.io.IOException;
import java.io.PrintStream;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Properties;
import java.util.stream.Stream;

import org.gongkai.platform.Crypto;

/**
 * {@code java -jar gongkai.jar export-site --to DIR [--gongkai.data-dir=DIR]}: copies the live generation of the
 * published site for nginx or a CDN, without starting the application or touching the database. Every file is
 * checked against the manifest while it is copied (a tampered file is not exported); the copy lands in
 * {@code DIR/<generation>} and {@code DIR/current}, a symbolic link that nginx's {@code root} points at, switches to
 * it atomically. Earlier exports beyond the last two are deleted.
 */
public final class SiteExport {

	private SiteExport() {
	}

	/** Runs the command; returns the process exit code (0 done, 1 refused, 2 bad arguments). */
	public static int run(String[] args, PrintStream out) {
		Path dataDir = Path.of("data");
		Path siteDir = null;
		Path target = null;
		for (int i = 1; i < args.length; i++) {
			if (args[i].equals("--to") && i + 1 < args.length) {
				target = Path.of(args[++i]);
			}
			else if (args[i].startsWith("--to=")) {
				target = Path.of(args[i].substring(5));
			}
			else if (args[i].startsWith("--gongkai.data-dir=")) {
				dataDir = Path.of(args[i].substring("--gongkai.data-dir=".length()));
			}
			else if (args[i].startsWith("--gongkai.site-dir=")) {
				siteDir = Path.of(args[i].substring("--gongkai.site-dir=".length()));
			}
		}
		if (target == null) {
			out.println("用法 usage: java -jar gongkai.jar export-site --to DIR [--gongkai.data-dir=DIR]"
					+ " [--gongkai.site-dir=DIR]");
			return 2;
		}
		try {
			return export(siteDir != null ? siteDir : dataDir.resolve("site"), target, out);
		}
		catch (IOException e) {
			out.println("导出失败 export failed: " + e);
			return 1;
		}
	}

	static int export(Path site, Path target, PrintStream out) throws IOException {
		Path pointer = site.resolve("current");
		if (!Files.exists(pointer)) {
			out.println("没有已发布的站点 no published site under " + site.toAbsolutePath());
			return 1;
		}
		String generation = Files.readString(pointer).strip();
		Path source = site.resolve("generations").resolve(generation);
		Properties manifest = new Properties();
		try (Reader in = Files.newBufferedReader(source.resolve(Manifest.NAME), StandardCharsets.UTF_8)) {
			manifest.load(in);
		}
		Crypto.Suite suite = Manifest.suite(source);
		Path copy = target.resolve(generation);
		Path partial = target.resolve(generation + ".partial");
		delete(partial);
		List<String> mismatches = new ArrayList<>();
		for (String path : manifest.stringPropertyNames().stream().sorted().toList()) {
			Path file = source.resolve(path);
			byte[] content = Files.exists(file) ? Files.readAllBytes(file) : null;
			if (content == null || !Crypto.digest(suite, content).equals(manifest.getProperty(path))) {
				mismatches.add(path);
				continue;
			}
			Path to = partial.resolve(path);
			Files.createDirectories(to.getParent());
			Files.write(to, content);
		}
		if (!mismatches.isEmpty()) {
			delete(partial);
			out.println("文件与清单不符，未导出 files differ from the manifest, nothing exported: " + mismatches);
			return 1;
		}
		Files.copy(source.resolve(Manifest.NAME), partial.resolve(Manifest.NAME));
		if (Files.exists(source.resolve(Manifest.SIGNATURE))) {
			Files.copy(source.resolve(Manifest.SIGNATURE), partial.resolve(Manifest.SIGNATURE));
		}
		delete(copy);
		Files.move(partial, copy, StandardCopyOption.ATOMIC_MOVE);
		Path link = target.resolve("current.tmp");
		Files.deleteIfExists(link);
		Files.createSymbolicLink(link, Path.of(generation));
		Files.move(link, target.resolve("current"), StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
		pruneExports(target, generation);
		out.println("已导出 exported " + manifest.size() + " files of generation " + generation + " to "
				+ target.resolve("current").toAbsolutePath());
		return 0;
	}

	private static void pruneExports(Path target, String live) throws IOException {
		List<Path> exports;
		try (Stream<Path> all = Files.list(target)) {
			exports = all.filter(path -> Files.isDirectory(path, java.nio.file.LinkOption.NOFOLLOW_LINKS))
				.filter(path -> !path.getFileName().toString().equals(live))
				.sorted(Comparator.comparing(Path::getFileName).reversed())
				.toList();
		}
		for (Path old : exports.subList(Math.min(1, exports.size()), exports.size())) {
			delete(old);
		}
	}

	private static void delete(Path folder) throws IOException {
		if (!Files.exists(folder)) {
			return;
		}
		try (Stream<Path> files = Files.walk(folder)) {
			for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
				Files.delete(file);
			}
		}
	}

}
