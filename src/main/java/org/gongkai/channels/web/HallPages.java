package org.gongkai.channels.web;

import org.gongkai.identity.AgencyDirectory;
import org.gongkai.identity.AgencyInfo;
import org.gongkai.platform.DomainException;
import org.gongkai.platform.SiteIdentity;
import org.gongkai.publishing.PublishedDocument;
import org.gongkai.publishing.PublishedDocuments;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;

/**
 * The offline hall (线下政务大厅): a published document, or an agency's disclosure guide, in large type with no
 * navigation, for the hall's terminals and for printing on its notice boards, with the address of the online page.
 */
@Controller
@RequestMapping("/hall/{agency}")
class HallPages {

	static final String DOCUMENT = "hall/document";

	static final String GUIDE = "hall/guide";

	private final PublishedDocuments documents;

	private final AgencyDirectory agencies;

	private final SiteIdentity site;

	HallPages(PublishedDocuments documents, AgencyDirectory agencies, SiteIdentity site) {
		this.documents = documents;
		this.agencies = agencies;
		this.site = site;
	}

	@GetMapping("/documents/{id}")
	String document(@PathVariable String agency, @PathVariable long id, Model model) {
		AgencyInfo info = agency(agency);
		PublishedDocument document = documents.live(info)
			.stream()
			.filter(candidate -> candidate.id() == id)
			.findFirst()
			.orElseThrow(() -> DomainException.notFound("channels.hall.notFound"));
		model.addAttribute("document", document);
		online(model, site.baseUrl() + "/site/" + document.path());
		model.addAttribute("site", site);
		return DOCUMENT;
	}

	@GetMapping("/guide")
	String guide(@PathVariable String agency, Model model) {
		AgencyInfo info = agency(agency);
		model.addAttribute("agency", info);
		model.addAttribute("guide", documents.of(info)
			.guide()
			.orElseThrow(() -> DomainException.notFound("channels.hall.notFound")));
		online(model, site.baseUrl() + "/site/" + info.code() + "/guide/index.html");
		model.addAttribute("site", site);
		return GUIDE;
	}

	/** The online address, as text and as a QR code a visitor scans with a phone. */
	private static void online(Model model, String url) {
		model.addAttribute("onlineUrl", url);
		model.addAttribute("onlineQr", QrCode.svg(url));
	}

	private AgencyInfo agency(String code) {
		return agencies.findByCode(code).orElseThrow(() -> DomainException.notFound("channels.hall.notFound"));
	}

}
