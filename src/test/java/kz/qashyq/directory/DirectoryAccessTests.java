package kz.qashyq.directory;

import kz.qashyq.directory.internal.DirectoryViews;
import kz.qashyq.platform.security.Grant;
import kz.qashyq.platform.security.Role;
import kz.qashyq.platform.security.ScopeRef;
import kz.qashyq.support.DirectoryTestData;
import kz.qashyq.platform.web.NotFoundException;
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

/**
 * Role and scope checks of the directory's reads, on data made here (two schools in two
 * regions).
 */
@SpringBootTest
@org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc
class DirectoryAccessTests {

	@Autowired
	org.springframework.test.web.servlet.MockMvc mvc;

	@Autowired
	DirectoryViews views;

	@Autowired
	JdbcClient jdbc;

	DirectoryTestData data;

	long schoolA;

	long classA;

	long learnerA;

	long parentA;

	long schoolB;

	long classB;

	long learnerB;

	@BeforeEach
	void createTwoSchools() {
		this.data = new DirectoryTestData(this.jdbc);
		this.schoolA = this.data.organization(this.data.settlement(14, "Test town A " + System.nanoTime()),
				"SECONDARY_SCHOOL", "School A");
		this.classA = this.data.schoolClass(this.schoolA, 5, "A");
		this.learnerA = this.data.learner(this.schoolA, this.classA, "Aliyev", "Arman");
		this.parentA = this.data.parentOf(this.learnerA, "Aliyeva", "Aigul");
		this.data.socialFlag(this.learnerA, "LARGE_FAMILY");
		this.schoolB = this.data.organization(this.data.settlement(17, "Test town B " + System.nanoTime()),
				"SECONDARY_SCHOOL", "School B");
		this.classB = this.data.schoolClass(this.schoolB, 5, "B");
		this.learnerB = this.data.learner(this.schoolB, this.classB, "Bekov", "Bolat");
	}

	@AfterEach
	void signOut() {
		DirectoryTestData.signOut();
	}

	@Test
	@DisplayName("O-1.4b a teacher sees the learners of their class and is refused another school's class")
	void shouldLimitTeacherToTheirClasses() {
		DirectoryTestData.signIn(null, new Grant(Role.TEACHER, ScopeRef.group(this.classA)));
		assertThat(this.views.group(this.classA).learners()).extracting(DirectoryViews.LearnerRow::id)
			.containsExactly(this.learnerA);
		assertThatThrownBy(() -> this.views.group(this.classB)).isInstanceOf(AccessDeniedException.class);
		assertThatThrownBy(() -> this.views.learner(this.learnerA)).as("no personal data for a subject teacher")
			.isInstanceOf(NotFoundException.class);
		assertThatThrownBy(() -> this.views.organization(this.schoolB)).isInstanceOf(AccessDeniedException.class);
	}

	@Test
	@DisplayName("O-1.4b a region's and a district's page count their own organizations, learners and staff, equal to a direct count")
	void shouldCountATerritoryByItsOwnOrganizations() {
		long districtA = this.jdbc.sql("select district_id from organization_scope where organization_id = ?")
			.param(this.schoolA)
			.query(Long.class)
			.single();
		DirectoryTestData.signIn(null, new Grant(Role.REGION_DEPARTMENT, ScopeRef.region(14)));
		DirectoryViews.RegionView region = this.views.region(14);
		assertThat(region.region().learners()).isEqualTo(count("""
				select count(*) from learner l join organization_scope os on os.organization_id = l.organization_id
				where os.region_id = 14"""));
		assertThat(region.region().organizations())
			.isEqualTo(count("select count(*) from organization_scope where region_id = 14"));
		assertThat(region.districts()).filteredOn((district) -> district.id() == districtA)
			.singleElement()
			.satisfies((district) -> {
				assertThat(district.organizations()).isEqualTo(1);
				assertThat(district.learners()).isEqualTo(1);
			});
		DirectoryViews.DistrictView district = this.views.district(districtA);
		assertThat(district.district().learners()).isEqualTo(1);
		assertThat(district.region().learners()).isEqualTo(region.region().learners());
		assertThat(district.organizations()).extracting(DirectoryViews.TerritoryNode::id).containsExactly(this.schoolA);
		assertThatThrownBy(() -> this.views.region(17)).isInstanceOf(AccessDeniedException.class);
	}

