package org.gongkai.identity;

import java.util.Optional;

import org.springframework.data.repository.ListCrudRepository;

interface StaffUserRepository extends ListCrudRepository<StaffUser, Long> {

	Optional<StaffUser> findByUsername(String username);

	boolean existsByUsername(String username);

}
