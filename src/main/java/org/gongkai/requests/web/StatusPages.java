package org.gongkai.requests.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.gongkai.platform.DomainException;
import org.gongkai.requests.DocumentFile;
import org.gongkai.requests.OnlineClarification;
import org.gongkai.requests.PublicStatus;
import org.gongkai.requests.RepeatedRequests;
import org.gongkai.requests.RequestQueries;
import org.gongkai.requests.RequestTransparency;
import org.gongkai.requests.Upload;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

/**
 * The applicant's status page: with the tracking number and the query code (posted, never in a URL) it shows the
 * stage, the due date explained step by step with its calendar, the public history with the next step, and the
 * letters to download.
 */
@Controller
@RequestMapping("/requests/status")
class StatusPages {

	static final String VIEW = "portal/status";

	private final RequestQueries queries;

	private final RequestTransparency transparency;

	private final RepeatedRequests repeated;

	private final OnlineClarification clarification;

	StatusPages(RequestQueries queries, RequestTransparency transparency, RepeatedRequests repeated,
			OnlineClarification clarification) {
		this.queries = queries;
		this.transparency = transparency;
		this.repeated = repeated;
		this.clarification = clarification;
	}

	/** The form; {@code trackingNumber} filled in when given (the link on the page that confirms an application). */
	@GetMapping
	String form(@RequestParam(name = "trackingNumber", required = false) String trackingNumber, Model model) {
		model.addAttribute("trackingNumber", trackingNumber);
		return VIEW;
	}

	@PostMapping
	String show(@RequestParam String trackingNumber, @RequestParam String queryCode, Model model) {
		model.addAttribute("trackingNumber", trackingNumber);
		queries.publicStatus(trackingNumber, queryCode).ifPresentOrElse(status -> {
			model.addAttribute("status", status);
			model.addAttribute("queryCode", queryCode);
			model.addAttribute("letters", queries.publicDocuments(status));
			model.addAttribute("deadline", transparency.deadline(status));
			model.addAttribute("history", transparency.timeline(status));
			boolean suggested = repeated.suggested(status);
			model.addAttribute("publicationSuggested", suggested);
			model.addAttribute("publicationSuggestable", !suggested && RepeatedRequests.mayBeSuggested(status));
		}, () -> model.addAttribute("notFound", true));
		return VIEW;
	}

	/** The applicant sends the clarified content, and files if asked for, from the status page (OGI art. 30). */
	@PostMapping("/clarification")
	String clarify(@RequestParam String trackingNumber, @RequestParam String queryCode,
			@RequestParam(required = false) String content,
			@RequestParam(name = "files", required = false) List<MultipartFile> files, Model model) throws IOException {
		PublicStatus status = queries.publicStatus(trackingNumber, queryCode)
			.orElseThrow(() -> DomainException.notFound("requests.notFound", trackingNumber));
		List<Upload> uploads = new ArrayList<>();
		for (MultipartFile file : files == null ? List.<MultipartFile>of() : files) {
			if (!file.isEmpty()) {
				uploads.add(new Upload("files", file.getOriginalFilename(), file.getBytes()));
			}
		}
		try {
			clarification.clarify(status, content, uploads);
			model.addAttribute("clarified", true);
		}
		catch (DomainException e) {
			if (e.kind() != DomainException.Kind.INVALID) {
				throw e;
			}
			model.addAttribute("clarificationError", e.messageKey());
			model.addAttribute("clarificationErrorArguments", e.arguments());
			model.addAttribute("clarifiedText", content);
		}
		return show(trackingNumber, queryCode, model);
	}

	/** The applicant suggests that what they were given be published for everyone (OGI art. 44). */
	@PostMapping("/publication-suggestion")
	String suggestPublication(@RequestParam String trackingNumber, @RequestParam String queryCode, Model model) {
		PublicStatus status = queries.publicStatus(trackingNumber, queryCode)
			.orElseThrow(() -> DomainException.notFound("requests.notFound", trackingNumber));
		repeated.suggestPublication(status);
		return show(trackingNumber, queryCode, model);
	}

	@PostMapping("/documents/{document}")
	ResponseEntity<byte[]> download(@PathVariable long document, @RequestParam String trackingNumber,
			@RequestParam String queryCode) {
		PublicStatus status = queries.publicStatus(trackingNumber, queryCode).orElse(null);
		if (status == null) {
			return ResponseEntity.status(HttpStatus.NOT_FOUND).build();
		}
		DocumentFile file = queries.publicFile(status, document);
		return ResponseEntity.ok()
			.header(HttpHeaders.CONTENT_TYPE, file.contentType())
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename(file.fileName(), StandardCharsets.UTF_8).build().toString())
			.body(file.bytes());
	}

}
