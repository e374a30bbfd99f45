package org.gongkai.platform;

import java.util.logging.Level;

import com.openhtmltopdf.util.Diagnostic;
import com.openhtmltopdf.util.XRLog;
import com.openhtmltopdf.util.XRLogger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sends openhtmltopdf's messages to the application's log (it writes to the console by itself otherwise), keeping
 * warnings and errors only.
 */
public final class PdfLogging implements XRLogger {

	private static final Logger log = LoggerFactory.getLogger("com.openhtmltopdf");

	static {
		XRLog.setLoggerImpl(new PdfLogging());
	}

	private PdfLogging() {
	}

	/** Installs the bridge; called before the first rendering. */
	public static void install() {
		// the static initialiser did it
	}

	@Override
	public void log(String where, Level level, String message) {
		log(where, level, message, null);
	}

	@Override
	public void log(String where, Level level, String message, Throwable error) {
		if (level.intValue() >= Level.SEVERE.intValue()) {
			log.error("{}: {}", where, message, error);
		}
		else if (level.intValue() >= Level.WARNING.intValue()) {
			log.warn("{}: {}", where, message, error);
		}
	}

	@Override
	public void setLevel(String logger, Level level) {
		// levels are the application's logging configuration
	}

	@Override
	public boolean isLogLevelEnabled(Diagnostic diagnostic) {
		return diagnostic.getLevel().intValue() >= Level.WARNING.intValue();
	}

}
