package org.gongkai.publishing;

/** 公开方式 in a document's index data: published on the agency's initiative, or after an application (OGI art. 44). */
public enum DisclosureMethod {

	/** 主动公开 (OGI art. 19–20). */
	PROACTIVE("主动公开"),
	/** 依申请公开, then made public because it is asked for often (OGI art. 44). */
	ON_APPLICATION("依申请公开");

	private final String label;

	DisclosureMethod(String label) {
		this.label = label;
	}

	public String label() {
		return label;
	}

}
