package kz.qashyq.directory;

import kz.qashyq.directory.internal.PostalAddresses;
import kz.qashyq.platform.security.Grant;
import kz.qashyq.platform.security.Role;
import kz.qashyq.platform.security.ScopeRef;
import kz.qashyq.support.DirectoryTestData;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@SpringBootTest
class PostalAddressesTests {

	@Autowired
	PostalAddresses addresses;

	@Autowired
	JdbcClient jdbc;

	long school;

	long learner;

	long branch;

	long farBranch;

	@BeforeEach
	void createALearnerAndBranches() {
		DirectoryTestData data = new DirectoryTestData(this.jdbc);
		long settlement = data.settlement(9, "Postal " + System.nanoTime());
		this.school = data.organization(settlement, "SECONDARY_SCHOOL", "S");
		this.learner = data.learner(this.school, data.schoolClass(this.school, 4, "A"), "Tulegenov", "Erlan");
		String code = String.valueOf(600_000 + (System.nanoTime() % 300_000));
		this.branch = this.jdbc.sql(
				"insert into kazpost_branch (postcode, settlement_id, address) values (?, ?, 'Main st 1') returning id")
			.params(code, settlement)
			.query(Long.class)
			.single();
		long elsewhere = data.settlement(9, "Far " + System.nanoTime());
		this.farBranch = this.jdbc
			.sql("insert into kazpost_branch (postcode, settlement_id, address) values (?, ?, 'Far st 2') returning id")
			.params(String.valueOf(Long.parseLong(code) + 1), elsewhere)
			.query(Long.class)
			.single();
	}

	@AfterEach
	void signOut() {
		DirectoryTestData.signOut();
	}

	@Test
	@DisplayName("A1-8.3a staff set the postal address and choose the Kazpost branch of the learner's district")
	void shouldSaveTheAddressAndTheBranch() {
		DirectoryTestData.signIn(null, new Grant(Role.DEPUTY_HEAD, ScopeRef.organization(this.school)));
		assertThat(this.addresses.branchesNear(this.learner)).extracting(PostalAddresses.Branch::id)
			.containsExactly(this.branch);
		assertThat(this.addresses.update(this.learner, " Abai ave 10, flat 5 ", this.branch)).isEmpty();
		assertThat(this.jdbc.sql("select postal_address || '|' || kazpost_branch_id from person where id = ?")
			.param(this.learner)
			.query(String.class)
			.single()).isEqualTo("Abai ave 10, flat 5|" + this.branch);
		assertThat(this.addresses.update(this.learner, "Abai ave 10", this.farBranch))
			.containsExactly("postal.error.branch");
		assertThat(this.addresses.update(this.learner, "  ", null)).containsExactly("postal.error.address");
		assertThat(this.jdbc
			.sql("select count(*) from audit_log where object_type = 'LEARNER' and action = 'UPDATE' and object_id = ?")
			.param(String.valueOf(this.learner))
			.query(Integer.class)
			.single()).isEqualTo(1);
	}

	@Test
	@DisplayName("A1-8.3a teachers, parents and observers cannot change a learner's address")
	void shouldRefuseOthers() {
		DirectoryTestData.signIn(null, new Grant(Role.QA_OBSERVER, ScopeRef.organization(this.school)));
		assertThatThrownBy(() -> this.addresses.update(this.learner, "X", null))
			.isInstanceOf(AccessDeniedException.class);
		// without the permission over the learner the answer is the one for a learner
		// that
		// does not exist (ADR 0004); a read-only observer is refused before any look-up
		DirectoryTestData.signIn(null, new Grant(Role.PARENT, ScopeRef.learner(this.learner)));
		assertThatThrownBy(() -> this.addresses.update(this.learner, "X", null))
			.isInstanceOf(kz.qashyq.platform.web.NotFoundException.class);
		// another school's head: the learner is out of scope, answered like one that does
		// not exist
		DirectoryTestData.signIn(null, new Grant(Role.ORGANIZATION_HEAD, ScopeRef.organization(this.school + 1000000)));
		assertThatThrownBy(() -> this.addresses.update(this.learner, "X", null))
			.isInstanceOf(kz.qashyq.platform.web.NotFoundException.class);
	}

}
