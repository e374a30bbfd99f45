package org.gongkai.platform.web;

import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.gongkai.platform.DomainException;
import tools.jackson.core.JsonParser;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.JacksonModule;
import tools.jackson.databind.deser.jdk.StringDeserializer;
import tools.jackson.databind.module.SimpleModule;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Refuses text with a NUL character, which PostgreSQL cannot store (issue 22: it was an HTTP 500, anonymously too):
 * a form or query parameter holding one is a 400 naming the parameter, before any controller runs; a JSON string
 * holding one is a 400 naming its field ({@link ApiProblems} maps the unreadable body).
 */
@Configuration(proxyBeanMethods = false)
class NulCharacters implements WebMvcConfigurer {

	private static final char NUL = '\u0000';

	@Override
	public void addInterceptors(InterceptorRegistry registry) {
		registry.addInterceptor(new HandlerInterceptor() {

			@Override
			public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
				for (Map.Entry<String, String[]> parameter : request.getParameterMap().entrySet()) {
					boolean nul = parameter.getKey().indexOf(NUL) >= 0;
					for (String value : parameter.getValue()) {
						nul |= value != null && value.indexOf(NUL) >= 0;
					}
					if (nul) {
						String field = parameter.getKey().replace(NUL, '?');
						throw DomainException.invalid(field, "validation.nul", field);
					}
				}
				return true;
			}

		});
	}

	@Bean
	JacksonModule nulRefusingStrings() {
		return new SimpleModule("nul-refusing-strings").addDeserializer(String.class, new NulRefusingStrings());
	}

	/** Jackson's own string reading, refusing a NUL character as a mismatched input at the field's path. */
	static final class NulRefusingStrings extends StringDeserializer {

		@Override
		public String deserialize(JsonParser parser, DeserializationContext context) {
			String value = super.deserialize(parser, context);
			if (value != null && value.indexOf(NUL) >= 0) {
				return context.reportInputMismatch(this, "a NUL character in a string");
			}
			return value;
		}

	}

}
