package org.gongkai.platform.web;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.CookieValue;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * What every HTML page needs beside its content: the large-text mode for older readers (适老化), remembered in a
 * cookie and switched by a plain link so that it works without JavaScript ({@code assets/reading.js} switches it, and
 * high contrast and wide spacing, in place where scripts run, static pages included), and the language links, which
 * keep the page's query.
 */
@Controller
@ControllerAdvice(annotations = Controller.class)
public class PageChrome {

	static final String LARGE_TEXT = "gongkai-large-text";

	@ModelAttribute("largeText")
	boolean largeText(@CookieValue(name = LARGE_TEXT, required = false) String value) {
		return "1".equals(value);
	}

	@ModelAttribute("currentPath")
	String currentPath(HttpServletRequest request) {
		return request.getRequestURI();
	}

	/** The page in Chinese: the same path and query (filters, a report cell's code), with {@code lang} replaced. */
	@ModelAttribute("chineseHref")
	String chineseHref(HttpServletRequest request) {
		return inLanguage(request, "zh_CN");
	}

	@ModelAttribute("englishHref")
	String englishHref(HttpServletRequest request) {
		return inLanguage(request, "en");
	}

	static String inLanguage(HttpServletRequest request, String language) {
		return UriComponentsBuilder.fromPath(request.getRequestURI().substring(request.getContextPath().length()))
			.query(request.getQueryString())
			.replaceQueryParam("lang", language)
			.build()
			.toUriString();
	}

	/**
	 * The same attributes for a view that an exception handler renders, where model-attribute methods do not run.
	 */
	public static void addTo(org.springframework.web.servlet.ModelAndView view, HttpServletRequest request) {
		boolean large = request.getCookies() != null && java.util.Arrays.stream(request.getCookies())
			.anyMatch(cookie -> LARGE_TEXT.equals(cookie.getName()) && "1".equals(cookie.getValue()));
		view.addObject("largeText", large);
		view.addObject("currentPath", request.getRequestURI());
		view.addObject("chineseHref", inLanguage(request, "zh_CN"));
		view.addObject("englishHref", inLanguage(request, "en"));
	}

	/** Switches large text on or off and goes back to the page the reader came from (same site only). */
	@GetMapping("/text-size")
	String textSize(@RequestParam boolean large, @RequestParam(defaultValue = "/") String back,
			HttpServletResponse response) {
		Cookie cookie = new Cookie(LARGE_TEXT, large ? "1" : "0");
		cookie.setPath("/");
		cookie.setMaxAge(60 * 60 * 24 * 365);
		cookie.setHttpOnly(false); // a display preference that assets/reading.js reads on static pages; nothing secret
		cookie.setAttribute("SameSite", "Lax");
		response.addCookie(cookie);
		boolean local = back.startsWith("/") && !back.startsWith("//") && !back.contains("\\");
		return "redirect:" + (local ? back : "/");
	}

}
