package org.gongkai.portal.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.gongkai.identity.AgencyDirectory;
import org.gongkai.identity.AgencyInfo;
import org.gongkai.platform.DomainException;
import org.gongkai.publishing.Catalog;
import org.gongkai.publishing.CatalogColumn;
import org.gongkai.publishing.DocumentQueries;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/** The portal's home page over the agency tree, and one page per agency. */
@Controller
class PortalPages {

	static final String HOME = "portal/home";

	static final String AGENCY = "portal/agency";

	static final String SITEMAP = "portal/sitemap";

	private final AgencyDirectory agencies;

	private final Catalog catalog;

	private final DocumentQueries documents;

	PortalPages(AgencyDirectory agencies, Catalog catalog, DocumentQueries documents) {
		this.agencies = agencies;
		this.catalog = catalog;
		this.documents = documents;
	}

	@GetMapping("/")
	String home(Model model) {
		List<AgencyInfo> all = agencies.all();
		model.addAttribute("root", all.isEmpty() ? null : all.get(0));
		model.addAttribute("agencies", all.stream().skip(1).toList());
		model.addAttribute("frontDoor", all.isEmpty() ? List.of() : CatalogColumn.frontDoor(catalog.of(all.get(0).id())));
		model.addAttribute("latest", documents.latest(15));
		return HOME;
	}

	@GetMapping("/agencies/{code}")
	String agency(@PathVariable String code, Model model) {
		AgencyInfo agency = agencies.findByCode(code)
			.orElseThrow(() -> DomainException.notFound("identity.agency.notFound", code));
		model.addAttribute("agency", agency);
		List<CatalogColumn> columns = catalog.of(agency.id());
		model.addAttribute("columns", columns);
		model.addAttribute("frontDoor", CatalogColumn.frontDoor(columns));
		model.addAttribute("children", agencies.all()
			.stream()
			.filter(other -> code.equals(other.parentCode()))
			.toList());
		return AGENCY;
	}

	/** 网站地图: every agency of the tree with the columns of its catalog. */
	@GetMapping("/sitemap")
	String sitemap(Model model) {
		Map<AgencyInfo, List<CatalogColumn>> tree = new LinkedHashMap<>();
		agencies.all().forEach(agency -> tree.put(agency, catalog.of(agency.id())));
		model.addAttribute("tree", tree);
		return SITEMAP;
	}

}
