package org.gongkai.platform;

import java.time.ZoneId;

/** Statutory dates are Beijing dates, whatever the server's time zone; the one place that says so. */
public final class Beijing {

	public static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

	private Beijing() {
	}

}
