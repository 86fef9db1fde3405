package kz.qashyq.demo;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import kz.qashyq.demo.internal.DemoDataLoader;
import kz.qashyq.demo.internal.DemoDirectoryWriter;
import kz.qashyq.directory.Iin;
import kz.qashyq.platform.security.Grant;
import kz.qashyq.platform.security.QashyqUser;
import kz.qashyq.platform.security.Role;
import kz.qashyq.platform.security.ScopeRef;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.password.PasswordEncoder;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The demo data as the issue describes it, loaded on the start of this test context (demo
 * mode is on in tests). Queries are limited to the demo organizations, as other tests may
 * share this context's database.
 */
@SpringBootTest
class DemoDataTests {

	/**
	 * The people of the demo: its learners, their parents and the staff of its
	 * organizations.
	 */
	private static final String DEMO_PEOPLE = """
			select p.* from person p where p.id in (
				select person_id from learner where organization_id in (:orgs)
				union select pl.parent_id from parent_link pl join learner l on l.person_id = pl.learner_id
					where l.organization_id in (:orgs)
				union select person_id from staff_position where organization_id in (:orgs))""";

	@Autowired
	JdbcClient jdbc;

	@Autowired
	DemoData demoData;

	@Autowired
	DemoDataLoader loader;

	@Autowired
	UserDetailsService users;

	@Autowired
	PasswordEncoder passwordEncoder;

	@Autowired
	Environment environment;

	DemoFacts facts;

	List<Long> organizations;

	@BeforeEach
	void findTheDemoData() {
		this.facts = this.demoData.facts();
		this.organizations = List.of(this.facts.citySchoolId(), this.facts.ruralSchoolId(), this.facts.preschoolId(),
				this.facts.collegeId(), this.facts.universityId(), this.facts.centreId());
	}

	@Test
	@DisplayName("O-1a, O-1.15a the Karaganda Region gets a city district with Karaganda and a rural district with a remote village")
	void shouldLoadACityAndARemoteRuralDistrict() {
		assertThat(this.facts.regionId()).isEqualTo(9);
		assertThat(one("select kind from district where id = ? and region_id = 9", String.class,
				this.facts.cityDistrictId()))
			.isEqualTo("CITY_DISTRICT");
		assertThat(one("select kind from district where id = ? and region_id = 9", String.class,
				this.facts.ruralDistrictId()))
			.isEqualTo("RURAL_DISTRICT");
		assertThat(one("select urban and not remote from settlement where id = ? and district_id = ?", Boolean.class,
				this.facts.citySettlementId(), this.facts.cityDistrictId()))
			.isTrue();
		assertThat(one("""
				select not urban and remote and not infection_registered from settlement
				where id = ? and district_id = ?""", Boolean.class, this.facts.ruralSettlementId(),
				this.facts.ruralDistrictId()))
			.isTrue();
		assertThat(one("""
				select count(*) from district where id in (?, ?)
				and name_kk <> name_ru and name_ru <> name_en and name_kk <> '' and name_en <> ''""", Integer.class,
				this.facts.cityDistrictId(), this.facts.ruralDistrictId()))
			.isEqualTo(2);
		assertThat(this.jdbc.sql("select distinct time_zone from organization where id in (:orgs)")
			.param("orgs", this.organizations)
			.query(String.class)
			.list()).containsExactly("Asia/Almaty");
	}

