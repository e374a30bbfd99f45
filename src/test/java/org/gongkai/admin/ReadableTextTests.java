package org.gongkai.admin;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import jakarta.servlet.http.Cookie;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.gongkai.IntegrationTest;
import org.gongkai.assistant.Handoffs;
import org.gongkai.identity.StaffFixtures;
import org.jsoup.Jsoup;
import tools.jackson.databind.ObjectMapper;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * What a person reads (issue 18 part 7): each demo role's back-office pages, walked from the dashboard two links
 * deep, in Chinese and in English, show names and labels, never the constant of a domain enum (IN_PERSON, DRAFT,
 * PARTIAL), a raw action code (REQUEST_REPLY) or an internal detail (workingDays=20); and lists, ledgers,
 * dashboards and exports show a mobile number masked (138****5678), never whole.
 */
@IntegrationTest
class ReadableTextTests {

	/** The demo's staff, one of each role (the system and security administrators and the auditor of 三员分立). */
	private static final List<String> ROLES = List.of("editor", "reviewer", "officer", "leader", "supervisor",
			"admin", "secadmin", "auditor", "finance-editor");

	/**
	 * Constants that are also ordinary words or abbreviations a page may print as such: file formats, protocols and
	 * units; they are the names of formats and channels, which users read as they are.
	 */
	static final Set<String> ORDINARY = Set.of("PDF", "XLSX", "DOCX", "JSON", "HTML", "HTTP", "HTTPS", "SMTP", "CSV",
			"API", "RSS", "OFD", "JPEG", "PNG", "WEBP", "TIFF");

	/** An HTTP call quoted for the integrators ("POST /api/v1/…"): its verb is not a delivery method's constant. */
	private static final Pattern HTTP_CALL = Pattern.compile("\\b(GET|POST|PUT|DELETE) /api\\S*");

	/** The walks' starting points besides the dashboard: the pages issue 18 names, so that none is left out. */
	private static final List<String> SEEDS = List.of("/admin", "/admin/requests", "/admin/documents",
			"/admin/audit", "/admin/annual-reports", "/admin/annual-reports/2025", "/admin/interaction/consultations",
			"/admin/interaction/proposals", "/admin/interaction/findings", "/admin/assistant", "/admin/jobs",
			"/admin/freshness", "/admin/normative-documents", "/admin/publication-candidates", "/admin/appeals");

	private static final Pattern CODE = Pattern.compile("(?<![A-Za-z0-9_])[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)+(?![A-Za-z0-9_])");

	private static final Pattern DETAIL = Pattern.compile("\\b[a-z]+[A-Z][A-Za-z]*=\\S+");

	/** A mobile number masked: 138****5678, or 138*****678 as the applicant's data is sealed and shown. */
	private static final Pattern MASKED = Pattern.compile("1[3-9]\\d\\*{4,5}\\d{3,4}");

	private static final Pattern MOBILE = Pattern.compile("(?<!\\d)1[3-9]\\d{9}(?!\\d)");

	@Autowired
	MockMvc mvc;

	@Autowired
	ApplicationContext context;

	@Autowired
	ObjectMapper json;

	@Test
	void noPageShowsAnEnumConstantARawCodeOrAnInternalDetail() throws Exception {
		Set<String> constants = constants();
		assertThat(constants).contains("IN_PERSON", "DRAFT", "SUPERVISOR", "REVIEWER");
		Map<String, Set<String>> found = new LinkedHashMap<>();
		Set<String> visited = new TreeSet<>();
		List<String> readers = new java.util.ArrayList<>(ROLES);
		readers.add(null);
		for (String role : readers) {
			for (String lang : List.of("zh", "en")) {
				for (Map.Entry<String, Document> page : crawl(role, lang).entrySet()) {
					visited.add(page.getKey().replaceAll("/\\d+(?=/|$|\\?)", "/{id}"));
					Document document = page.getValue();
					document.select(".audit-record").remove();
					String text = HTTP_CALL.matcher(document.body().text()).replaceAll("");
					Set<String> hits = new TreeSet<>();
					Matcher words = Pattern.compile("(?<![A-Za-z0-9_])[A-Z][A-Z0-9_]{3,}(?![A-Za-z0-9_])").matcher(text);
					while (words.find()) {
						if (constants.contains(words.group())) {
							hits.add(words.group());
						}
					}
					Matcher codes = CODE.matcher(text);
					while (codes.find()) {
						hits.add(codes.group());
					}
					Matcher details = DETAIL.matcher(text);
					while (details.find()) {
						hits.add(details.group());
					}
					if (!hits.isEmpty()) {
						found.computeIfAbsent(role + " " + lang + " " + page.getKey(), k -> new TreeSet<>()).addAll(hits);
					}
				}
			}
		}
		assertThat(visited).as("the walks reach the pages issue 18 names").contains("/admin/requests/{id}",
				"/admin/documents/{id}", "/admin/audit", "/admin/annual-reports/{id}", "/admin/annual-reports",
				"/admin/interaction/consultations/{id}", "/");
		found.forEach((page, hits) -> System.out.println("READABLE " + page + " " + hits));
		assertThat(found).as("constants, codes and internal details on pages").isEmpty();
	}

