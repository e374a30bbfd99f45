package org.gongkai.appeals;

/** What an officer can do to a case; {@link AppealTransitions} says when. */
public enum AppealAction {

	/** Record the decision of the reconsideration body or the court's judgment, once (OGI art. 51). */
	DECIDE,
	/** File a document of the case: the application, the decision, the judgment. */
	ADD_DOCUMENT

}