	@Test
	@DisplayName("O-1b six organizations of the kinds the issue names, each with its classes or groups")
	void shouldCreateTheSixOrganizationsWithTheirGroups() {
		Map<Long, String> kinds = Map.of(this.facts.citySchoolId(), "SECONDARY_SCHOOL", this.facts.ruralSchoolId(),
				"SECONDARY_SCHOOL", this.facts.preschoolId(), "PRESCHOOL", this.facts.collegeId(), "TVET",
				this.facts.universityId(), "HIGHER", this.facts.centreId(), "ADDITIONAL_EDUCATION");
		kinds.forEach((id, kind) -> assertThat(one("select kind from organization where id = ?", String.class, id))
			.isEqualTo(kind));

		assertThat(count("select count(*) from study_group where organization_id = ? and kind = 'SCHOOL_CLASS'",
				this.facts.citySchoolId()))
			.isBetween(20, 24);
		assertThat(this.jdbc.sql("select distinct grade from study_group where organization_id = ? order by grade")
			.param(this.facts.citySchoolId())
			.query(Integer.class)
			.list()).containsExactly(0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11);
		assertThat(classSizes(this.facts.citySchoolId())).allSatisfy((size) -> assertThat(size).isBetween(28, 32));
		assertThat(count("select count(*) from study_group where organization_id = ? and kind = 'SCHOOL_CLASS'",
				this.facts.ruralSchoolId()))
			.isBetween(10, 12);
		assertThat(classSizes(this.facts.ruralSchoolId())).allSatisfy((size) -> assertThat(size).isBetween(5, 10));

		assertThat(count("select count(*) from study_group where organization_id = ? and kind = 'PRESCHOOL_GROUP'",
				this.facts.preschoolId()))
			.isEqualTo(5);
		assertThat(this.jdbc.sql("select distinct kind from learner where organization_id = ?")
			.param(this.facts.preschoolId())
			.query(String.class)
			.list()).containsExactly("PRESCHOOL_PUPIL");
		LocalDate yearStart = LocalDate.of(this.facts.academicYear(), 9, 1);
		assertThat(this.jdbc.sql("""
				select p.birth_date from learner l join person p on p.id = l.person_id where l.organization_id = ?""")
			.param(this.facts.preschoolId())
			.query(LocalDate.class)
			.list()).allSatisfy((birth) -> assertThat(Period.between(birth, yearStart).getYears()).isBetween(2, 6));

		assertThat(count("""
				select count(*) from study_group where organization_id = ? and kind = 'TVET_GROUP'
				and specialty is not null and course_year is not null""", this.facts.collegeId())).isEqualTo(6);
		assertThat(count("select count(*) from study_group where organization_id = ? and graduating",
				this.facts.collegeId()))
			.isEqualTo(1);
		assertThat(count("select count(*) from study_group where organization_id = ? and kind = 'UNIVERSITY_GROUP'",
				this.facts.universityId()))
			.isEqualTo(4);
		assertThat(count("select count(*) from study_group where organization_id = ? and kind = 'CIRCLE'",
				this.facts.centreId()))
			.isBetween(3, 8);
		assertThat(count("select count(*) from learner where organization_id = ?", this.facts.centreId())).isPositive();
	}

	@Test
	@DisplayName("about 1,500 learners with birth dates that fit their grade, and about 150 staff in the positions of the order")
	void shouldHaveAbout1500LearnersAnd150Staff() {
		assertThat(count("select count(*) from learner where organization_id in (:orgs)")).isBetween(1400, 1600);
		assertThat(count("select count(distinct person_id) from staff_position where organization_id in (:orgs) "
				+ "and to_date is null"))
			.isBetween(135, 165);
		assertThat(this.jdbc
			.sql("select distinct position from staff_position where organization_id in (:orgs) order by 1")
			.param("orgs", this.organizations)
			.query(String.class)
			.list()).contains("HEAD", "DEPUTY_HEAD", "TEACHER", "LECTURER", "EDUCATOR", "PSYCHOLOGIST",
					"SOCIAL_PEDAGOGUE", "LIBRARIAN", "TECHNICAL", "ADDITIONAL_EDUCATION_TEACHER");
		assertThat(count("""
				select count(*) from staff_position where organization_id in (:orgs)
				and position in ('TEACHER', 'LECTURER') and subject is null""")).isZero();
		LocalDate yearStart = LocalDate.of(this.facts.academicYear(), 9, 1);
		this.jdbc.sql("""
				select g.grade, p.birth_date from learner l join person p on p.id = l.person_id
				join study_group g on g.id = l.group_id where g.organization_id in (?, ?)""")
			.params(this.facts.citySchoolId(), this.facts.ruralSchoolId())
			.query((rs, row) -> {
				int age = Period.between(rs.getObject(2, LocalDate.class), yearStart).getYears();
				assertThat(age).as("age on 1 September in grade " + rs.getInt(1)).isEqualTo(5 + rs.getInt(1));
				return age;
			})
			.list();
	}

