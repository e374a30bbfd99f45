package archfixture;

/** Breaks the table-ownership rule on purpose: its SQL names tables that requests and identity create. */
class CrossModuleSql {

	static final String OVERDUE_WITH_AGENCY = """
			select r.id, a.name from disclosure_request r
			join agency a on a.id = r.agency_id where r.due_on < :today""";

	/** Not SQL, and a comment saying "from agency" is not either: neither counts. */
	static final String MESSAGE = "a question from the public";

}
