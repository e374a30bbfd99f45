package org.gongkai.platform.web;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.gongkai.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.logging.logback.StructuredLogEncoder;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Every request has an id: the caller's {@code X-Request-Id} when it is a plain token, else a new one. */
@IntegrationTest
@ExtendWith(OutputCaptureExtension.class)
class RequestIdsTests {

	private static final String UUID = "[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}";

	@Autowired
	MockMvc mvc;

	@Autowired
	RequestIds requestIds;

	@Test
	void theCallersIdIsEchoed() throws Exception {
		mvc.perform(get("/").header("X-Request-Id", "nginx-7f3c2a9e01b4.42"))
			.andExpect(header().string("X-Request-Id", "nginx-7f3c2a9e01b4.42"));
	}

	@Test
	void anIdIsMadeWhenTheRequestHasNone() throws Exception {
		String first = mvc.perform(get("/"))
			.andExpect(header().string("X-Request-Id", matchesPattern(UUID)))
			.andReturn()
			.getResponse()
			.getHeader("X-Request-Id");
		mvc.perform(get("/")).andExpect(header().string("X-Request-Id", not(first)));
	}

	@Test
	void refusedRequestsHaveAnIdToo() throws Exception {
		mvc.perform(get("/actuator/prometheus").header("X-Request-Id", "scrape-1"))
			.andExpect(status().isUnauthorized())
			.andExpect(header().string("X-Request-Id", "scrape-1"));
	}

	@ParameterizedTest
	@ValueSource(strings = { "", " ", "two words", "line\r\nX-Forged: 1", "id\" injected=\"yes", "<script>",
			"-starts-with-a-dash", "日志", "a0123456789012345678901234567890123456789012345678901234567890123" })
	void aMalformedIdIsReplacedNotEchoed(String presented) throws Exception {
		mvc.perform(get("/").header("X-Request-Id", presented))
			.andExpect(header().string("X-Request-Id", matchesPattern(UUID)));
	}

	@Test
	void theIdIsInTheMdcWhileTheRequestIsServedAndItsLogLinesCarryIt(CapturedOutput output) throws Exception {
		List<String> seen = new ArrayList<>();
		HttpServlet servlet = new HttpServlet() {
			@Override
			protected void service(HttpServletRequest request, HttpServletResponse response) {
				seen.add(MDC.get("requestId"));
				LoggerFactory.getLogger(RequestIdsTests.class).info("serving the request");
			}
		};
		MockHttpServletRequest request = new MockHttpServletRequest("GET", "/");
		request.addHeader("X-Request-Id", "trace-0042");
		MockHttpServletResponse response = new MockHttpServletResponse();
		requestIds.doFilter(request, response, new MockFilterChain(servlet));
		assertThat(seen).containsExactly("trace-0042");
		assertThat(response.getHeader("X-Request-Id")).isEqualTo("trace-0042");
		assertThat(MDC.get("requestId")).as("cleared after the request").isNull();
		assertThat(output).containsPattern("\\[trace-0042\\] .*RequestIdsTests .*serving the request");
	}

	@ParameterizedTest
	@ValueSource(strings = { "ecs", "logstash" })
	void structuredLogLinesHaveTheIdAsAField(String format) throws Exception {
		Logger logger = (Logger) LoggerFactory.getLogger(RequestIdsTests.class);
		ListAppender<ILoggingEvent> events = new ListAppender<>();
		events.start();
		logger.addAppender(events);
		try {
			HttpServlet servlet = new HttpServlet() {
				@Override
				protected void service(HttpServletRequest request, HttpServletResponse response) {
					logger.info("serving the request");
				}
			};
			MockHttpServletRequest request = new MockHttpServletRequest("GET", "/");
			request.addHeader("X-Request-Id", "trace-0043");
			requestIds.doFilter(request, new MockHttpServletResponse(), new MockFilterChain(servlet));
		}
		finally {
			logger.detachAppender(events);
		}
		StructuredLogEncoder encoder = new StructuredLogEncoder();
		encoder.setContext(logger.getLoggerContext());
		encoder.setFormat(format);
		encoder.start();
		assertThat(events.list).hasSize(1);
		String line = new String(encoder.encode(events.list.get(0)), StandardCharsets.UTF_8);
		assertThat(line).startsWith("{").contains("\"requestId\":\"trace-0043\"", "serving the request");
	}

	@Test
	void anAsyncDispatchKeepsTheIdOfItsRequest() throws Exception {
		List<String> seen = new ArrayList<>();
		HttpServlet servlet = new HttpServlet() {
			@Override
			protected void service(HttpServletRequest request, HttpServletResponse response) {
				seen.add(MDC.get("requestId"));
			}
		};
		MockHttpServletRequest request = new MockHttpServletRequest("GET", "/assistant/ask");
		requestIds.doFilter(request, new MockHttpServletResponse(), new MockFilterChain(servlet));
		request.setDispatcherType(jakarta.servlet.DispatcherType.ASYNC);
		requestIds.doFilter(request, new MockHttpServletResponse(), new MockFilterChain(servlet));
		assertThat(seen).hasSize(2).doesNotContainNull();
		assertThat(seen.get(1)).isEqualTo(seen.get(0));
	}

	@Test
	void acceptsPlainTokensOnly() {
		assertThat(RequestIds.accepted("abc_DEF-1.2:3")).isEqualTo("abc_DEF-1.2:3");
		assertThat(RequestIds.accepted("x".repeat(RequestIds.MAX_LENGTH))).hasSize(RequestIds.MAX_LENGTH);
		assertThat(RequestIds.accepted("x".repeat(RequestIds.MAX_LENGTH + 1))).matches(UUID);
		assertThat(RequestIds.accepted(null)).matches(UUID);
	}

}