	@Test
	@DisplayName("O-1.9a, A1-26a every class and group has exactly one current class teacher or curator, with some history")
	void shouldGiveEveryGroupExactlyOneCurrentSupervisor() {
		assertThat(count("""
				select count(*) from study_group g where g.organization_id in (:orgs)
				and (select count(*) from group_supervisor s where s.group_id = g.id and s.to_date is null) <> 1"""))
			.isZero();
		assertThat(count("""
				select count(*) from group_supervisor s join study_group g on g.id = s.group_id
				where g.organization_id in (:orgs) and s.to_date is not null""")).isBetween(2, 10);
		assertThat(count("""
				select count(*) from study_group g where g.organization_id in (:orgs) and g.kind = 'SCHOOL_CLASS'
				and (select count(distinct person_id) from teaching_assignment t where t.group_id = g.id) < 3"""))
			.isZero();
	}

	@Test
	@DisplayName("A1-28a every learner has parents, exactly one of them the primary contact, reachable by messenger")
	void shouldGiveEveryLearnerExactlyOnePrimaryContact() {
		assertThat(
				count("""
						select count(*) from learner l where l.organization_id in (:orgs)
						and (select count(*) from parent_link pl where pl.learner_id = l.person_id and pl.primary_contact) <> 1"""))
			.isZero();
		assertThat(this.jdbc.sql("""
				select distinct pl.relation from parent_link pl join learner l on l.person_id = pl.learner_id
				where l.organization_id in (:orgs) order by 1""")
			.param("orgs", this.organizations)
			.query(String.class)
			.list()).containsExactly("FATHER", "GRANDPARENT", "GUARDIAN", "MOTHER");
		assertThat(
				count("""
						select count(distinct c.channel) from contact_channel c join parent_link pl on pl.parent_id = c.person_id
						join learner l on l.person_id = pl.learner_id where l.organization_id in (:orgs)
						and c.channel in ('WHATSAPP', 'AITU')"""))
			.isEqualTo(2);
	}

	@Test
	@DisplayName("IINs are valid, unique and match birth date and sex; phones look like +7 7xx xxx xx xx")
	void shouldUseValidUniqueIins() {
		List<Map<String, Object>> people = this.jdbc.sql(DEMO_PEOPLE)
			.param("orgs", this.organizations)
			.query()
			.listOfRows();
		assertThat(people).hasSizeGreaterThan(3000);
		assertThat(people).allSatisfy((person) -> {
			String iin = (String) person.get("iin");
			assertThat(Iin.isValid(iin)).as(iin).isTrue();
			assertThat(Iin.birthDateOf(iin)).contains(((java.sql.Date) person.get("birth_date")).toLocalDate());
			assertThat((iin.charAt(6) - '0') % 2 == 0).isEqualTo("F".equals(person.get("gender")));
			if (person.get("phone") != null) {
				assertThat((String) person.get("phone")).matches("\\+7 7\\d\\d \\d{3} \\d\\d \\d\\d");
			}
		});
		assertThat(people.stream().map((person) -> person.get("iin")).distinct()).hasSameSizeAs(people);
		assertThat(people.stream().filter((person) -> person.get("email") != null)).isNotEmpty();
		assertThat(people.stream().map((person) -> (String) person.get("last_name"))).contains("Нұрланов", "Нұрланова",
				"Иванов", "Иванова");
	}

