package org.gongkai.demo;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;

import org.gongkai.assistant.ServiceItem;
import org.gongkai.assistant.ServiceItems;
import org.gongkai.identity.AgencyDirectory;
import org.gongkai.identity.AgencyInfo;
import org.gongkai.identity.Role;
import org.gongkai.identity.Staff;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.ObjectMapper;

import org.springframework.stereotype.Component;

/**
 * The demo's service items (办事指南): 33 items of 示例区's departments — 居住证, 户口, 社保, 医保, 公积金, 营业执照,
 * 不动产登记, 低保, 养老, 残疾人, 生育登记, 入学 — from {@code assistant/demo-service-items.json}, which
 * bench/assistant evaluates the assistant on too. Imported as the platform ({@code system}) through the same import
 * an agency's service system uses.
 */
@Component
class DemoServiceItems {

	static final String RESOURCE = "/assistant/demo-service-items.json";

	private final ServiceItems items;

	private final AgencyDirectory agencies;

	private final ObjectMapper json;

	DemoServiceItems(ServiceItems items, AgencyDirectory agencies, ObjectMapper json) {
		this.items = items;
		this.agencies = agencies;
		this.json = json;
	}

	void seed() {
		AgencyInfo district = agencies.findByCode(DemoData.DISTRICT).orElseThrow();
		Staff system = new Staff(0, "system", district.id(), district.code(), district.path(), EnumSet.of(Role.ADMIN));
		try (InputStream in = DemoServiceItems.class.getResourceAsStream(RESOURCE)) {
			Map<String, List<ServiceItem>> byAgency = json.readValue(in, new TypeReference<>() {
			});
			byAgency.forEach((agency, list) -> items.importItems(system, agency, list));
		}
		catch (IOException e) {
			throw new UncheckedIOException("cannot read " + RESOURCE, e);
		}
	}

}
