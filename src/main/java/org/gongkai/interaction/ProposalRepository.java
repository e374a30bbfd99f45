package org.gongkai.interaction;

import java.util.Collection;
import java.util.List;

import org.springframework.data.repository.ListCrudRepository;

interface ProposalRepository extends ListCrudRepository<Proposal, Long> {

	List<Proposal> findByAgencyIdInOrderByDueOn(Collection<Long> agencyIds);

}
