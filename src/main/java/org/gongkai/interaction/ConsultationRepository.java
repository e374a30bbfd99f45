package org.gongkai.interaction;

import org.springframework.data.repository.ListCrudRepository;

interface ConsultationRepository extends ListCrudRepository<Consultation, Long> {

}
