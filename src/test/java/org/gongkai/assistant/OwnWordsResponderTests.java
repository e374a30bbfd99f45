package org.gongkai.assistant;

import java.util.List;
import java.util.Set;

import org.gongkai.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 15, round 12, with the model: a 退役军人事务局 asked about another department's matter in its own words sends
 * the question where it belongs, and still answers its own.
 */
@IntegrationTest
class OwnWordsResponderTests {

	private static final String PATH = "/d/veterans/";

	private static final List<String[]> ITEMS = List.of(
			new String[] { "TY-YD01", "退役军人优待证申领", "退役军人、其他优抚对象申领优待证，凭证享受交通、文化和旅游等优待。" },
			new String[] { "TY-BF01", "困难退役军人帮扶援助", "对生活困难的退役军人给予临时帮扶援助，解决基本生活、医疗、住房等方面的突出困难。" },
			new String[] { "TY-JY01", "退役军人就业创业扶持", "退役军人参加就业招聘、创业培训，申请创业担保贷款贴息。" },
			new String[] { "TY-AZ01", "退役士兵接收安置", "退役士兵持退役证件到安置地报到，办理接收安置手续。" },
			new String[] { "TY-AZ02", "自主就业退役士兵一次性经济补助", "自主就业的退役士兵申领一次性经济补助金。" },
			new String[] { "TY-JY02", "退役军人学历教育资助", "退役军人参加学历教育，按规定给予学费资助。" },
			new String[] { "TY-FX01", "伤残等级评定", "因战、因公、因病致残的退役军人申请评定残疾等级。" },
			new String[] { "TY-FX10", "烈士褒扬金发放", "烈士遗属领取烈士褒扬金。" });

	@Autowired
	Embedder embedder;

	@Test
	void aMatterOfAnotherDepartmentWrappedInTheAgencysOwnWordsIsSentWhereItBelongs() {
		Responder responder = responder();
		Triage.Decision allowance = responder.respond(PATH, "/d/", "退役军人家庭生活困难，想申请低保");
		assertThat(allowance.kind()).isEqualTo(Triage.Kind.DECLINE);
		assertThat(allowance.belongs()).isNotNull();
		assertThat(allowance.belongs().department()).isEqualTo("民政部门");
		// the agency's own matter, in the same words, is its own
		Triage.Decision card = responder.respond(PATH, "/d/", "退役军人优待证怎么申领");
		assertThat(card.kind()).isEqualTo(Triage.Kind.ANSWER);
		assertThat(card.candidates().get(0).best().ref()).isEqualTo("TY-YD01");
	}

	private Responder responder() {
		KnowledgeIndex index = KnowledgeIndex.inMemory();
		for (String[] item : ITEMS) {
			ServiceItem guide = new ServiceItem(item[0], item[1], "示例区退役军人事务局", "《退役军人保障法》", item[2],
					List.of("居民身份证", "退役证件"), "申请、受理、审核、办结", "20个工作日", "不收费", "区退役军人服务中心",
					"工作日", "000-88301000", List.of());
			List<Chunk> chunks = Chunking.of(new ServiceGuide("veterans", "veterans", PATH, guide, true, null));
			index.replace(chunks.get(0).sourceKey(), chunks, embedder.passages(chunks.stream().map(Chunk::searchable).toList()));
		}
		Set<String> kinds = Set.of("民政部门", "退役军人事务部门", "教育部门", "医疗保障部门");
		Remits remits = new Remits(Remits.shipped().stream().filter(row -> kinds.contains(row[0])).toList(),
				embedder::passages);
		Terms terms = new Terms(Terms.shipped());
		Wording wording = new Wording(terms, new Vocabulary(index.all(), terms.words(), index::words));
		Threshold threshold = new AssistantSettings(null, null, null, null, null, null, null).threshold();
		return new Responder(new Retrieval(index, embedder), index, () -> wording, () -> remits,
				Triage.defaults(threshold));
	}

}
