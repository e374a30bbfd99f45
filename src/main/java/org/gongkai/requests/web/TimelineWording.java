package org.gongkai.requests.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.gongkai.requests.Channel;
import org.gongkai.requests.RequestEvent;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * The timeline's details as a person reads them: the codes the timeline stores ({@code IN_PERSON},
 * {@code workingDays=20}, {@code outcome=DISCLOSED}, {@code basis=ART15_THIRD_PARTY}) in words of the page's
 * language; free text stays as it was written. Templates call it as {@code @requestTimelineWording}.
 */
@Component("requestTimelineWording")
public class TimelineWording {

	/** The keys of {@code key=value} tokens that have words; any other token is shown as written. */
	private static final Set<String> KEYS = Set.of("workingDays", "outcome", "basis", "party", "amountYuan",
			"assignedTo", "files", "reference", "paper", "file", "bytes", "characters");

	private final MessageSource messages;

	TimelineWording(MessageSource messages) {
		this.messages = messages;
	}

	public String details(RequestEvent event) {
		String details = event.details();
		if (details == null || details.isBlank()) {
			return "";
		}
		Locale locale = LocaleContextHolder.getLocale();
		if ("REGISTERED".equals(event.action())) {
			String channel = "online".equals(details) ? Channel.ONLINE.name() : details;
			if (isChannel(channel)) {
				return messages.getMessage(key("channel", channel), null, channel, locale);
			}
		}
		List<String> words = new ArrayList<>();
		for (String token : details.split(" ")) {
			words.add(word(token.endsWith(",") ? token.substring(0, token.length() - 1) : token, locale));
		}
		return String.join(" ", words);
	}

	private String word(String token, Locale locale) {
		int eq = token.indexOf('=');
		if (eq <= 0 || !KEYS.contains(token.substring(0, eq))) {
			return token;
		}
		String key = token.substring(0, eq);
		String value = token.substring(eq + 1);
		String shown = switch (key) {
			case "outcome" -> messages.getMessage(key("outcome", value), null, value, locale);
			case "basis" -> messages.getMessage(key("basis", value), null, value, locale);
			default -> value;
		};
		return messages.getMessage(key("timeline", key), new Object[] { shown }, token, locale);
	}

	/** The message key {@code requests.<group>.<name>}. */
	private static String key(String group, String name) {
		return String.join(".", "requests", group, name);
	}

	private static boolean isChannel(String value) {
		for (Channel channel : Channel.values()) {
			if (channel.name().equals(value)) {
				return true;
			}
		}
		return false;
	}

}
