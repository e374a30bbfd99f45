package org.gongkai;

import java.lang.reflect.Method;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.core.type.filter.AnnotationTypeFilter;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;

import static org.assertj.core.api.Assertions.assertThat;

/** docs/api.md lists every call under /api/v1 that the controllers map, and no call they do not. */
class ApiDocsTests {

	private static final Pattern DOCUMENTED = Pattern.compile("`(GET|POST|PUT|PATCH|DELETE) (/api/v1/[^`?\\s]*)");

	@Test
	void theApiPageListsExactlyTheMappedCalls() throws Exception {
		String page = Files.readString(Path.of("docs/api.md"));
		Set<String> documented = new TreeSet<>();
		Matcher call = DOCUMENTED.matcher(page);
		while (call.find()) {
			documented.add(call.group(1) + " " + call.group(2));
		}
		assertThat(documented).isEqualTo(mapped());
	}

	/** Every method and path under /api/v1 of the application's controllers. */
	private static Set<String> mapped() throws ClassNotFoundException {
		ClassPathScanningCandidateComponentProvider scanner = new ClassPathScanningCandidateComponentProvider(false);
		scanner.addIncludeFilter(new AnnotationTypeFilter(Controller.class));
		Set<String> calls = new TreeSet<>();
		for (BeanDefinition bean : scanner.findCandidateComponents("org.gongkai")) {
			Class<?> type = Class.forName(bean.getBeanClassName());
			List<String> bases = paths(AnnotatedElementUtils.findMergedAnnotation(type, RequestMapping.class));
			for (Method method : type.getDeclaredMethods()) {
				RequestMapping mapping = AnnotatedElementUtils.findMergedAnnotation(method, RequestMapping.class);
				if (mapping == null) {
					continue;
				}
				for (String base : bases) {
					for (String path : paths(mapping)) {
						if ((base + path).startsWith("/api/v1/")) {
							for (var verb : mapping.method()) {
								calls.add(verb.name() + " " + base + path);
							}
						}
					}
				}
			}
		}
		return calls;
	}

	private static List<String> paths(RequestMapping mapping) {
		List<String> paths = new ArrayList<>();
		if (mapping != null) {
			paths.addAll(List.of(mapping.path()));
		}
		return paths.isEmpty() ? List.of("") : paths;
	}

}
