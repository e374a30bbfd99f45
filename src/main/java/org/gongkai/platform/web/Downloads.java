package org.gongkai.platform.web;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import jakarta.servlet.http.HttpServletResponse;

import org.gongkai.platform.DomainException;
import org.gongkai.platform.Spreadsheet;

import org.springframework.context.MessageSource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;

/**
 * Sends a ledger's export (issue 19) straight into the response as it is written: XLSX, or CSV where the ledger
 * offers it. The headers are message keys, written in the reader's language.
 */
public final class Downloads {

	public static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

	private Downloads() {
	}

	/**
	 * Writes the export in {@code format} ({@code xlsx}, the default, or {@code csv} when {@code csvAllowed}) under
	 * the file name {@code baseName} with the format's extension.
	 */
	public static void send(HttpServletResponse response, String format, boolean csvAllowed, String baseName,
			MessageSource messages, Locale locale, List<String> headerKeys, Spreadsheet.Filler filler)
			throws IOException {
		boolean csv = "csv".equals(format);
		if (format != null && !format.equals("xlsx") && !(csv && csvAllowed)) {
			throw DomainException.invalid("format", "ledger.format.unknown", format);
		}
		List<String> headers = headerKeys.stream().map(key -> messages.getMessage(key, null, key, locale)).toList();
		String fileName = baseName + (csv ? ".csv" : ".xlsx");
		OutputStream out = new Deferred(response, csv ? "text/csv;charset=UTF-8" : XLSX, fileName);
		if (csv) {
			Spreadsheet.csv(out, headers, filler);
		}
		else {
			Spreadsheet.xlsx(out, baseName, headers, filler);
		}
		out.flush();
	}

	/**
	 * The response's body, opened (and its headers set) at the first byte: a query refused before any row was
	 * written (a sort key not on the whitelist) still answers with the error page, not a download.
	 */
	private static final class Deferred extends OutputStream {

		private final HttpServletResponse response;

		private final String contentType;

		private final String fileName;

		private OutputStream body;

		Deferred(HttpServletResponse response, String contentType, String fileName) {
			this.response = response;
			this.contentType = contentType;
			this.fileName = fileName;
		}

		private OutputStream body() throws IOException {
			if (body == null) {
				response.setContentType(contentType);
				response.setHeader(HttpHeaders.CONTENT_DISPOSITION,
						ContentDisposition.attachment().filename(fileName, StandardCharsets.UTF_8).build().toString());
				response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
				body = response.getOutputStream();
			}
			return body;
		}

		@Override
		public void write(int b) throws IOException {
			body().write(b);
		}

		@Override
		public void write(byte[] bytes, int offset, int length) throws IOException {
			body().write(bytes, offset, length);
		}

		@Override
		public void flush() throws IOException {
			body().flush();
		}

	}

	public static List<String> keys(String prefix, String... names) {
		return Arrays.stream(names).map(name -> prefix + name).toList();
	}

}