	@Test
	@DisplayName("families with two to four children exist, one spans school, preschool and college")
	void shouldFormFamiliesAcrossOrganizations() {
		List<Integer> sizes = this.jdbc.sql("""
				select count(*) from parent_link pl join learner l on l.person_id = pl.learner_id
				where pl.primary_contact and l.organization_id in (:orgs) group by pl.parent_id""")
			.param("orgs", this.organizations)
			.query(Integer.class)
			.list();
		assertThat(sizes).contains(1, 2, 3, 4).allSatisfy((size) -> assertThat(size).isBetween(1, 4));
		assertThat(sizes.stream().filter((size) -> size == 1).count()).isGreaterThan(sizes.size() / 2);
		assertThat(
				count("""
						select count(*) from (select pl.parent_id from parent_link pl join learner l on l.person_id = pl.learner_id
						where pl.primary_contact group by pl.parent_id having count(distinct l.organization_id) >= 3) spanning"""))
			.isPositive();
		long studentParent = one("select parent_id from parent_link where learner_id = ? and primary_contact",
				Long.class, this.facts.studentId());
		assertThat(this.jdbc.sql("""
				select distinct l.organization_id from parent_link pl join learner l on l.person_id = pl.learner_id
				where pl.parent_id = ?""").param(studentParent).query(Long.class).set())
			.containsExactlyInAnyOrder(this.facts.citySchoolId(), this.facts.preschoolId(), this.facts.collegeId());
	}

	@Test
	@DisplayName("O-1.16 some families have no internet or no device, some siblings share one device")
	void shouldRecordInternetAndDevices() {
		int learners = count("select count(*) from learner where organization_id in (:orgs)");
		assertThat(count("select count(*) from learner where organization_id in (:orgs) and not has_internet"))
			.isBetween(learners / 50, learners / 8);
		assertThat(count("select count(*) from learner where organization_id in (:orgs) and device_access = 'NONE'"))
			.isBetween(learners / 200, learners / 15);
		assertThat(count("""
				select count(*) from (select household_device_id from learner where organization_id in (:orgs)
				and device_access = 'SHARED' group by household_device_id having count(*) >= 2) shared"""))
			.isGreaterThan(10);
		assertThat(count("""
				select count(*) from (select household_device_id from learner where device_access = 'SHARED'
				and organization_id in (:orgs) group by household_device_id having count(*) < 2) alone""")).isZero();
	}

	@Test
	@DisplayName("O-1.16a, O-1.28a social flags on a realistic share, with documents and dates, set by 'demo'")
	void shouldSetSocialFlagsOnARealisticShare() {
		int learners = count("select count(*) from learner where organization_id in (:orgs)");
		assertThat(flagged("LARGE_FAMILY")).isBetween(learners * 5 / 100, learners * 11 / 100);
		assertThat(flagged("LOW_INCOME")).isBetween(learners * 3 / 100, learners * 8 / 100);
		assertThat(flagged("TARGETED_SOCIAL_ASSISTANCE")).isBetween(learners / 100, learners * 4 / 100);
		assertThat(flagged("SPECIAL_NEEDS")).isBetween(learners * 2 / 100, learners * 4 / 100);
		assertThat(flagged("ORPHAN")).isBetween(2, 8);
		assertThat(flagged("NO_PARENTAL_CARE")).isBetween(2, 8);
		assertThat(
				count("""
						select count(*) from social_flag f join learner l on l.person_id = f.learner_id
						where l.organization_id in (:orgs) and (f.set_by <> 'demo' or f.document is null or f.document_date is null)"""))
			.isZero();
		assertThat(count("""
				select count(*) from social_flag f join learner l on l.person_id = f.learner_id
				where l.organization_id in (:orgs) and f.flag = 'TARGETED_SOCIAL_ASSISTANCE'
				and (f.valid_from is null or f.valid_to is null or f.valid_to < f.valid_from)""")).isZero();
		assertThat(count("""
				select count(*) from social_flag f join parent_link pl on pl.learner_id = f.learner_id
				where f.flag in ('ORPHAN', 'NO_PARENTAL_CARE') and pl.relation in ('MOTHER', 'FATHER')""")).isZero();
	}