	@Test
	@DisplayName("The territory pages link each unit to its own page")
	void shouldLinkEachUnitToItsPage() throws Exception {
		long districtA = this.jdbc.sql("select district_id from organization_scope where organization_id = ?")
			.param(this.schoolA)
			.query(Long.class)
			.single();
		var official = DirectoryTestData.signIn(null, new Grant(Role.REGION_DEPARTMENT, ScopeRef.region(14)));
		String region = this.mvc
			.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get("/directory/regions/14")
				.with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors
					.user(official)))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(region).contains("href=\"/directory/districts/" + districtA + "\"").doesNotContain("${");
		String district = this.mvc
			.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders
				.get("/directory/districts/" + districtA)
				.with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors
					.user(official)))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(district).contains("href=\"/directory/organizations/" + this.schoolA + "\"");
	}

	private long count(String sql) {
		return this.jdbc.sql(sql).query(Long.class).single();
	}

	@Test
	@DisplayName("O-1.4b a head sees their organization only")
	void shouldLimitHeadToTheirOrganization() {
		DirectoryTestData.signIn(null, new Grant(Role.ORGANIZATION_HEAD, ScopeRef.organization(this.schoolA)));
		assertThat(this.views.organization(this.schoolA).groups()).extracting(DirectoryViews.GroupSummary::id)
			.containsExactly(this.classA);
		assertThat(this.views.learner(this.learnerA).parents()).extracting(DirectoryViews.ParentContact::personId)
			.containsExactly(this.parentA);
		assertThatThrownBy(() -> this.views.organization(this.schoolB)).isInstanceOf(AccessDeniedException.class);
		assertThatThrownBy(() -> this.views.learner(this.learnerB)).isInstanceOf(NotFoundException.class);
	}

	@Test
	@DisplayName("O-1.16b social flags are shown to the head and the curator, never to a parent or an observer")
	void shouldShowSocialFlagsOnlyToSocialDataRoles() {
		DirectoryTestData.signIn(null, new Grant(Role.ORGANIZATION_HEAD, ScopeRef.organization(this.schoolA)));
		assertThat(this.views.learner(this.learnerA).socialFlags()).extracting(DirectoryViews.SocialFlagView::flag)
			.containsExactly("LARGE_FAMILY");
		DirectoryTestData.signIn(null, new Grant(Role.CURATOR, ScopeRef.group(this.classA)));
		assertThat(this.views.learner(this.learnerA).socialFlags()).isNotNull().hasSize(1);
		DirectoryTestData.signIn(this.parentA, new Grant(Role.PARENT, ScopeRef.learner(this.learnerA)));
		assertThat(this.views.learner(this.learnerA).socialFlags()).isNull();
		DirectoryTestData.signIn(null, new Grant(Role.QA_OBSERVER, ScopeRef.organization(this.schoolA)));
		assertThatThrownBy(() -> this.views.learner(this.learnerA)).isInstanceOf(NotFoundException.class);
	}

	@Test
	@DisplayName("O-1.4b a parent sees only their linked children")
	void shouldLimitParentToTheirChildren() {
		DirectoryTestData.signIn(this.parentA, new Grant(Role.PARENT, ScopeRef.learner(this.learnerA)));
		assertThat(this.views.myChildren()).extracting(DirectoryViews.ChildCard::learnerId)
			.containsExactly(this.learnerA);
		assertThat(this.views.learner(this.learnerA).fullName()).isEqualTo("Aliyev Arman");
		assertThatThrownBy(() -> this.views.learner(this.learnerB)).isInstanceOf(NotFoundException.class);
		assertThatThrownBy(() -> this.views.group(this.classA)).isInstanceOf(AccessDeniedException.class);
	}

	@Test
	@DisplayName("O-1.4b a region department sees its region's tree and not another region")
	void shouldLimitRegionToItsTree() {
		DirectoryTestData.signIn(null, new Grant(Role.REGION_DEPARTMENT, ScopeRef.region(14)));
		assertThat(this.views.treeRoots()).extracting(DirectoryViews.TerritoryNode::id).containsExactly(14L);
		assertThat(this.views.region(14).districts()).isNotEmpty();
		assertThatThrownBy(() -> this.views.region(17)).isInstanceOf(AccessDeniedException.class);
		assertThatThrownBy(() -> this.views.group(this.classA)).as("no learner names for a department")
			.isInstanceOf(AccessDeniedException.class);
	}

	@Test
	@DisplayName("A1-24a every view of a learner's personal data is written to the audit log")
	void shouldAuditPersonalDataViews() {
		DirectoryTestData.signIn(null, new Grant(Role.ORGANIZATION_HEAD, ScopeRef.organization(this.schoolA)));
		this.views.learner(this.learnerA);
		assertThat(this.jdbc.sql("""
				select count(*) from audit_log where action = 'VIEW_PERSONAL_DATA' and object_type = 'LEARNER'
				and object_id = ? and organization_id = ?""")
			.params(String.valueOf(this.learnerA), this.schoolA)
			.query(Integer.class)
			.single()).isEqualTo(1);
	}

}
