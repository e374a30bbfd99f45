package bench;

import java.util.List;

import org.gongkai.identity.AgencyAdministration;
import org.gongkai.identity.AgencyDirectory;
import org.gongkai.identity.AgencyInfo;
import org.gongkai.identity.AgencyLevel;
import org.gongkai.identity.NewAgency;
import org.gongkai.publishing.Catalog;
import org.gongkai.publishing.CatalogColumn;

import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The published corpus the site and portal benchmarks share: N published documents (one published version each,
 * varied titles, ~1.5 KB bodies) spread over 50 agencies {@code bench-1} … {@code bench-50} under the root agency and
 * over eight of each agency's columns, inserted with SQL (as they would be after review, without events).
 */
public final class PublishedCorpus {

	public static final int AGENCIES = 50;

	/** The columns the documents go into, in the order {@code g % 8} picks them. */
	public static final List<String> COLUMNS = List.of("news", "other-documents", "plans", "budgets", "procurement",
			"concerns", "enforcement", "personnel");

	private PublishedCorpus() {
	}

	/** Creates the agencies and their catalogs and inserts {@code documents} published documents over them. */
	public static void seed(ApplicationContext context, int documents) {
		JdbcClient jdbc = context.getBean(JdbcClient.class);
		AgencyAdministration administration = context.getBean(AgencyAdministration.class);
		AgencyDirectory directory = context.getBean(AgencyDirectory.class);
		Catalog catalog = context.getBean(Catalog.class);
		String root = directory.all().get(0).code();
		for (int a = 1; a <= AGENCIES; a++) {
			AgencyInfo agency = administration.ensureChild(root,
					new NewAgency("bench-" + a, "示例市第" + a + "局", root, null, AgencyLevel.BUREAU));
			catalog.ensureFor(agency.id());
			insertDocuments(jdbc, agency, catalog.of(agency.id()),
					documents / AGENCIES + (a <= documents % AGENCIES ? 1 : 0));
		}
	}

	private static void insertDocuments(JdbcClient jdbc, AgencyInfo agency, List<CatalogColumn> catalog, int count) {
		Long[] columns = catalog.stream().filter(c -> COLUMNS.contains(c.code())).map(CatalogColumn::id).toArray(Long[]::new);
		jdbc.sql("""
				insert into document (agency_id, column_id, status, title, body_html, publisher, formed_on, validity,
				                      index_number, author, reviewer, published_at, revision, created_at)
				select :agency, (:columns::bigint[])[1 + g % :columnCount], 'PUBLISHED',
				       :name || (array['关于','印发','转发','做好','开展','加强','推进','规范'])[1 + g % 8]
				             || (array['2024年','2025年','2026年','第一季度','第二季度','第三季度','第四季度'])[1 + g % 7]
				             || (array['政务公开','安全生产','优化营商环境','民生实事','预算执行','招生入学','就业创业','食品安全','城市更新','乡村振兴','应急管理','信访工作'])[1 + (g / 8) % 12]
				             || (array['工作的通知','实施方案','情况通报','工作要点','检查结果公告','意见','办法','工作总结'])[1 + (g / 96) % 8]
				             || '（' || g || '）',
				       repeat('<p>为深入贯彻落实《中华人民共和国政府信息公开条例》，进一步做好' ||
				              (array['政务公开','安全生产','优化营商环境','民生实事','预算执行','招生入学'])[1 + g % 6] ||
				              '工作，现将有关事项通知如下。各单位要提高认识，加强组织领导，明确责任分工，确保各项任务按期完成。</p>', 6),
				       :name, date '2020-01-01' + (g % 2500), 'VALID', :prefix || '/' || g, 'bench', 'bench',
				       timestamptz '2020-01-01 10:00+08' + (g % 2500) * interval '1 day' + g * interval '1 second', 1, now()
				from generate_series(1, :count) g""")
			.param("agency", agency.id().value())
			.param("columns", columns)
			.param("columnCount", columns.length)
			.param("name", agency.name())
			.param("prefix", agency.code())
			.param("count", count)
			.update();
		jdbc.sql("""
				insert into document_revision (document_id, revision, column_id, title, body_html, validity, reviewer,
				                               published_at)
				select id, 1, column_id, title, body_html, validity, reviewer, published_at
				from document where agency_id = :agency and author = 'bench'""")
			.param("agency", agency.id().value())
			.update();
	}

}
