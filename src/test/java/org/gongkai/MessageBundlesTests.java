package org.gongkai;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
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
		.compile("\"((?:identity|calendar|audit|problem|validation|portal|admin)\\.[a-zA-Z.]+)\"");

	@Test
	void bothLanguagesHaveTheSameKeys() throws IOException {
		Set<String> chinese = load("messages.properties").stringPropertyNames();
		Set<String> english = load("messages_en.properties").stringPropertyNames();
		assertThat(new TreeSet<>(english)).as("keys only in Chinese or only in English")
			.containsExactlyElementsOf(new TreeSet<>(chinese));
	}

	@Test
	void everyKeyUsedExists() throws IOException {
		Set<String> keys = load("messages.properties").stringPropertyNames();
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
