package org.gongkai.annualreport.web;

import java.nio.charset.StandardCharsets;

import org.gongkai.annualreport.AnnualReport;
import org.gongkai.annualreport.ReportFiles;
import org.gongkai.platform.DomainException;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/** A report as a download in the format its file extension names (pdf, docx, xlsx). */
final class ReportFileResponses {

	private ReportFileResponses() {
	}

	static ResponseEntity<byte[]> of(AnnualReport report, String format) {
		byte[] body;
		MediaType type;
		switch (format) {
			case "pdf" -> {
				body = ReportFiles.pdf(report);
				type = MediaType.APPLICATION_PDF;
			}
			case "docx" -> {
				body = ReportFiles.docx(report);
				type = MediaType
					.parseMediaType("application/vnd.openxmlformats-officedocument.wordprocessingml.document");
			}
			case "xlsx" -> {
				body = ReportFiles.xlsx(report);
				type = MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
			}
			default -> throw DomainException.notFound("annualreport.format.unknown", format);
		}
		return ResponseEntity.ok()
			.contentType(type)
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment()
						.filename(report.title() + "." + format, StandardCharsets.UTF_8)
						.build()
						.toString())
			.body(body);
	}

}
