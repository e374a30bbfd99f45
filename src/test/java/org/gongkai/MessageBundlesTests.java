package org.gongkai;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The Chinese and English bundles hold the same keys, and every key a template or the code uses exists (after
 * petclinic's I18nPropertiesSyncTest).
 */
class MessageBundlesTests {

	private static final Pattern TEMPLATE_KEY = Pattern.compile("#\\{([a-zA-Z][\\w.]*)[}(]");

	private static final Pattern CODE_KEY = Pattern
		.compile("\"((?:identity|calendar|audit|problem|validation|portal|admin|publishing|requests|appeals|annualreport|search|interaction|assistant|channels)\\.[a-zA-Z.]+)\"");

	/** Every basename of {@code spring.messages.basename}: one shared bundle and one per module that owns pages. */
	private static final List<String> BASENAMES = List.of("messages", "i18n/annualreport", "i18n/search",
			"i18n/interaction", "i18n/assistant", "i18n/channels", "i18n/publication");

	@Test
	void bothLanguagesHaveTheSameKeys() throws IOException {
		for (String basename : BASENAMES) {
			Set<String> chinese = load(basename + ".properties").stringPropertyNames();
			Set<String> english = load(basename + "_en.properties").stringPropertyNames();
			assertThat(new TreeSet<>(english)).as("keys of %s only in Chinese or only in English", basename)
				.containsExactlyElementsOf(new TreeSet<>(chinese));
		}
	}

	@Test
	void noKeyIsDefinedTwice() throws IOException {
		Set<String> seen = new TreeSet<>();
		for (String basename : BASENAMES) {
			for (String key : load(basename + ".properties").stringPropertyNames()) {
				assertThat(seen.add(key)).as("%s defined again in %s", key, basename).isTrue();
			}
			// within one file the last definition silently wins, so the loaded Properties cannot show it
			for (String file : List.of(basename + ".properties", basename + "_en.properties")) {
				Set<String> inFile = new TreeSet<>();
				for (String line : Files.readAllLines(Path.of("src/main/resources", file))) {
					int equals = line.indexOf('=');
					if (line.isBlank() || line.startsWith("#") || line.startsWith(" ") || equals < 0) {
						continue;
					}
					String key = line.substring(0, equals).strip();
					assertThat(inFile.add(key)).as("%s defined twice in %s", key, file).isTrue();
				}
			}
		}
	}

	@Test
	void everyKeyUsedExists() throws IOException {
		Set<String> keys = new TreeSet<>();
		for (String basename : BASENAMES) {
			keys.addAll(load(basename + ".properties").stringPropertyNames());
		}
		Set<String> used = new TreeSet<>();
		collect(Path.of("src/main/resources/templates"), TEMPLATE_KEY, used);
		collect(Path.of("src/main/java"), CODE_KEY, used);
		assertThat(used).isNotEmpty();
		assertThat(keys).containsAll(used);
	}

	private static void collect(Path root, Pattern pattern, Set<String> into) throws IOException {
		try (Stream<Path> files = Files.walk(root)) {
			for (Path file : files.filter(Files::isRegularFile).toList()) {
				Matcher matcher = pattern.matcher(Files.readString(file));
				while (matcher.find()) {
					into.add(matcher.group(1));
				}
			}
		}
	}

	private static Properties load(String name) throws IOException {
		Properties properties = new Properties();
		try (InputStream in = MessageBundlesTests.class.getResourceAsStream("/" + name)) {
			properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
		}
		return properties;
	}

}