	@Test
	@DisplayName("A1-8.3a every learner has a postal address and a Kazpost branch of their settlement")
	void shouldPostEveryLearnerThroughAKazpostBranch() {
		assertThat(
				count("""
						select count(*) from learner l join person p on p.id = l.person_id
						join organization o on o.id = l.organization_id left join kazpost_branch b on b.id = p.kazpost_branch_id
						where l.organization_id in (:orgs) and (p.postal_address is null or b.settlement_id is distinct from o.settlement_id)"""))
			.isZero();
		assertThat(this.jdbc.sql("select postcode from kazpost_branch where settlement_id = ?")
			.param(this.facts.citySettlementId())
			.query(String.class)
			.list()).hasSizeGreaterThanOrEqualTo(3)
			.allSatisfy((postcode) -> assertThat(Integer.parseInt(postcode)).isBetween(100000, 100099));
	}

	@Test
	@DisplayName("the facts name the teacher's classes, the student's class and the parent's children: one family tells the demo's story")
	void shouldDescribeTheNotableRows() {
		assertThat(this.facts.teacherClassIds()).hasSizeBetween(4, 5).contains(this.facts.teacherHomeClassId());
		assertThat(this.jdbc.sql("select distinct organization_id from study_group where id in (:ids)")
			.param("ids", this.facts.teacherClassIds())
			.query(Long.class)
			.list()).containsExactly(this.facts.citySchoolId());
		assertThat(one("select grade from study_group where id = ?", Integer.class, this.facts.studentClassId()))
			.isEqualTo(8);
		// the student is in the teacher's own class, and the parent is the student's
		// mother
		assertThat(this.facts.studentClassId()).isEqualTo(this.facts.teacherHomeClassId());
		assertThat(this.facts.parentChildIds()).contains(this.facts.studentId());
		assertThat(one("select group_id from learner where person_id = ?", Long.class, this.facts.studentId()))
			.isEqualTo(this.facts.studentClassId());
		assertThat(this.facts.parentChildIds()).hasSize(4);
		assertThat(Set.copyOf(this.facts.parentChildClassIds())).hasSize(4)
			.contains(this.facts.curatorGroupId(), this.facts.studentClassId());
		assertThat(this.jdbc.sql("select learner_id from parent_link where parent_id = ? order by learner_id")
			.param(this.facts.parentPersonId())
			.query(Long.class)
			.list()).containsExactlyInAnyOrderElementsOf(this.facts.parentChildIds());
		assertThat(one("select organization_id from study_group where id = ?", Long.class, this.facts.ruralClassId()))
			.isEqualTo(this.facts.ruralSchoolId());
		assertThat(one("select person_id from group_supervisor where group_id = ? and to_date is null", Long.class,
				this.facts.curatorGroupId()))
			.isEqualTo(this.facts.curatorPersonId());
		assertThat(one("select organization_id from study_group where id = ?", Long.class, this.facts.curatorGroupId()))
			.isEqualTo(this.facts.collegeId());
	}

