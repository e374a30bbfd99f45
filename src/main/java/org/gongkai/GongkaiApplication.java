package org.gongkai;

import org.gongkai.platform.Backup;
import org.gongkai.platform.Restore;
import org.gongkai.site.SiteExport;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/** Gongkai: the government-information-disclosure platform. */
@SpringBootApplication
public class GongkaiApplication {

	/**
	 * Starts the platform; {@code export-site --to DIR} instead copies the published site for nginx or a CDN and
	 * exits, without starting the application (see {@link SiteExport}); {@code backup --to FILE} and
	 * {@code restore --from FILE} write and restore an archive of the database, the files and the site (see
	 * {@link Backup}, {@link Restore}).
	 */
	public static void main(String[] args) {
		if (args.length > 0 && args[0].equals("export-site")) {
			System.exit(SiteExport.run(args, System.out));
		}
		if (args.length > 0 && args[0].equals("backup")) {
			System.exit(Backup.run(args, System.out));
		}
		if (args.length > 0 && args[0].equals("restore")) {
			System.exit(Restore.run(args, System.out));
		}
		SpringApplication.run(GongkaiApplication.class, args);
	}

}
