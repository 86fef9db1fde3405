package kz.qashyq.directory;

import java.util.List;

import kz.qashyq.directory.internal.SocialFlags;
import kz.qashyq.platform.audit.AuditEvent;
import kz.qashyq.platform.audit.AuditTrail;
import kz.qashyq.platform.security.Grant;
import kz.qashyq.platform.security.Role;
import kz.qashyq.platform.security.ScopeRef;
import kz.qashyq.platform.security.ScopeType;
import kz.qashyq.support.DirectoryTestData;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.test.context.bean.override.mockito.MockitoBean;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.verify;

/**
 * The directory module on its own (with the shared kernel): its facade answers from its
 * tables, and it writes the audit log only through the platform's port, whoever
 * implements it.
 */
@ApplicationModuleTest(mode = ApplicationModuleTest.BootstrapMode.DIRECT_DEPENDENCIES)
class DirectoryModuleTests {

	@Autowired
	Directory directory;

	@Autowired
	SocialFlags socialFlags;

	@Autowired
	JdbcClient jdbc;

	@MockitoBean
	AuditTrail audit;

	@AfterEach
	void signOut() {
		DirectoryTestData.signOut();
	}

	@Test
	@DisplayName("O-1a, A1-28a a learner's path and a parent's relations come from the directory")
	void shouldAnswerPathsAndRelations() {
		DirectoryTestData data = new DirectoryTestData(this.jdbc);
		long school = data.organization(data.settlement(5, "Module test " + System.nanoTime()), "SECONDARY_SCHOOL",
				"S");
		long group = data.schoolClass(school, 2, "A");
		long learner = data.learner(school, group, "Omarov", "Daniyar");
		long parent = data.parentOf(learner, "Omarova", "Saule");

		assertThat(this.directory.learnerPath(learner).orElseThrow().units()).contains(ScopeRef.region(5),
				ScopeRef.organization(school), ScopeRef.group(group), ScopeRef.learner(learner));
		assertThat(this.directory.relationsOf(parent).children()).containsExactly(learner);
		assertThat(this.directory.relationsOf(learner).learnerId()).isEqualTo(learner);
		assertThat(this.directory.scopeExists(new ScopeRef(ScopeType.GROUP, group))).isTrue();
		assertThat(this.directory.scopeExists(ScopeRef.organization(987654321L))).isFalse();
	}

	@Test
	@DisplayName("A1-24a a change of a social flag is written through the audit port with its scope")
	void shouldAuditThroughThePlatformPort() {
		DirectoryTestData data = new DirectoryTestData(this.jdbc);
		long school = data.organization(data.settlement(5, "Module audit " + System.nanoTime()), "SECONDARY_SCHOOL",
				"S");
		long learner = data.learner(school, data.schoolClass(school, 3, "A"), "Nurlanov", "Ali");
		DirectoryTestData.signIn(null, new Grant(Role.ORGANIZATION_HEAD, ScopeRef.organization(school)));

		assertThat(this.socialFlags.set(learner, new SocialFlags.NewFlag("LARGE_FAMILY", null, null, null, null)))
			.isEmpty();

		ArgumentCaptor<AuditEvent> event = ArgumentCaptor.forClass(AuditEvent.class);
		verify(this.audit).record(event.capture());
		assertThat(event.getValue().objectType()).isEqualTo("SOCIAL_FLAG");
		assertThat(event.getValue().scope().organizationId()).isEqualTo(school);
		assertThat(List.of(event.getValue().action())).containsExactly("CREATE");
	}

}