	@Test
	@DisplayName("O-1.4b each demo account exists with the password demo and the grants of its role and scope")
	void shouldCreateTheDemoAccountsWithTheirGrants() {
		ScopeRef school = ScopeRef.organization(this.facts.citySchoolId());
		assertThat(grants("ministry", null)).containsExactly(new Grant(Role.MINISTRY_ADMIN, ScopeRef.REPUBLIC));
		assertThat(grants("observer", null)).containsExactly(new Grant(Role.QA_OBSERVER, ScopeRef.region(9)));
		assertThat(user("observer").isReadOnly()).isTrue();
		assertThat(grants("region", null)).containsExactly(new Grant(Role.REGION_DEPARTMENT, ScopeRef.region(9)));
		assertThat(grants("head", this.facts.headPersonId()))
			.containsExactly(new Grant(Role.ORGANIZATION_HEAD, school));
		assertThat(grants("deputy", this.facts.deputyPersonId()))
			.containsExactlyInAnyOrder(new Grant(Role.DEPUTY_HEAD, school), new Grant(Role.DET_RESPONSIBLE, school));
		assertThat(grants("teacher", this.facts.teacherPersonId())).containsExactlyInAnyOrderElementsOf(
				concat(new Grant(Role.CURATOR, ScopeRef.group(this.facts.teacherHomeClassId())),
						this.facts.teacherClassIds()
							.stream()
							.map((id) -> new Grant(Role.TEACHER, ScopeRef.group(id)))
							.toList()));
		assertThat(grants("curator", this.facts.curatorPersonId()))
			.contains(new Grant(Role.CURATOR, ScopeRef.group(this.facts.curatorGroupId())),
					new Grant(Role.TEACHER, ScopeRef.group(this.facts.curatorGroupId())))
			.extracting(Grant::role)
			.containsOnly(Role.CURATOR, Role.TEACHER);
		assertThat(grants("student", this.facts.studentId()))
			.containsExactly(new Grant(Role.STUDENT, ScopeRef.learner(this.facts.studentId())));
		assertThat(grants("parent", this.facts.parentPersonId()))
			.containsExactlyInAnyOrderElementsOf(this.facts.parentChildIds()
				.stream()
				.map((id) -> new Grant(Role.PARENT, ScopeRef.learner(id)))
				.toList());
		assertThat(grants("college-head", this.facts.collegeHeadPersonId()))
			.containsExactly(new Grant(Role.ORGANIZATION_HEAD, ScopeRef.organization(this.facts.collegeId())));
		assertThat(grants("social", this.facts.socialPedagoguePersonId()))
			.containsExactly(new Grant(Role.SOCIAL_PEDAGOGUE, school));
		// O-1.6b: the educator keeps the daily attendance of the kindergarten group they
		// supervise
		assertThat(one("""
				select g.kind from account a join group_supervisor s on s.person_id = a.person_id and s.to_date is null
				join study_group g on g.id = s.group_id where a.username = 'educator'""", String.class))
			.isEqualTo("PRESCHOOL_GROUP");
		assertThat(this.demoData.accounts()).extracting(DemoAccount::username)
			.containsExactly("ministry", "observer", "region", "head", "deputy", "teacher", "curator", "student",
					"parent", "college-head", "social", "educator");
		assertThat(count("select count(*) from account where demo and username in (:names)", "names",
				this.demoData.accounts().stream().map(DemoAccount::username).toList()))
			.isEqualTo(12);
		assertThat(one("select count(distinct password_hash) from account where demo", Integer.class)).isEqualTo(1);
		assertThat(one("select display_name from account where username = 'head'", String.class))
			.isEqualTo(one("select first_name || ' ' || last_name from person where id = ?", String.class,
					this.facts.headPersonId()));
		assertThat(one("select position from staff_position where person_id = ? and organization_id = ?", String.class,
				this.facts.headPersonId(), this.facts.citySchoolId()))
			.isEqualTo("HEAD");
		assertThat(one("select position from staff_position where person_id = ? and organization_id = ?", String.class,
				this.facts.deputyPersonId(), this.facts.citySchoolId()))
			.isEqualTo("DEPUTY_HEAD");
		assertThat(one("select position from staff_position where person_id = ? and organization_id = ?", String.class,
				this.facts.collegeHeadPersonId(), this.facts.collegeId()))
			.isEqualTo("HEAD");
	}

	@Test
	@DisplayName("a second start loads nothing and changes nothing")
	void shouldNotLoadTwice() {
		String before = digest();
		int people = count("select count(*) from person");
		int accounts = count("select count(*) from account");
		assertThat(this.loader.loadIfEmpty()).isEmpty();
		assertThat(count("select count(*) from person")).isEqualTo(people);
		assertThat(count("select count(*) from account")).isEqualTo(accounts);
		assertThat(digest()).isEqualTo(before);
	}

