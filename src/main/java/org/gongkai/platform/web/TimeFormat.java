package org.gongkai.platform.web;

import java.time.Instant;
import java.time.format.DateTimeFormatter;

import org.gongkai.platform.Beijing;

import org.springframework.stereotype.Component;

/** Shows instants in Beijing time on pages: {@code ${@time.format(instant)}}. */
@Component("time")
class TimeFormat {

	private static final DateTimeFormatter FORMAT = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss")
		.withZone(Beijing.ZONE);

	public String format(Instant instant) {
		return instant == null ? "—" : FORMAT.format(instant);
	}

}
