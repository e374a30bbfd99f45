package org.gongkai.platform;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.springframework.boot.Banner;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.Environment;

/**
 * The arguments of a command such as {@code backup --to FILE --gongkai.data-dir=DIR}: the command's own options
 * ({@code --to FILE} or {@code --to=FILE}), and every {@code --name=value} setting, which is read together with
 * application.yml, the environment ({@code SPRING_DATASOURCE_URL}, {@code GONGKAI_DATA_DIR}) and profiles exactly as
 * the application reads them.
 */
final class CommandArguments {

	private final List<String> settings = new ArrayList<>();

	private final List<String[]> options = new ArrayList<>();

	private CommandArguments() {
	}

	/** Reads the arguments after the command name; {@code names} are the command's own options, which take a value. */
	static CommandArguments parse(String[] args, String... names) {
		CommandArguments parsed = new CommandArguments();
		for (int i = 1; i < args.length; i++) {
			String argument = args[i];
			String name = List.of(names).stream()
				.filter(option -> argument.equals("--" + option) || argument.startsWith("--" + option + "="))
				.findFirst()
				.orElse(null);
			if (name != null) {
				if (argument.equals("--" + name)) {
					if (i + 1 < args.length) {
						parsed.options.add(new String[] { name, args[++i] });
					}
				}
				else {
					parsed.options.add(new String[] { name, argument.substring(name.length() + 3) });
				}
			}
			else {
				parsed.settings.add(argument);
			}
		}
		return parsed;
	}

	Optional<Path> path(String name) {
		return options.stream().filter(option -> option[0].equals(name)).map(option -> Path.of(option[1])).findFirst();
	}

	/**
	 * The settings as the application would see them; no bean of the application is created (no web server, no
	 * schedulers, no demo data).
	 */
	Settings settings() {
		SpringApplication application = new SpringApplication(Source.class);
		application.setWebApplicationType(WebApplicationType.NONE);
		application.setBannerMode(Banner.Mode.OFF);
		application.setLogStartupInfo(false);
		application.setRegisterShutdownHook(false);
		try (ConfigurableApplicationContext context = application.run(settings.toArray(String[]::new))) {
			return new Settings(context.getEnvironment());
		}
	}

	/** The empty source of the settings-only context. */
	static final class Source {

	}

	/** What a command reads from the application's configuration. */
	static final class Settings {

		private final Path dataDir;

		private final Path siteDir;

		private final Path filesDir;

		private final String url;

		private final String username;

		private final String password;

		private final List<String> flywayLocations;

		private final boolean flywayPlaceholders;

		private final Crypto.Suite crypto;

		Settings(Environment environment) {
			this.crypto = Crypto.Suite.of(environment.getProperty("gongkai.crypto", "standard"));
			this.dataDir = Path.of(environment.getProperty("gongkai.data-dir", "data")).toAbsolutePath();
			this.siteDir = Path.of(environment.getProperty("gongkai.site-dir", dataDir.resolve("site").toString()))
				.toAbsolutePath();
			this.filesDir = Path.of(environment.getProperty("gongkai.files-dir", dataDir.resolve("files").toString()))
				.toAbsolutePath();
			this.url = environment.getProperty("spring.datasource.url", "");
			this.username = environment.getProperty("spring.datasource.username");
			this.password = environment.getProperty("spring.datasource.password");
			this.flywayLocations = List.of(environment.getProperty("spring.flyway.locations", String[].class,
					new String[] { "classpath:db/migration" }));
			this.flywayPlaceholders = environment.getProperty("spring.flyway.placeholder-replacement", Boolean.class,
					true);
		}

		Settings(Path dataDir, String url, String username, String password) {
			this(dataDir, url, username, password, Crypto.Suite.STANDARD);
		}

		Settings(Path dataDir, String url, String username, String password, Crypto.Suite crypto) {
			this.crypto = crypto;
			this.dataDir = dataDir.toAbsolutePath();
			this.siteDir = this.dataDir.resolve("site");
			this.filesDir = this.dataDir.resolve("files");
			this.url = url == null ? "" : url;
			this.username = username;
			this.password = password;
			this.flywayLocations = List.of("classpath:db/migration");
			this.flywayPlaceholders = false;
		}

		/** The suite of {@code gongkai.crypto}, which seals new backup archives. */
		Crypto.Suite crypto() {
			return crypto;
		}

		Path dataDir() {
			return dataDir;
		}

		/** The published site's generations ({@code gongkai.site-dir}, by default {@code site/} of the data directory). */
		Path siteDir() {
			return siteDir;
		}

		/** Uploaded files ({@code gongkai.files-dir}, by default {@code files/} of the data directory). */
		Path filesDir() {
			return filesDir;
		}

		/** Whether the database is an external PostgreSQL ({@code spring.datasource.url}) rather than the embedded one. */
		boolean external() {
			return !url.isBlank();
		}

		String url() {
			return url;
		}

		String username() {
			return username;
		}

		String password() {
			return password;
		}

		List<String> flywayLocations() {
			return flywayLocations;
		}

		boolean flywayPlaceholders() {
			return flywayPlaceholders;
		}

	}

}
