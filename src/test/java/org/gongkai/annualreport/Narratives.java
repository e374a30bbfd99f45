package org.gongkai.annualreport;

/** Narratives as a staff member leaves them before publishing: every fill-in prompt of the template written. */
final class Narratives {

	private Narratives() {
	}

	/** The narrative with each prompt of {@link NarrativeTemplate} replaced by a sentence without figures. */
	static Narrative completed(Narrative narrative) {
		return narrative.map(text -> NarrativeTemplate.PROMPT.matcher(text).replaceAll("已按年度工作要点完成相关工作"));
	}

}