	/**
	 * A person asks the assistant with their number in the question and is handed over; the demo's consultations
	 * and applications carry numbers too. Every page and export of every role shows them masked, except the
	 * hand-over on the assistant page of the bureau's officer and leader, who call the person back (the hand-over is
	 * their case), and a document's text under review, where the confidentiality check shows what it found.
	 */
	@Test
	void listsLedgersDashboardsAndExportsShowNoWholeMobileNumber() throws Exception {
		String answer = mvc.perform(post("/api/v1/assistant/ask").contentType(MediaType.APPLICATION_JSON)
			.content("{\"agency\": \"demo-bureau\", \"question\": \"我的电话13912345678，低保怎么申请\", \"conversationId\": \"\"}"))
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		String conversation = json.readTree(answer).get("conversationId").asString();
		context.getBean(Handoffs.class).handOver("demo-bureau", conversation, "赵先生", "13912345678");
		Map<String, Set<String>> found = new LinkedHashMap<>();
		Set<String> masked = new TreeSet<>();
		for (String role : ROLES) {
			for (Map.Entry<String, Document> page : crawl(role, "zh").entrySet()) {
				if (page.getKey().startsWith("/admin/documents/")) {
					continue;
				}
				if (page.getKey().startsWith("/admin/assistant") && (role.equals("officer") || role.equals("leader"))) {
					continue;
				}
				if (MASKED.matcher(page.getValue().body().text()).find()) {
					masked.add(page.getKey().replaceAll("/\\d+", "/{id}"));
				}
				Set<String> numbers = mobiles(page.getValue().body().text());
				if (!numbers.isEmpty()) {
					found.put(role + " " + page.getKey(), numbers);
				}
			}
			for (String export : List.of("/admin/requests/export?format=csv", "/admin/requests/export?format=xlsx",
					"/admin/audit/export?format=csv", "/admin/audit/export?format=xlsx",
					"/admin/interaction/consultations/export?format=xlsx")) {
				MockHttpServletResponse response = mvc
					.perform(get(export).with(user(StaffFixtures.principal(context, role))))
					.andReturn()
					.getResponse();
				if (response.getStatus() != 200) {
					continue;
				}
				String text = export.endsWith("xlsx") ? cells(response.getContentAsByteArray())
						: new String(response.getContentAsByteArray(), StandardCharsets.UTF_8);
				Set<String> numbers = mobiles(text);
				if (!numbers.isEmpty()) {
					found.put(role + " " + export, numbers);
				}
			}
		}
		assertThat(masked).as("the walk reaches the pages that show a number, masked")
			.contains("/admin/requests/{id}", "/admin/interaction/consultations/{id}", "/admin/assistant");
		assertThat(found).as("whole mobile numbers").isEmpty();
	}

	private static Set<String> mobiles(String text) {
		Set<String> numbers = new TreeSet<>();
		Matcher matcher = MOBILE.matcher(text);
		while (matcher.find()) {
			numbers.add(matcher.group());
		}
		return numbers;
	}

	private static String cells(byte[] xlsx) throws Exception {
		StringBuilder text = new StringBuilder();
		try (Workbook workbook = WorkbookFactory.create(new ByteArrayInputStream(xlsx))) {
			for (Sheet sheet : workbook) {
				for (Row row : sheet) {
					for (Cell cell : row) {
						text.append(cell.toString()).append(' ');
					}
				}
			}
		}
		return text.toString();
	}

	/**
	 * The back-office pages of a staff member, from the dashboard and the pages issue 18 names two links deep, or
	 * with {@code username} null the portal's from its front page, as read in a language.
	 */
	private Map<String, Document> crawl(String username, String lang) throws Exception {
		Map<String, Document> pages = new LinkedHashMap<>();
		Deque<String[]> queue = new ArrayDeque<>();
		Set<String> seen = new LinkedHashSet<>();
		for (String seed : username == null ? List.of("/") : SEEDS) {
			queue.add(new String[] { seed, "0" });
			seen.add(seed);
		}
		String prefix = username == null ? "/" : "/admin";
		while (!queue.isEmpty() && pages.size() < 160) {
			String[] next = queue.poll();
			var request = get(next[0]).cookie(new Cookie("gongkai-lang", lang));
			if (username != null) {
				request = request.with(user(StaffFixtures.principal(context, username)));
			}
			MockHttpServletResponse response = mvc.perform(request).andReturn().getResponse();
			if (response.getStatus() != 200 || response.getContentType() == null
					|| !response.getContentType().startsWith("text/html")) {
				continue;
			}
			Document document = Jsoup.parse(response.getContentAsString(StandardCharsets.UTF_8));
			pages.put(next[0], document);
			int depth = Integer.parseInt(next[1]);
			if (depth >= 2) {
				continue;
			}
			for (Element link : document.select("a[href^=" + prefix + "]")) {
				String href = link.attr("href").replaceAll("#.*", "");
				if (username == null && (href.startsWith("/admin") || href.startsWith("//"))) {
					continue;
				}
				if (skipped(href) || !seen.add(href)) {
					continue;
				}
				queue.add(new String[] { href, String.valueOf(depth + 1) });
			}
		}
		return pages;
	}

	private static boolean skipped(String href) {
		return href.contains("/export") || href.contains("logout") || href.contains("lang=")
				|| href.matches(".*\\.(xlsx|csv|pdf|docx|json|zip)(\\?.*)?$") || href.contains("/download")
				|| href.contains("/files/") || href.contains("page=");
	}

	/** The constants of the domain enums: at least four characters, all capitals, digits and underscores. */
	static Set<String> constants() {
		return new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
			.importPackages("org.gongkai")
			.stream()
			.filter(c -> c.isEnum())
			.flatMap(c -> Arrays.stream(c.reflect().getEnumConstants()))
			.map(constant -> ((Enum<?>) constant).name())
			.filter(name -> name.length() >= 4 && name.matches("[A-Z][A-Z0-9_]*"))
			.filter(name -> !ORDINARY.contains(name))
			.collect(Collectors.toCollection(TreeSet::new));
	}


}