	@Test
	@DisplayName("the demo data is deterministic: a fresh database gets the same ids, names and IINs")
	void shouldLoadTheSameDataIntoAFreshDatabase() throws SQLException {
		String url = this.environment.getRequiredProperty("spring.datasource.url");
		String user = this.environment.getProperty("spring.datasource.username", "postgres");
		String password = this.environment.getProperty("spring.datasource.password", "");
		String name = "qashyq_demo_fresh_" + ProcessHandle.current().pid() + "_" + System.nanoTime();
		String freshUrl = url.replaceFirst("/[^/?]*(\\?|$)", "/" + name + "$1");
		try (Connection admin = DriverManager.getConnection(url, user, password);
				Statement statement = admin.createStatement()) {
			statement.execute("create database " + name);
		}
		try {
			Flyway.configure()
				.dataSource(freshUrl, user, password)
				.locations("classpath:db/migration")
				.load()
				.migrate();
			try (Connection connection = DriverManager.getConnection(freshUrl, user, password)) {
				connection.setAutoCommit(false);
				DemoDirectoryWriter.write(connection, this.facts.academicYear());
				connection.commit();
				JdbcClient fresh = JdbcClient.create(new SingleConnectionDataSource(connection, true));
				List<Long> freshOrganizations = fresh.sql("select id from organization").query(Long.class).list();
				assertThat(freshOrganizations).containsExactlyInAnyOrderElementsOf(this.organizations);
				assertThat(digest(fresh, freshOrganizations)).isEqualTo(digest());
			}
		}
		finally {
			try (Connection admin = DriverManager.getConnection(url, user, password);
					Statement statement = admin.createStatement()) {
				statement.execute("drop database " + name + " with (force)");
			}
		}
	}

	@Test
	@DisplayName("the demo accounts verify the password demo")
	void shouldAcceptThePasswordDemo() {
		assertThat(this.passwordEncoder.matches(DemoAccount.PASSWORD, user("teacher").getPassword())).isTrue();
	}

	/** A digest of the demo people, classes and organizations with their ids. */
	private String digest() {
		return digest(this.jdbc, this.organizations);
	}

	private static String digest(JdbcClient client, List<Long> orgs) {
		return client
			.sql("""
					select md5(string_agg(concat_ws('|', p.id, p.iin, p.last_name, p.first_name, p.middle_name, p.birth_date,
						p.phone, p.email, p.postal_address), ',' order by p.id))
					|| md5((select string_agg(concat_ws('|', g.id, g.organization_id, g.name, g.grade), ',' order by g.id)
						from study_group g where g.organization_id in (:orgs)))
					|| md5((select string_agg(concat_ws('|', o.id, o.bin, o.name_ru), ',' order by o.id)
						from organization o where o.id in (:orgs)))
					from ("""
					+ DEMO_PEOPLE + ") p")
			.param("orgs", orgs)
			.query(String.class)
			.single();
	}

	private List<Grant> grants(String username, Long personId) {
		QashyqUser user = user(username);
		assertThat(user.personId()).as(username + "'s person").isEqualTo(personId);
		assertThat(user.isEnabled()).isTrue();
		return user.grants();
	}

	private QashyqUser user(String username) {
		return (QashyqUser) this.users.loadUserByUsername(username);
	}

	private int flagged(String flag) {
		return count("""
				select count(*) from social_flag f join learner l on l.person_id = f.learner_id
				where l.organization_id in (:orgs) and f.flag = '""" + flag + "' and f.cleared_at is null");
	}

	private List<Integer> classSizes(long organizationId) {
		return this.jdbc.sql("""
				select count(l.person_id) from study_group g left join learner l on l.group_id = g.id
				where g.organization_id = ? group by g.id""").param(organizationId).query(Integer.class).list();
	}

	private int count(String sql) {
		return count(sql, "orgs", this.organizations);
	}

	private int count(String sql, String name, List<?> values) {
		return this.jdbc.sql(sql).param(name, values).query(Integer.class).single();
	}

	private int count(String sql, Object... params) {
		return this.jdbc.sql(sql).params(params).query(Integer.class).single();
	}

	private <T> T one(String sql, Class<T> type, Object... params) {
		return this.jdbc.sql(sql).params(params).query(type).single();
	}

	private static List<Grant> concat(Grant first, List<Grant> rest) {
		return Stream.concat(Stream.of(first), rest.stream()).toList();
	}

}
