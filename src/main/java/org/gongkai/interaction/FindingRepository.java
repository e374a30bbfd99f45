package org.gongkai.interaction;

import java.util.Collection;
import java.util.List;

import org.springframework.data.repository.ListCrudRepository;

interface FindingRepository extends ListCrudRepository<Finding, Long> {

	List<Finding> findByAgencyIdInOrderByDeadline(Collection<Long> agencyIds);

}
