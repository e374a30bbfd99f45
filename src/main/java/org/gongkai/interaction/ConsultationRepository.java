package org.gongkai.interaction;

import java.util.Optional;

import org.springframework.data.repository.ListCrudRepository;

interface ConsultationRepository extends ListCrudRepository<Consultation, Long> {

	Optional<Consultation> findByTrackingNumber(String trackingNumber);

}
