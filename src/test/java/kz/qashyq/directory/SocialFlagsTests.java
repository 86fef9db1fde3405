package kz.qashyq.directory;

import java.time.LocalDate;

import kz.qashyq.directory.internal.SocialFlags;
import kz.qashyq.directory.internal.SocialFlags.NewFlag;
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
class SocialFlagsTests {

	@Autowired
	SocialFlags flags;

	@Autowired
	JdbcClient jdbc;

	long school;

	long group;

	long learner;

	@BeforeEach
	void createALearner() {
		DirectoryTestData data = new DirectoryTestData(this.jdbc);
		this.school = data.organization(data.settlement(9, "Flags " + System.nanoTime()), "SECONDARY_SCHOOL", "S");
		this.group = data.schoolClass(this.school, 6, "A");
		this.learner = data.learner(this.school, this.group, "Serikov", "Alan");
	}

	@AfterEach
	void signOut() {
		DirectoryTestData.signOut();
	}

	@Test
	@DisplayName("O-1.28a a social pedagogue sets and clears a flag; the history keeps who and when")
	void shouldSetAndClearWithHistory() {
		DirectoryTestData.signIn(null, new Grant(Role.SOCIAL_PEDAGOGUE, ScopeRef.organization(this.school)));
		assertThat(this.flags.set(this.learner, new NewFlag("LARGE_FAMILY", null, null, null, null))).isEmpty();
		long id = this.jdbc.sql("select id from social_flag where learner_id = ?")
			.param(this.learner)
			.query(Long.class)
			.single();
		this.flags.clear(this.learner, id);
		assertThat(this.jdbc
			.sql("select cleared_by is not null and cleared_at is not null and set_by is not null "
					+ "from social_flag where id = ?")
			.param(id)
			.query(Boolean.class)
			.single()).isTrue();
		assertThat(this.jdbc.sql("select count(*) from audit_log where object_type = 'SOCIAL_FLAG' and object_id = ?")
			.param(String.valueOf(id))
			.query(Integer.class)
			.single()).isEqualTo(2);
	}

	@Test
	@DisplayName("O-1.16a orphan and targeted-assistance flags need the document and its date")
	void shouldRequireTheDocument() {
		DirectoryTestData.signIn(null, new Grant(Role.ORGANIZATION_HEAD, ScopeRef.organization(this.school)));
		assertThat(this.flags.set(this.learner, new NewFlag("ORPHAN", " ", null, null, null)))
			.containsExactly("social.error.document");
		assertThat(
				this.flags.set(this.learner,
						new NewFlag("TARGETED_SOCIAL_ASSISTANCE", "Decision 15", LocalDate.of(2020, 3, 1),
								LocalDate.of(2020, 4, 1), LocalDate.of(2020, 3, 1))))
			.containsExactly("social.error.dates");
		assertThat(this.flags.set(this.learner, new NewFlag("SOMETHING", null, null, null, null)))
			.containsExactly("social.error.flag");
		assertThat(this.flags.set(this.learner, new NewFlag("TARGETED_SOCIAL_ASSISTANCE", "Decision 15",
				LocalDate.of(2020, 3, 1), LocalDate.of(2020, 3, 1), LocalDate.of(2020, 12, 31))))
			.isEmpty();
		assertThat(this.flags.set(this.learner,
				new NewFlag("TARGETED_SOCIAL_ASSISTANCE", "Decision 16", LocalDate.of(2020, 3, 2), null, null)))
			.containsExactly("social.error.duplicate");
	}

	@Test
	@DisplayName("O-1.28a teachers, curators, observers and other schools cannot set flags")
	void shouldRefuseOthers() {
		NewFlag flag = new NewFlag("LOW_INCOME", null, null, null, null);
		// without the permission over the learner the answer is the one for a learner
		// that
		// does not exist (ADR 0004); a read-only observer is refused before any look-up
		DirectoryTestData.signIn(null, new Grant(Role.TEACHER, ScopeRef.group(this.group)));
		assertThatThrownBy(() -> this.flags.set(this.learner, flag))
			.isInstanceOf(kz.qashyq.platform.web.NotFoundException.class);
		DirectoryTestData.signIn(null, new Grant(Role.CURATOR, ScopeRef.group(this.group)));
		assertThatThrownBy(() -> this.flags.set(this.learner, flag))
			.isInstanceOf(kz.qashyq.platform.web.NotFoundException.class);
		DirectoryTestData.signIn(null, new Grant(Role.QA_OBSERVER, ScopeRef.organization(this.school)));
		assertThatThrownBy(() -> this.flags.set(this.learner, flag)).isInstanceOf(AccessDeniedException.class);
		// another school's head: the learner is out of scope, answered like one that does
		// not exist
		DirectoryTestData.signIn(null, new Grant(Role.ORGANIZATION_HEAD, ScopeRef.organization(this.school + 100000)));
		assertThatThrownBy(() -> this.flags.set(this.learner, flag))
			.isInstanceOf(kz.qashyq.platform.web.NotFoundException.class);
		assertThat(this.jdbc.sql("select count(*) from social_flag where learner_id = ?")
			.param(this.learner)
			.query(Integer.class)
			.single()).isZero();
	}

}
