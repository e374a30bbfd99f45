package org.gongkai.requests;

import java.util.Optional;

import org.springframework.data.repository.ListCrudRepository;

interface DisclosureRequestRepository extends ListCrudRepository<DisclosureRequest, Long> {

	Optional<DisclosureRequest> findByTrackingNumber(String trackingNumber);

}
